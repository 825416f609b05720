package nl.openmkb.catalogue.harvest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

/**
 * Refuses outbound requests to hosts that resolve to loopback, private, link-local, carrier-grade NAT, unique-local,
 * multicast or unspecified addresses, so configured or harvested URLs cannot reach the service's own network
 * (SSRF). Tests may allow them. The check resolves the name just before the request; a DNS answer that changes in
 * between (rebinding) is not covered by the JDK client and is documented as a residual risk.
 */
public final class AddressGuard {

	private final boolean allowPrivate;

	public AddressGuard(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/** Throws when the URL's host is not a public address (or not http/https). */
	public void check(URI url) {
		if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
			throw new HarvestException(Cause.ADDRESS_REFUSED, "Only http and https URLs with a host: " + url);
		}
		if (url.getRawUserInfo() != null) {
			throw new HarvestException(Cause.ADDRESS_REFUSED, "URLs with user information are refused: " + url.getHost());
		}
		if (allowPrivate) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			throw new HarvestException(Cause.CONNECTION, "Unknown host " + url.getHost(), ex);
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new HarvestException(Cause.ADDRESS_REFUSED,
						url.getHost() + " resolves to a non-public address (" + address.getHostAddress() + ")");
			}
		}
	}

	/** Whether an address is on the public internet. */
	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
			boolean mappedV4 = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
			if (mappedV4) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
			return !uniqueLocal;
		}
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		boolean carrierNat = first == 100 && second >= 64 && second <= 127;
		boolean thisNetwork = first == 0;
		boolean reserved = first >= 240;
		boolean benchmark = first == 198 && (second == 18 || second == 19);
		return !(carrierNat || thisNetwork || reserved || benchmark);
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
