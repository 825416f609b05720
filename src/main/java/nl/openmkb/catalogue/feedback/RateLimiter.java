package nl.openmkb.catalogue.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client, held in memory only and keyed by an HMAC of the client's address with a random key made
 * at start-up, so neither the address nor anything that could be reversed to it is ever kept.
 */
final class RateLimiter {

	private final SecretKeySpec secret;

	private final int burst;

	private final long refillNanos;

	private final Cache<String, Bucket> buckets;

	private final java.util.function.LongSupplier nanoTime;

	RateLimiter(int burst, Duration refillEvery) {
		this(burst, refillEvery, System::nanoTime);
	}

	/** As above, with the time source given (tests). */
	RateLimiter(int burst, Duration refillEvery, java.util.function.LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		this.secret = new SecretKeySpec(key, "HmacSHA256");
		this.burst = Math.max(1, burst);
		this.refillNanos = Math.max(1, refillEvery.toNanos());
		this.buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(refillEvery.multipliedBy(this.burst).plusSeconds(1))
			.build();
	}

	/** Takes one token for the client; false when it has none left. */
	boolean tryAcquire(String clientAddress) {
		Bucket bucket = buckets.get(hash(clientAddress), k -> new Bucket(burst, nanoTime.getAsLong()));
		synchronized (bucket) {
			long now = nanoTime.getAsLong();
			long refills = (now - bucket.last) / refillNanos;
			if (refills > 0) {
				bucket.tokens = (int) Math.min(burst, bucket.tokens + refills);
				bucket.last += refills * refillNanos;
			}
			if (bucket.tokens == 0) {
				return false;
			}
			bucket.tokens--;
			return true;
		}
	}

	private String hash(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret);
			return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is always available", ex);
		}
	}

	private static final class Bucket {

		int tokens;

		long last;

		Bucket(int tokens, long last) {
			this.tokens = tokens;
			this.last = last;
		}

	}

}
