package nl.openmkb.catalogue.refdata;

import nl.openmkb.catalogue.vocab.CV;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes a graph as deterministic, sorted Turtle: no {@code @base}, catalogue IRIs relative to
 * {@link Ids#BASE} ({@code <id/sbi/0111>}), only the prefixes in use, a fixed predicate order and sorted
 * subjects and objects, so that regenerating unchanged sources gives identical bytes.
 */
final class SortedTurtleWriter {

	/** The prefixes of the shared data model. */
	private static final Map<String, String> PREFIXES = prefixes("mkb", "https://w3id.org/open-mkb/def#", "cpsv",
			"http://purl.org/vocab/cpsv#", "cv", CV.NS, "eli", "http://data.europa.eu/eli/ontology#", "dct",
			DCTerms.NS, "dcat", DCAT.NS, "skos", SKOS.uri, "adms", "http://www.w3.org/ns/adms#", "schema",
			"https://schema.org/", "org", "http://www.w3.org/ns/org#", "foaf", "http://xmlns.com/foaf/0.1/", "owl",
			OWL.NS, "rdfs", "http://www.w3.org/2000/01/rdf-schema#", "xsd", XSD.NS, "vcard",
			"http://www.w3.org/2006/vcard/ns#", "rdf", RDF.uri);

	private static final List<Property> PREDICATE_ORDER = List.of(SKOS.inScheme, SKOS.topConceptOf, SKOS.notation,
			SKOS.prefLabel, DCTerms.title, DCTerms.identifier, DCTerms.description, DCTerms.type, SKOS.broader,
			SKOS.exactMatch, OWL.sameAs, DCTerms.spatial, DCAT.theme, CV.hasChannel, CV.ownedBy, SKOS.hasTopConcept,
			DCTerms.source, DCTerms.modified);

	private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	private static final Pattern RELATIVE_IRI = Pattern.compile("[a-z0-9][A-Za-z0-9/_.#-]*");

	private static final Pattern PLAIN_IRI = Pattern.compile("[^\\x00-\\x20<>\"{}|^`\\\\]+");

	private static final String INDENT = "    ";

	private final PrefixMap literalPrefixes = PrefixMapFactory.create(Map.of("xsd", XSD.NS));

	private final Set<String> usedPrefixes = new TreeSet<>();

	private SortedTurtleWriter() {
	}

	/** The Turtle text of {@code model}, preceded by {@code comment} lines. */
	static String write(Model model, List<String> comment) {
		return new SortedTurtleWriter().turtle(model, comment);
	}

	private String turtle(Model model, List<String> comment) {
		StringBuilder body = new StringBuilder();
		List<Resource> subjects = new ArrayList<>(model.listSubjects().toList());
		if (subjects.stream().anyMatch(Resource::isAnon)) {
			throw new IllegalArgumentException("Blank nodes are not supported");
		}
		subjects.sort(Comparator.comparing((Resource subject) -> subject.hasProperty(RDF.type, SKOS.ConceptScheme) ? 0 : 1)
			.thenComparing((subject) -> subject.getURI().startsWith(Ids.BASE) ? 1 : 0)
			.thenComparing(this::iriKey));
		for (Resource subject : subjects) {
			body.append('\n').append(format(subject.asNode()));
			writePredicates(body, subject);
		}
		StringBuilder out = new StringBuilder();
		comment.forEach((line) -> out.append("# ").append(line).append('\n'));
		this.usedPrefixes.forEach((prefix) -> out.append("@prefix ")
			.append(prefix)
			.append(": <")
			.append(PREFIXES.get(prefix))
			.append("> .\n"));
		return out.append(body).toString();
	}

	private void writePredicates(StringBuilder out, Resource subject) {
		Map<Property, List<RDFNode>> byPredicate = new TreeMap<>(Comparator.comparing(this::predicateRank)
			.thenComparing(Property::getURI));
		for (Statement statement : subject.listProperties().toList()) {
			byPredicate.computeIfAbsent(statement.getPredicate(), (p) -> new ArrayList<>()).add(statement.getObject());
		}
		boolean first = true;
		for (Map.Entry<Property, List<RDFNode>> entry : byPredicate.entrySet()) {
			out.append(first ? " " : " ;\n" + INDENT);
			if (first && !entry.getKey().equals(RDF.type)) {
				out.append('\n').append(INDENT);
			}
			first = false;
			out.append(entry.getKey().equals(RDF.type) ? "a" : format(entry.getKey().asNode())).append(' ');
			List<String> objects = entry.getValue().stream().sorted(objectOrder()).map((o) -> format(o.asNode())).toList();
			// types stay on the subject line; other objects get a line each
			out.append(String.join(entry.getKey().equals(RDF.type) ? ", " : ",\n" + INDENT + INDENT, objects));
		}
		out.append(" .\n");
	}

	private int predicateRank(Property predicate) {
		if (predicate.equals(RDF.type)) {
			return -1;
		}
		int rank = PREDICATE_ORDER.indexOf(predicate);
		return (rank < 0) ? PREDICATE_ORDER.size() : rank;
	}

	/** IRIs before literals; literals Dutch first, then English, then by text. */
	private Comparator<RDFNode> objectOrder() {
		return Comparator.comparing((RDFNode node) -> node.isLiteral() ? 1 : 0)
			.thenComparing((node) -> node.isLiteral() ? languageRank(node.asLiteral().getLanguage()) : 0)
			.thenComparing((node) -> node.isLiteral() ? node.asLiteral().getLexicalForm() : iriKey(node.asResource()))
			.thenComparing((node) -> node.isLiteral() ? node.asLiteral().getDatatypeURI() : "");
	}

	private static int languageRank(String language) {
		return switch (language) {
			case "nl" -> 0;
			case "en" -> 1;
			case "" -> 2;
			default -> 3;
		};
	}

	private String iriKey(Resource resource) {
		if (resource.isAnon()) {
			throw new IllegalArgumentException("Blank nodes are not supported");
		}
		return resource.getURI();
	}

	private String format(Node node) {
		if (node.isLiteral()) {
			String literal = NodeFmtLib.str(node, this.literalPrefixes);
			if (literal.contains("^^xsd:")) {
				this.usedPrefixes.add("xsd");
			}
			return literal;
		}
		if (!node.isURI()) {
			throw new IllegalArgumentException("Only IRIs and literals are supported: " + node);
		}
		String iri = node.getURI();
		if (iri.startsWith(Ids.BASE)) {
			String relative = iri.substring(Ids.BASE.length());
			if (!RELATIVE_IRI.matcher(relative).matches()) {
				throw new IllegalArgumentException("Not a catalogue IRI: " + iri);
			}
			return "<" + relative + ">";
		}
		for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
			String local = iri.substring(Math.min(iri.length(), prefix.getValue().length()));
			if (iri.startsWith(prefix.getValue()) && LOCAL_NAME.matcher(local).matches()) {
				this.usedPrefixes.add(prefix.getKey());
				return prefix.getKey() + ":" + local;
			}
		}
		if (!PLAIN_IRI.matcher(iri).matches()) {
			throw new IllegalArgumentException("IRI needs escaping: " + iri);
		}
		return "<" + iri + ">";
	}

	private static Map<String, String> prefixes(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
