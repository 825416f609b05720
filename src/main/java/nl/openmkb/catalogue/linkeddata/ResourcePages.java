package nl.openmkb.catalogue.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Language;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the {@link ResourceView} of a resource from a snapshot: its facts, parts, inbound links and breadcrumbs. */
@Component
class ResourcePages {

	/** At most this many inbound links per property; a theme can be used by hundreds of SBI codes. */
	static final int MAX_INBOUND = 200;

	private static final Node POSITION = NodeFactory.createURI("https://schema.org/position");

	private static final Node STEP = NodeFactory.createURI("https://schema.org/step");

	private static final Set<String> IN_HEADER = Set.of(DCTerms.title.getURI(), DCTerms.description.getURI(),
			SKOS.prefLabel.getURI());

	private static final List<String> THEME_PROPERTIES = List.of("http://www.w3.org/ns/dcat#theme",
			"http://data.europa.eu/m8g/thematicArea", "http://data.europa.eu/eli/ontology#is_about");

	private final MessageSource messages;

	ResourcePages(MessageSource messages) {
		this.messages = messages;
	}

	ResourceView view(CatalogueSnapshot snapshot, ResourceIndex index, ResourceIndex.Entry entry, Language language) {
		Graph graph = snapshot.graph();
		Node subject = NodeFactory.createURI(entry.iri());
		String description = snapshot.texts(subject, DCTerms.description.asNode()).in(language);
		if (description == null) {
			description = snapshot.texts(subject, SKOS.definition.asNode()).in(language);
		}
		List<ResourceView.Part> parts = new ArrayList<>();
		List<Node> children = children(snapshot, entry.iri());
		for (Node child : children) {
			String fragment = child.getURI().substring(child.getURI().indexOf('#') + 1);
			String title = ResourceIndex.label(snapshot, child.getURI()).in(language, fragment);
			parts.add(new ResourceView.Part(fragment, title,
					snapshot.texts(child, DCTerms.description.asNode()).in(language),
					facts(snapshot, index, child, language, Set.of(POSITION.getURI(), RDF.type.getURI()))));
		}
		// The steps are listed in order below the facts, so they are not repeated among them.
		Set<String> skip = parts.isEmpty() ? Set.of() : Set.of(STEP.getURI());
		return new ResourceView(entry.type(), entry.slug(), entry.iri(), entry.label(language), description,
				facts(snapshot, index, subject, language, skip), parts, inbound(snapshot, index, subject, language),
				breadcrumbs(snapshot, index, entry, language), ResourceTypes.apiPath(entry.type(), entry.slug()),
				SchemaOrg.describe(snapshot, index, entry, language, graph));
	}

