package nl.openmkb.catalogue.catalog.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.EntryIndex;
import nl.openmkb.catalogue.catalog.Terms;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.springframework.stereotype.Component;

/** Reads the schemes ({@code cpsv:PublicService}) of a snapshot into an index, once per snapshot. */
@Component
public class SubsidyRepository {

	/** The schemes that pass the filter, in the documented order. */
	public List<Subsidy> find(CatalogueSnapshot snapshot, SubsidyFilter filter) {
		return index(snapshot).filter(filter::test);
	}

	/** The scheme with this slug. */
	public Optional<Subsidy> find(CatalogueSnapshot snapshot, String slug) {
		return index(snapshot).find(slug);
	}

	private static EntryIndex<Subsidy> index(CatalogueSnapshot snapshot) {
		return snapshot.derived(Index.class, Index::build).subsidies();
	}

	/** The per-snapshot index. */
	private record Index(EntryIndex<Subsidy> subsidies) {

		static Index build(CatalogueSnapshot snapshot) {
			List<Subsidy> subsidies = new ArrayList<>();
			for (Node node : snapshot.subjectsOfType(Terms.PUBLIC_SERVICE)) {
				if (node.isURI()) {
					subsidies.add(read(snapshot, node));
				}
			}
			return new Index(new EntryIndex<>(subsidies, Subsidy::entry));
		}

		private static Subsidy read(CatalogueSnapshot snapshot, Node node) {
			CatalogueEntry entry = CatalogueEntry.read(snapshot, node, Terms.THEMATIC_AREA);
			return new Subsidy(entry, snapshot.iris(node, Terms.HAS_COMPETENT_AUTHORITY),
					snapshot.iris(node, Terms.HAS_LEGAL_RESOURCE), snapshot.iris(node, Terms.SECTOR),
					snapshot.iris(node, DCTerms.spatial.asNode()), snapshot.iri(node, Terms.IS_CLASSIFIED_BY).orElse(null),
					snapshot.iri(node, Terms.STATUS).orElse(null), snapshot.iris(node, Terms.PAGE));
		}

	}

}
