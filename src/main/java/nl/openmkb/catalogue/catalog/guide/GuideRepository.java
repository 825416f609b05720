package nl.openmkb.catalogue.catalog.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.EntryFilter;
import nl.openmkb.catalogue.catalog.EntryIndex;
import nl.openmkb.catalogue.catalog.Terms;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.springframework.stereotype.Component;

/** Reads the guides ({@code mkb:Guide}) and their steps from a snapshot, once per snapshot. */
@Component
public class GuideRepository {

	/** The guides that pass the filter, in the documented order. */
	public List<Guide> find(CatalogueSnapshot snapshot, EntryFilter filter) {
		return index(snapshot).filter(g -> filter.test(g.entry()));
	}

	/** The guide with this slug. */
	public Optional<Guide> find(CatalogueSnapshot snapshot, String slug) {
		return index(snapshot).find(slug);
	}

	private static EntryIndex<Guide> index(CatalogueSnapshot snapshot) {
		return snapshot.derived(Index.class, Index::build).guides();
	}

	/** The per-snapshot index. */
	private record Index(EntryIndex<Guide> guides) {

		static Index build(CatalogueSnapshot snapshot) {
			List<Guide> guides = new ArrayList<>();
			for (Node node : snapshot.subjectsOfType(Terms.GUIDE)) {
				if (node.isURI()) {
					List<GuideStep> steps = new ArrayList<>();
					for (String step : snapshot.iris(node, SchemaDO.step.asNode())) {
						steps.add(step(snapshot, NodeFactory.createURI(step)));
					}
					steps.sort(Comparator.comparingInt(GuideStep::position).thenComparing(GuideStep::iri));
					guides.add(new Guide(CatalogueEntry.read(snapshot, node, DCAT.theme.asNode()), steps));
				}
			}
			return new Index(new EntryIndex<>(guides, Guide::entry));
		}

		private static GuideStep step(CatalogueSnapshot snapshot, Node node) {
			int position;
			try {
				position = Integer.parseInt(snapshot.string(node, SchemaDO.position.asNode()).orElse("0").strip());
			}
			catch (NumberFormatException ex) {
				position = 0;
			}
			return new GuideStep(node.getURI(), position, snapshot.texts(node, DCTerms.title.asNode()),
					snapshot.texts(node, DCTerms.description.asNode()), snapshot.iris(node, Terms.RELATED_SCHEME),
					snapshot.iris(node, Terms.RELATED_REGULATION), snapshot.iris(node, Terms.RELATED_PROVIDER));
		}

	}

}
