package nl.openmkb.catalogue.harvest;

import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.store.CatalogueStore;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Finds providers in the published data, for mapping a source's authority to a catalogue provider. */
class ProviderLookup {

	private final CatalogueStore store;

	private final String base;

	ProviderLookup(CatalogueStore store, String base) {
		this.store = store;
		this.base = base;
	}

	/** A provider and the areas it serves. */
	record Provider(String iri, List<String> areas) {
	}

	Optional<Provider> bySameAs(String identifier) {
		if (!identifier.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
			return Optional.empty();
		}
		return find("?provider <http://www.w3.org/2002/07/owl#sameAs> ?id .", identifier);
	}

	Optional<Provider> bySlug(String slug) {
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			return Optional.empty();
		}
		return find("BIND(?id AS ?provider)", base + "id/provider/" + slug);
	}

	private Optional<Provider> find(String pattern, String iri) {
		ParameterizedSparqlString sparql = new ParameterizedSparqlString("""
				SELECT ?provider ?area WHERE {
				  %s
				  ?provider a <http://data.europa.eu/m8g/PublicOrganisation> ; <http://purl.org/dc/terms/spatial> ?area .
				} ORDER BY ?area""".formatted(pattern));
		sparql.setIri("id", iri);
		return store.query(sparql.asQuery(), List.of(), List.of(), builder -> {
			String provider = null;
			List<String> areas = new java.util.ArrayList<>();
			try (QueryExec execution = builder.build()) {
				RowSet rows = execution.select();
				while (rows.hasNext()) {
					Binding row = rows.next();
					provider = row.get("provider").getURI();
					areas.add(row.get("area").getURI());
				}
			}
			return provider == null ? Optional.<Provider>empty() : Optional.of(new Provider(provider, areas));
		});
	}

}
