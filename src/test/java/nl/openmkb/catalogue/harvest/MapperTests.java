package nl.openmkb.catalogue.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.junit.jupiter.api.Test;

/** Strict mapping of CSV and Samenwerkende Catalogi XML, and the guard against fetching parsers. */
class MapperTests {

	private static final String BASE = "http://localhost:8080/";

	private final CsvMapper csv = new CsvMapper(BASE);

	private static final Map<String, String> MAPPING = Map.of("id-column", "slug", "type", "subsidy",
			"column.titel", "dct:title text@nl", "column.datum", "dct:modified date");

	@Test
	void csvWithAnUnterminatedQuoteOrWrongRowLengthIsRefused() {
		assertMalformed(() -> csv.map(bytes("slug,titel,datum\nabc,\"open,2026-01-01\n"), MAPPING));
		assertMalformed(() -> csv.map(bytes("slug,titel,datum\nabc,Titel\n"), MAPPING));
		assertMalformed(() -> csv.map(bytes("slug,titel,datum\nNiet Een Slug,Titel,2026-01-01\n"), MAPPING));
		assertMalformed(() -> csv.map(bytes("slug,titel,datum\nabc,Titel,gisteren\n"), MAPPING));
		assertMalformed(() -> csv.map(bytes("slug,naam,datum\nabc,Titel,2026-01-01\n"), MAPPING));
		assertMalformed(() -> csv.map(new byte[] { (byte) 0xff, (byte) 0xfe, 0 }, MAPPING));
	}

	@Test
	void csvMapsRows() {
		var model = csv.map(bytes("slug,titel,datum\r\nabc,\"Titel, met komma\",2026-01-01\r\n"), MAPPING);
		assertThat(model.listObjects().toList().toString()).contains("Titel, met komma").contains("2026-01-01");
	}

	@Test
	void samenwerkendeCatalogiWithADoctypeIsRefused() {
		ScProductMapper sc = new ScProductMapper(BASE, new ProviderLookup(null, BASE) {
			@Override
			Optional<Provider> bySameAs(String identifier) {
				return Optional.empty();
			}
		});
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\">&x;"
				+ "</overheidproduct:scproducten>";
		assertMalformed(() -> sc.map(bytes(xxe), "sc", Map.of("theme", "starten", "scheme-kind", "subsidie")));
		assertMalformed(() -> sc.map(bytes("<other/>"), "sc", Map.of("theme", "starten", "scheme-kind", "subsidie")));
		assertMalformed(() -> sc.map(bytes("<overheidproduct:scproducten xmlns:overheidproduct=\"http://standaarden.overheid.nl/product/terms/\">"),
				"sc", Map.of("theme", "starten", "scheme-kind", "subsidie")));
	}

	@Test
	void remoteJsonLdContextsAndXmlDoctypesAreRefused() {
		assertMalformed(() -> RdfGuard.check(SourceFormat.JSONLD, bytes("{\"@context\": \"http://169.254.169.254/c\"}")));
		assertMalformed(() -> RdfGuard.check(SourceFormat.JSONLD, bytes("{\"@graph\": [{\"@context\": [\"http://x/\"]}]}")));
		assertMalformed(() -> RdfGuard.check(SourceFormat.JSONLD, bytes("{\"@context\": {\"@import\": \"http://x/\"}}")));
		assertMalformed(() -> RdfGuard.check(SourceFormat.RDFXML, bytes("<?xml version=\"1.0\"?><!DOCTYPE x><x/>")));
		RdfGuard.check(SourceFormat.JSONLD, bytes("{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"}}"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOfSatisfying(HarvestException.class,
				ex -> assertThat(ex.kind()).isEqualTo(Cause.MALFORMED));
	}

}
