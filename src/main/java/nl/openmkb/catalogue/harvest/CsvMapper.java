package nl.openmkb.catalogue.harvest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.apache.jena.atlas.csv.CSVParser;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Maps an RFC 4180 CSV file (header row, UTF-8) to RDF with the source's declared mapping:
 * {@code id-column} (the slug), {@code type} (the IRI segment, e.g. {@code subsidy}), {@code class} (space-separated
 * prefixed class names), {@code column.<name>=<predicate> <kind>} and {@code constant.<n>=<predicate> <kind> <value>}.
 * Kinds: {@code text@nl}, {@code text@en}, {@code string}, {@code date}, {@code url}, {@code ref:<type>} (the value
 * is a slug of a catalogue resource, {@code {base}id/<type>/<slug>}). A cell may hold several values separated by
 * {@code |}. Any mistake in the file (bad row length, unknown column, bad date or URL, bad slug) refuses it.
 */
final class CsvMapper {

	private final String base;

	CsvMapper(String base) {
		this.base = base;
	}

	Model map(byte[] body, Map<String, String> mapping) {
		String idColumn = required(mapping, "id-column");
		String type = required(mapping, "type");
		Model model = ModelFactory.createDefaultModel();
		List<List<String>> rows = parse(body);
		List<String> header = rows.get(0);
		Map<String, String> columns = new TreeMap<>();
		Map<String, String> constants = new TreeMap<>();
		mapping.forEach((key, value) -> {
			if (key.startsWith("column.")) {
				columns.put(key.substring(7), value);
			}
			else if (key.startsWith("constant.")) {
				constants.put(key.substring(9), value);
			}
		});
		for (String column : columns.keySet()) {
			if (!header.contains(column)) {
				throw new HarvestException(Cause.MALFORMED, "The CSV has no column '" + column + "'");
			}
		}
		if (!header.contains(idColumn)) {
			throw new HarvestException(Cause.MALFORMED, "The CSV has no id column '" + idColumn + "'");
		}
		for (int r = 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			String slug = cells.get(header.indexOf(idColumn)).strip();
			if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				throw new HarvestException(Cause.MALFORMED, "Row " + r + ": '" + slug + "' is not a slug");
			}
			Resource subject = model.createResource(base + "id/" + type + "/" + slug);
			subject.addProperty(DCTerms.identifier, slug);
			for (String cls : mapping.getOrDefault("class", "").split("\\s+")) {
				if (!cls.isBlank()) {
					subject.addProperty(RDF.type, model.createResource(Terms.expand(cls)));
				}
			}
			for (var column : columns.entrySet()) {
				String cell = cells.get(header.indexOf(column.getKey())).strip();
				for (String target : column.getValue().split(",")) {
					String[] spec = target.trim().split("\\s+");
					if (spec.length != 2) {
						throw new HarvestException(Cause.MALFORMED, "Column mapping '" + target + "' is not '<predicate> <kind>'");
					}
					for (String value : cell.split("\\|")) {
						if (!value.isBlank()) {
							subject.addProperty(Terms.property(spec[0]), node(model, spec[1], value.strip(), r));
						}
					}
				}
			}
			for (String constant : constants.values()) {
				String[] spec = constant.trim().split("\\s+", 3);
				if (spec.length != 3) {
					throw new HarvestException(Cause.MALFORMED, "Constant '" + constant + "' is not '<predicate> <kind> <value>'");
				}
				subject.addProperty(Terms.property(spec[0]), node(model, spec[1], spec[2], r));
			}
		}
		return model;
	}

	private RDFNode node(Model model, String kind, String value, int row) {
		try {
			return switch (kind) {
				case "text@nl" -> model.createLiteral(value, "nl");
				case "text@en" -> model.createLiteral(value, "en");
				case "string" -> model.createLiteral(value);
				case "date" -> model.createTypedLiteral(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
				case "url" -> {
					java.net.URI uri = new java.net.URI(value);
					if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
						throw new HarvestException(Cause.MALFORMED, "Row " + row + ": not an http(s) URL: " + value);
					}
					yield model.createResource(uri.toString());
				}
				default -> {
					if (kind.startsWith("ref:") && value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
						yield model.createResource(base + "id/" + kind.substring(4) + "/" + value);
					}
					throw new HarvestException(Cause.MALFORMED, "Row " + row + ": '" + value + "' does not fit " + kind);
				}
			};
		}
		catch (DateTimeParseException | java.net.URISyntaxException ex) {
			throw new HarvestException(Cause.MALFORMED, "Row " + row + ": '" + value + "' is not a valid " + kind, ex);
		}
	}

	private static List<List<String>> parse(byte[] body) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new HarvestException(Cause.MALFORMED, "The CSV is not UTF-8", ex);
		}
		List<List<String>> rows = new ArrayList<>();
		try {
			Iterator<List<String>> lines = CSVParser.create(new java.io.StringReader(text.replace("\uFEFF", ""))).iterator();
			while (lines.hasNext()) {
				List<String> cells = lines.next();
				if (cells.size() == 1 && cells.get(0).isEmpty()) {
					continue;
				}
				if (!rows.isEmpty() && cells.size() != rows.get(0).size()) {
					throw new HarvestException(Cause.MALFORMED, "Row " + rows.size() + " has " + cells.size()
							+ " cells, the header " + rows.get(0).size());
				}
				rows.add(cells);
			}
		}
		catch (HarvestException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// Jena's CSV parser signals malformed input (e.g. an unterminated quote) with a package-private exception.
			throw new HarvestException(Cause.MALFORMED, "The CSV does not parse: " + ex.getMessage(), ex);
		}
		if (rows.isEmpty()) {
			throw new HarvestException(Cause.MALFORMED, "The CSV is empty");
		}
		return rows;
	}

	private static String required(Map<String, String> mapping, String key) {
		String value = mapping.get(key);
		if (value == null || value.isBlank()) {
			throw new HarvestException(Cause.MALFORMED, "The CSV mapping needs '" + key + "'");
		}
		return value;
	}

}