	private List<ResourceView.Fact> facts(CatalogueSnapshot snapshot, ResourceIndex index, Node subject,
			Language language, Set<String> skip) {
		Map<String, List<Node>> byProperty = new TreeMap<>();
		// A definition stands in the header when there is no description.
		boolean definitionInHeader = snapshot.texts(subject, DCTerms.description.asNode()).isEmpty();
		snapshot.graph().find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
			String property = t.getPredicate().getURI();
			if (!IN_HEADER.contains(property) && !skip.contains(property)
					&& !(definitionInHeader && t.getPredicate().equals(SKOS.definition.asNode()))) {
				byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(t.getObject());
			}
		});
		List<ResourceView.Fact> facts = new ArrayList<>();
		byProperty.forEach((property, objects) -> {
			List<ResourceView.Value> values = values(snapshot, index, objects, language);
			if (!values.isEmpty()) {
				facts.add(new ResourceView.Fact(property, PropertyLabels.label(property, language, snapshot), values));
			}
		});
		facts.sort(Comparator.comparingInt((ResourceView.Fact f) -> PropertyLabels.order(f.property())));
		return facts;
	}

	private List<ResourceView.Value> values(CatalogueSnapshot snapshot, ResourceIndex index, List<Node> objects,
			Language language) {
		List<ResourceView.Value> values = new ArrayList<>();
		Map<String, String> tagged = new TreeMap<>();
		for (Node object : objects) {
			if (object.isLiteral()) {
				String lang = object.getLiteralLanguage();
				if (lang.isEmpty()) {
					values.add(new ResourceView.Value(object.getLiteralLexicalForm(), null, null));
				}
				else {
					tagged.putIfAbsent(lang, object.getLiteralLexicalForm());
				}
			}
			else if (object.isURI()) {
				values.add(link(snapshot, index, object.getURI(), language));
			}
			else if (object.isBlank()) {
				values.add(new ResourceView.Value(blank(snapshot, object, language), null, null));
			}
		}
		if (!tagged.isEmpty()) {
			String lang = tagged.containsKey(language.tag()) ? language.tag()
					: tagged.containsKey("nl") ? "nl" : tagged.keySet().iterator().next();
			values.add(0, new ResourceView.Value(tagged.get(lang), null, lang.equals(language.tag()) ? null : lang));
		}
		values.sort(Comparator.comparing(ResourceView.Value::text, String.CASE_INSENSITIVE_ORDER));
		return values;
	}

	/** A value that is an IRI: a link to its page when it has one, else to the IRI itself when that is a web link. */
	private ResourceView.Value link(CatalogueSnapshot snapshot, ResourceIndex index, String iri, Language language) {
		ResourceIndex.Entry target = index.get(iri);
		if (target != null) {
			return new ResourceView.Value(target.label(language), target.path(), null);
		}
		int hash = iri.indexOf('#');
		ResourceIndex.Entry document = hash > 0 ? index.get(iri.substring(0, hash)) : null;
		if (document != null) {
			String fragment = iri.substring(hash + 1);
			return new ResourceView.Value(ResourceIndex.label(snapshot, iri).in(language, fragment),
					document.path() + "#" + fragment, null);
		}
		String label = ResourceIndex.label(snapshot, iri).in(language);
		String text = label != null ? label : PropertyLabels.prefixed(iri);
		if (text.startsWith("tel:") || text.startsWith("mailto:")) {
			text = text.substring(text.indexOf(':') + 1);
		}
		boolean web = iri.startsWith("https://") || iri.startsWith("http://") || iri.startsWith("mailto:")
				|| iri.startsWith("tel:");
		return new ResourceView.Value(text, web ? iri : null, null);
	}

	private static String blank(CatalogueSnapshot snapshot, Node node, Language language) {
		List<String> parts = new ArrayList<>();
		snapshot.graph().find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
			Node object = t.getObject();
			if (object.isLiteral() && (object.getLiteralLanguage().isEmpty() || object.getLiteralLanguage().equals(language.tag()))) {
				parts.add(object.getLiteralLexicalForm());
			}
			else if (object.isURI() && !t.getPredicate().equals(RDF.type.asNode())) {
				parts.add(object.getURI());
			}
		});
		parts.sort(null);
		return String.join(", ", parts);
	}

	/** Subjects with a fragment of this document, ordered by {@code schema:position} where they have one. */
	private static List<Node> children(CatalogueSnapshot snapshot, String iri) {
		List<Node> children = new ArrayList<>();
		Set<Node> seen = new java.util.HashSet<>();
		for (Triple triple : snapshot.describe(List.of(iri)).find().toList()) {
			Node subject = triple.getSubject();
			if (subject.isURI() && subject.getURI().startsWith(iri + "#") && seen.add(subject)) {
				children.add(subject);
			}
		}
		children.sort(Comparator.comparingLong((Node child) -> snapshot.string(child, POSITION).map(p -> {
			try {
				return Long.parseLong(p);
			}
			catch (NumberFormatException ex) {
				return Long.MAX_VALUE;
			}
		}).orElse(Long.MAX_VALUE)).thenComparing(Node::getURI));
		return children;
	}

	/** The resources that link here, grouped by their type (a guide's steps count as the guide). */
	private List<ResourceView.Fact> inbound(CatalogueSnapshot snapshot, ResourceIndex index, Node object,
			Language language) {
		Map<String, Map<String, ResourceView.Value>> byType = new TreeMap<>(
				Comparator.comparingInt(ResourceTypes.ALL::indexOf));
		snapshot.graph().find(Node.ANY, Node.ANY, object).forEachRemaining(t -> {
			if (!t.getSubject().isURI()) {
				return;
			}
			String subject = t.getSubject().getURI();
			int hash = subject.indexOf('#');
			ResourceIndex.Entry source = index.get(hash > 0 ? subject.substring(0, hash) : subject);
			if (source == null || source.iri().equals(object.getURI())) {
				return;
			}
			Map<String, ResourceView.Value> values = byType.computeIfAbsent(source.type(), k -> new LinkedHashMap<>());
			if (values.size() < MAX_INBOUND) {
				values.putIfAbsent(source.iri(), new ResourceView.Value(source.label(language), source.path(), null));
			}
		});
		java.util.Locale locale = java.util.Locale.forLanguageTag(language.tag());
		List<ResourceView.Fact> facts = new ArrayList<>();
		byType.forEach((type, values) -> {
			List<ResourceView.Value> sorted = new ArrayList<>(values.values());
			sorted.sort(Comparator.comparing(ResourceView.Value::text, String.CASE_INSENSITIVE_ORDER));
			facts.add(new ResourceView.Fact(type, messages.getMessage("type." + type + ".plural", null, locale), sorted));
		});
		return facts;
	}

	/** Home › the resource's first theme (if any) › its type list. */
	private List<ResourceView.Link> breadcrumbs(CatalogueSnapshot snapshot, ResourceIndex index,
			ResourceIndex.Entry entry, Language language) {
		java.util.Locale locale = java.util.Locale.forLanguageTag(language.tag());
		List<ResourceView.Link> crumbs = new ArrayList<>();
		crumbs.add(new ResourceView.Link(messages.getMessage("nav.home", null, locale), "/"));
		Node subject = NodeFactory.createURI(entry.iri());
		for (String property : THEME_PROPERTIES) {
			List<String> themes = snapshot.iris(subject, NodeFactory.createURI(property));
			ResourceIndex.Entry theme = themes.isEmpty() ? null : index.get(themes.get(0));
			if (theme != null) {
				crumbs.add(new ResourceView.Link(theme.label(language), theme.path()));
				break;
			}
		}
		crumbs.add(new ResourceView.Link(messages.getMessage("type." + entry.type() + ".plural", null, locale),
				"/doc/" + entry.type()));
		return crumbs;
	}

}
