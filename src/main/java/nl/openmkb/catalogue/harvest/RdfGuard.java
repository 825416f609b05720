package nl.openmkb.catalogue.harvest;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks RDF documents for what would make the parser reach out: a JSON-LD {@code @context} or {@code @import} given
 * by URL would be fetched by the JSON-LD processor (SSRF), and an XML DOCTYPE may declare external entities (XXE).
 * Both are refused before parsing; inline contexts and entity-free RDF/XML are fine.
 */
final class RdfGuard {

	private static final ObjectMapper JSON = new ObjectMapper();

	private RdfGuard() {
	}

	static void check(SourceFormat format, byte[] body) {
		switch (format) {
			case JSONLD -> checkJsonLd(body);
			case RDFXML -> checkXml(body);
			default -> {
			}
		}
	}

	private static void checkJsonLd(byte[] body) {
		JsonNode tree;
		try {
			tree = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new HarvestException(Cause.MALFORMED, "The JSON-LD is not JSON: " + ex.getOriginalMessage(), ex);
		}
		walk(tree);
	}

	private static void walk(JsonNode node) {
		if (node.isObject()) {
			for (var entry : node.properties()) {
				if (("@context".equals(entry.getKey()) || "@import".equals(entry.getKey())) && remote(entry.getValue())) {
					throw new HarvestException(Cause.MALFORMED,
							"Remote JSON-LD contexts are not fetched; put the context inline");
				}
				walk(entry.getValue());
			}
		}
		else if (node.isArray()) {
			node.forEach(RdfGuard::walk);
		}
	}

	private static boolean remote(JsonNode context) {
		if (context.isString()) {
			return true;
		}
		if (context.isArray()) {
			for (JsonNode item : context) {
				if (item.isString()) {
					return true;
				}
			}
		}
		return false;
	}

	private static void checkXml(byte[] body) {
		if (body.length >= 2 && ((body[0] & 0xff) == 0xfe || (body[0] & 0xff) == 0xff || body[0] == 0 || body[1] == 0)) {
			throw new HarvestException(Cause.MALFORMED, "Harvested RDF/XML must be UTF-8");
		}
		String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
		if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
			throw new HarvestException(Cause.MALFORMED, "A DOCTYPE or entity declaration is not allowed in harvested RDF/XML");
		}
	}

}
