package nl.openmkb.catalogue.linkeddata;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The dumps under {@code /downloads}: a page listing them, each file streamed from disk with {@code Content-Length},
 * ETag and {@code Last-Modified} (so {@code If-None-Match} and {@code If-Modified-Since} answer 304, and ranges
 * resume a broken download), and its SHA-256 checksum at {@code {file}.sha256}.
 */
@Controller
class DownloadsController {

	private final Dumps dumps;

	private final Pages pages;

	DownloadsController(Dumps dumps, Pages pages) {
		this.dumps = dumps;
		this.pages = pages;
	}

	@GetMapping("/downloads")
	ResponseEntity<byte[]> index(@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		Variant.negotiate(accept, format, List.of(Variant.HTML));
		Dumps.DumpSet set = dumps.current();
		Language language = Pages.language(request);
		String made = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(set.made().atOffset(ZoneOffset.UTC).withNano(0)) + " UTC";
		return pages.page("downloads", language, request, Map.of("dumps", set.all(), "generation", set.generation(),
				"made", made), "\"downloads-" + set.generation() + "-" + language.tag() + "\"");
	}

	@GetMapping("/downloads/{name}")
	ResponseEntity<Resource> download(@PathVariable String name, ServletWebRequest request) {
		boolean checksum = name.endsWith(".sha256");
		String fileName = checksum ? name.substring(0, name.length() - ".sha256".length()) : name;
		if (Dumps.FORMATS.stream().noneMatch(f -> Dumps.fileName(f).equals(fileName))) {
			throw new UnknownResourceException("There is no download '" + name + "'; the dumps are "
					+ String.join(", ", Dumps.FORMATS.stream().map(Dumps::fileName).toList()) + ".");
		}
		Dumps.Dump dump = dumps.current().byName().get(fileName);
		String etag = "\"" + dump.sha256().substring(0, 32) + (checksum ? "-sha256" : "") + "\"";
		long lastModified = dump.made().toEpochMilli();
		if (request.checkNotModified(etag, lastModified)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.eTag(etag)
			.lastModified(lastModified)
			.cacheControl(CacheControl.noCache())
			.header("Access-Control-Allow-Origin", "*");
		if (checksum) {
			byte[] body = (dump.sha256() + "  " + dump.name() + "\n").getBytes(StandardCharsets.US_ASCII);
			return response.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.US_ASCII))
				.contentLength(body.length)
				.body(new org.springframework.core.io.ByteArrayResource(body));
		}
		return response.contentType(MediaType.parseMediaType("application/gzip"))
			.contentLength(dump.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(dump.name()).build().toString())
			.header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(dump.sha256())))
			.body(new FileSystemResource(dump.file()));
	}

}
