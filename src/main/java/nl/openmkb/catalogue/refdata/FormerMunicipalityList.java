package nl.openmkb.catalogue.refdata;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds {@code former-municipalities.ttl}: every municipality of the TOOI value list that no longer exists, under
 * its TOOI IRI, with its CBS code, name, end date and the current municipalities that took over its area
 * ({@code dct:isReplacedBy}), so that a former code can still be answered.
 */
final class FormerMunicipalityList {

	static final String FILE = "former-municipalities.ttl";

	static final String SOURCE = "gemeenten_tooi_opvolgers.csv";

	/** TOOI's own property for the day a municipality ended. */
	static final Property END_DATE = ModelFactory.createDefaultModel()
		.createProperty("https://identifier.overheid.nl/tooi/def/ont/einddatum");

	private FormerMunicipalityList() {
	}

	static Model build(Path sourcesDir, Areas areas) {
		Set<String> active = new HashSet<>();
		areas.municipalities().forEach(m -> active.add(m.code()));
		Model model = ModelFactory.createDefaultModel();
		for (CsvTable.Row row : CsvTable.read(sourcesDir.resolve(SOURCE)).rows()) {
			String code = row.required("cbs_code");
			if (active.contains(code)) {
				throw new IllegalStateException("Former municipality " + code + " is also an active one");
			}
			Resource former = model.createResource(row.required("tooi_uri"))
				.addProperty(SKOS.notation, code)
				.addProperty(RDFS.label, row.required("naam"), "nl")
				.addProperty(DCTerms.source, Ids.TOOI_MUNICIPALITIES)
				.addProperty(DCTerms.modified, Ids.MODIFIED);
			String ended = row.get("einddatum");
			if (ended != null && !ended.isBlank()) {
				former.addLiteral(END_DATE, model.createTypedLiteral(ended, XSDDatatype.XSDdate));
			}
			for (String successor : row.required("opvolger_cbs_code_actueel").split(";")) {
				if (!active.contains(successor.strip())) {
					throw new IllegalStateException("Successor " + successor + " of " + code + " is not an active municipality");
				}
				former.addProperty(DCTerms.isReplacedBy, Ids.id("municipality", successor.strip().toLowerCase(Locale.ROOT)));
			}
		}
		return model;
	}

}
