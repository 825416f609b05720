package nl.openmkb.catalogue.catalog.regulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.EntryIndex;
import nl.openmkb.catalogue.catalog.Terms;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;
import org.springframework.stereotype.Component;

/** Reads the regulations ({@code eli:LegalResource}) of a snapshot into an index, once per snapshot. */
@Component
public class RegulationRepository {

	/** The regulations that pass the filter, in the documented order. */
	public List<Regulation> find(CatalogueSnapshot snapshot, EntryFilter filter) {
		return index(snapshot).filter(r -> filter.test(r.entry()));
	}

	/** The regulation with this slug (its BWB id in lower case). */
	public Optional<Regulation> find(CatalogueSnapshot snapshot, String slug) {
		return index(snapshot).find(slug.toLowerCase(java.util.Locale.ROOT));
	}

	private static EntryIndex<Regulation> index(CatalogueSnapshot snapshot) {
		return snapshot.derived(Index.class, Index::build).regulations();
	}

	/** The per-snapshot index. */
	private record Index(EntryIndex<Regulation> regulations) {

		static Index build(CatalogueSnapshot snapshot) {
			List<Regulation> regulations = new ArrayList<>();
			for (Node node : snapshot.subjectsOfType(Terms.LEGAL_RESOURCE)) {
				if (node.isURI()) {
					String bwbId = snapshot.string(node, Terms.ID_LOCAL).orElse(null);
					CatalogueEntry entry = CatalogueEntry.read(snapshot, node, DCAT.theme.asNode(),
							bwbId == null ? "" : bwbId);
					regulations.add(new Regulation(entry, bwbId, snapshot.iris(node, Terms.PAGE)));
				}
			}
			return new Index(new EntryIndex<>(regulations, Regulation::entry));
		}

	}

}
