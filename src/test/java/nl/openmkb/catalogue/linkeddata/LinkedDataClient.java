package nl.openmkb.catalogue.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/** A plain HTTP client for the running application that never follows redirects, so tests see each 303. */
final class LinkedDataClient {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	LinkedDataClient(int port) {
		this.port = port;
	}

	URI uri(String pathOrUri) {
		return URI.create("http://localhost:" + port).resolve(pathOrUri);
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofString(), headers);
	}

	HttpResponse<byte[]> bytes(String path, String... headers) {
		return send(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
	}

	private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		try {
			return http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
