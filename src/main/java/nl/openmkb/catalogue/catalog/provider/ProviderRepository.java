package nl.openmkb.catalogue.catalog.provider;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.openmkb.catalogue.catalog.CatalogueEntry;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.EntryIndex;
import nl.openmkb.catalogue.catalog.Terms;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.springframework.stereotype.Component;

/** Reads the providers (public and private organisations) and their channels from a snapshot, once per snapshot. */
@Component
public class ProviderRepository {

	/** The providers that pass the filter, in the documented order. */
	public List<Provider> find(CatalogueSnapshot snapshot, ProviderFilter filter) {
		return index(snapshot).filter(filter::test);
	}

	/** The provider with this slug. */
	public Optional<Provider> find(CatalogueSnapshot snapshot, String slug) {
		return index(snapshot).find(slug);
	}

	private static EntryIndex<Provider> index(CatalogueSnapshot snapshot) {
		return snapshot.derived(Index.class, Index::build).providers();
	}

	/** The per-snapshot index. */
	private record Index(EntryIndex<Provider> providers) {

		static Index build(CatalogueSnapshot snapshot) {
			Set<Node> nodes = new LinkedHashSet<>(snapshot.subjectsOfType(Terms.PUBLIC_ORGANISATION));
			nodes.addAll(snapshot.subjectsOfType(Terms.ORGANIZATION));
			List<Provider> providers = new ArrayList<>();
			for (Node node : nodes) {
				if (node.isURI()) {
					providers.add(read(snapshot, node));
				}
			}
			return new Index(new EntryIndex<>(providers, Provider::entry));
		}

		private static Provider read(CatalogueSnapshot snapshot, Node node) {
			Set<String> channelIris = new LinkedHashSet<>(snapshot.iris(node, Terms.HAS_CHANNEL));
			snapshot.graph().find(Node.ANY, Terms.OWNED_BY, node).forEachRemaining(t -> {
				if (t.getSubject().isURI()) {
					channelIris.add(t.getSubject().getURI());
				}
			});
			List<Channel> channels = channelIris.stream().sorted().map(iri -> channel(snapshot, iri)).toList();
			return new Provider(CatalogueEntry.read(snapshot, node, DCAT.theme.asNode()),
					snapshot.hasType(node, Terms.PUBLIC_ORGANISATION), snapshot.iris(node, DCTerms.spatial.asNode()),
					channels, snapshot.iri(node, Terms.HOMEPAGE).orElse(null), snapshot.iris(node, OWL.sameAs.asNode()),
					snapshot.iris(node, Terms.REFERS_TO));
		}

		private static Channel channel(CatalogueSnapshot snapshot, String iri) {
			Node node = NodeFactory.createURI(iri);
			return new Channel(iri, snapshot.string(node, DCTerms.identifier.asNode()).orElse(iri.substring(iri.lastIndexOf('/') + 1)),
					snapshot.texts(node, DCTerms.title.asNode()), snapshot.texts(node, DCTerms.description.asNode()),
					snapshot.iri(node, DCTerms.type.asNode()).orElse(null), snapshot.iris(node, Terms.PAGE),
					snapshot.iris(node, Terms.HAS_TELEPHONE), snapshot.iris(node, Terms.HAS_EMAIL));
		}

	}

}
