package nl.openmkb.catalogue.harvest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.jspecify.annotations.Nullable;

/**
 * Fetches one source over HTTP with the JDK client: only allowed URLs on public addresses, redirects followed by
 * hand and only within the allow-list, a connect timeout and a deadline for the whole response, a size limit
 * enforced while reading, and a conditional GET with the validators of the last good fetch.
 */
public final class Fetcher {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "harvest-fetch-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpClient client;

	private final AddressGuard guard;

	private final Predicate<URI> allowed;

	private final Duration readTimeout;

	private final long maxSize;

	private final int maxRedirects;

	public Fetcher(AddressGuard guard, Predicate<URI> allowed, Duration connectTimeout, Duration readTimeout,
			long maxSize, int maxRedirects) {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.guard = guard;
		this.allowed = allowed;
		this.readTimeout = readTimeout;
		this.maxSize = maxSize;
		this.maxRedirects = maxRedirects;
	}

	/**
	 * Fetches {@code url}; a 304 answer to the conditional GET gives a response with {@link Response#notModified()}.
	 * @throws HarvestException with the cause when anything is wrong
	 */
	public Response fetch(URI url, List<String> mediaTypes, String accept, Validators validators) {
		URI current = url;
		for (int hop = 0; hop <= maxRedirects; hop++) {
			if (!allowed.test(current)) {
				throw new HarvestException(Cause.REDIRECT_REFUSED, "Not in the allow-list: " + redacted(current));
			}
			guard.check(current);
			HttpRequest.Builder request = HttpRequest.newBuilder(current).GET().timeout(readTimeout)
				.header("Accept", accept)
				.header("User-Agent", "open-mkb-catalogue-harvester");
			if (validators.etag() != null) {
				request.header("If-None-Match", validators.etag());
			}
			if (validators.lastModified() != null) {
				request.header("If-Modified-Since", validators.lastModified());
			}
			long deadline = System.nanoTime() + readTimeout.toNanos();
			HttpResponse<InputStream> response = send(request.build(), deadline);
			int status = response.statusCode();
			if (status >= 300 && status < 400 && status != 304) {
				close(response);
				String location = response.headers().firstValue("Location")
					.orElseThrow(() -> new HarvestException(Cause.HTTP_STATUS, "HTTP " + status + " without Location"));
				try {
					current = current.resolve(location);
				}
				catch (IllegalArgumentException ex) {
					throw new HarvestException(Cause.REDIRECT_REFUSED, "Malformed redirect target", ex);
				}
				continue;
			}
			String etag = response.headers().firstValue("ETag").orElse(null);
			String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
			if (status == 304) {
				close(response);
				return new Response(current, true, new byte[0], null, new Validators(etag != null ? etag : validators.etag(),
						lastModified != null ? lastModified : validators.lastModified()));
			}
			if (status >= 400 || status < 200) {
				close(response);
				throw new HarvestException(Cause.HTTP_STATUS, "HTTP " + status + " from " + redacted(current));
			}
			String contentType = response.headers().firstValue("Content-Type").orElse(null);
			String mediaType = contentType == null ? null
					: contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
			if (mediaType == null || !mediaTypes.contains(mediaType)) {
				close(response);
				throw new HarvestException(Cause.CONTENT_TYPE,
						"Content-Type " + contentType + " is not one of " + String.join(", ", mediaTypes));
			}
			long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
			if (declared > maxSize) {
				close(response);
				throw new HarvestException(Cause.TOO_LARGE, "Content-Length " + declared + " exceeds " + maxSize + " bytes");
			}
			byte[] body = read(response.body(), deadline, declared);
			return new Response(current, false, body, mediaType, new Validators(etag, lastModified));
		}
		throw new HarvestException(Cause.REDIRECT_REFUSED, "More than " + maxRedirects + " redirects");
	}

	private HttpResponse<InputStream> send(HttpRequest request, long deadline) {
		CompletableFuture<HttpResponse<InputStream>> future = client.sendAsync(request,
				HttpResponse.BodyHandlers.ofInputStream());
		try {
			return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new HarvestException(Cause.TIMEOUT, "No answer within " + readTimeout.toMillis() + " ms", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new HarvestException(Cause.CONNECTION, "Interrupted", ex);
		}
		catch (ExecutionException ex) {
			Throwable reason = ex.getCause();
			if (reason instanceof HttpConnectTimeoutException || reason instanceof HttpTimeoutException) {
				throw new HarvestException(Cause.TIMEOUT, "Timed out: " + reason.getMessage(), reason);
			}
			throw new HarvestException(Cause.CONNECTION, "Connection failed: " + reason, reason);
		}
	}

	private byte[] read(InputStream in, long deadline, long declared) {
		boolean[] timedOut = { false };
		ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
			timedOut[0] = true;
			closeQuietly(in);
		}, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) != -1) {
				out.write(buffer, 0, n);
				if (out.size() > maxSize) {
					throw new HarvestException(Cause.TOO_LARGE, "Body exceeds " + maxSize + " bytes");
				}
			}
			if (declared >= 0 && out.size() != declared) {
				throw new HarvestException(Cause.MALFORMED,
						"Truncated body: " + out.size() + " of " + declared + " bytes");
			}
			return out.toByteArray();
		}
		catch (IOException | UncheckedIOException ex) {
			if (timedOut[0]) {
				throw new HarvestException(Cause.TIMEOUT, "Body not complete within " + readTimeout.toMillis() + " ms", ex);
			}
			throw new HarvestException(Cause.MALFORMED, "Body broke off: " + ex.getMessage(), ex);
		}
		finally {
			alarm.cancel(false);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		closeQuietly(response.body());
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// Nothing more to release.
		}
	}

	/** A URL without its query, for reports (queries may carry tokens). */
	static String redacted(URI url) {
		return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
	}

	/**
	 * What came back.
	 *
	 * @param url the final URL, after redirects
	 * @param notModified the server answered 304 to the conditional GET
	 * @param body the bytes (empty when not modified)
	 * @param mediaType the declared media type without parameters
	 * @param validators the ETag and Last-Modified to send next time
	 */
	public record Response(URI url, boolean notModified, byte[] body, @Nullable String mediaType, Validators validators) {
	}

	/** The validators of the last good fetch, for a conditional GET. */
	public record Validators(@Nullable String etag, @Nullable String lastModified) {

		/** No validators: an unconditional GET. */
		public static Validators none() {
			return new Validators(null, null);
		}

	}

}
