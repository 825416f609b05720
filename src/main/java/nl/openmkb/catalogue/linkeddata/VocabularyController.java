package nl.openmkb.catalogue.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vocabulary at {@code /def}, where {@code https://w3id.org/open-mkb/def#} redirects: an HTML page generated
 * from {@code vocab/ontology.ttl} (classes and properties with their Dutch and English labels, definitions and usage
 * notes; each term has an anchor, so {@code /def#Scheme} works) and the concept schemes in the store, or the ontology
 * itself as RDF by negotiation.
 */
@Controller
class VocabularyController {

	/** Where the build puts the ontology on the classpath. */
	static final String ONTOLOGY = "classpath:catalogue/vocab/ontology.ttl";

	/** One term of the vocabulary as the page shows it. */
	record Term(String name, String iri, String labelNl, String labelEn, @Nullable String definition,
			@Nullable String note, List<String> broader, List<String> domain, List<String> range) {
	}

	private final Model ontology;

	private final CatalogueSnapshots snapshots;

	private final Pages pages;

	VocabularyController(CatalogueSnapshots snapshots, Pages pages) {
		this.snapshots = snapshots;
		this.pages = pages;
		this.ontology = ModelFactory.createDefaultModel();
		try (InputStream in = new DefaultResourceLoader().getResource(ONTOLOGY).getInputStream()) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(ontology);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the ontology " + ONTOLOGY, ex);
		}
	}

	@GetMapping("/def")
	ResponseEntity<byte[]> vocabulary(@RequestParam(required = false) @Nullable String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, HttpServletRequest request) {
		List<Variant> offers = Variant.all();
		Variant variant = Variant.negotiate(accept, format, offers);
		CatalogueSnapshot snapshot = snapshots.current();
		Language language = Pages.language(request);
		String etag = "\"def-" + snapshot.generation() + "-" + variant.key() + (variant.isHtml() ? "-" + language.tag() : "") + "\"";
		if (Pages.notModified(request, etag)) {
			return RdfResponses.notModified(etag);
		}
		String links = RdfResponses.alternates("/def", offers, variant);
		RdfFormat rdf = variant.rdf();
		if (rdf != null) {
			return RdfResponses.ok(RdfResponses.write(ontology.getGraph(), rdf), rdf, etag, links);
		}
		Resource self = ontology.createResource("https://w3id.org/open-mkb/def");
		List<ResourceView.Link> schemes = LinkedDataController.index(snapshot).ofType("scheme").stream()
			.map(entry -> new ResourceView.Link(entry.label(language), entry.path()))
			.toList();
		ResponseEntity<byte[]> page = pages.page("def", language, request, Map.of(
				"title", text(self, org.apache.jena.vocabulary.DCTerms.title, language),
				"description", text(self, org.apache.jena.vocabulary.DCTerms.description, language),
				"classes", terms(OWL.Class, language), "properties", terms(OWL.ObjectProperty, language),
				"schemes", schemes, "alternates", Variant.rdfOnly()), etag);
		return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders()).header(HttpHeaders.LINK, links)
			.body(page.getBody());
	}

	private List<Term> terms(Resource kind, Language language) {
		List<Term> terms = new ArrayList<>();
		ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, kind).forEachRemaining(term -> {
			if (!term.isURIResource()) {
				return;
			}
			terms.add(new Term(term.getLocalName(), term.getURI(), text(term, RDFS.label, Language.NL),
					text(term, RDFS.label, Language.EN), nullable(text(term, SKOS.definition, language)),
					nullable(text(term, RDFS.comment, language)),
					prefixed(term, kind.equals(OWL.Class) ? RDFS.subClassOf : RDFS.subPropertyOf),
					prefixed(term, RDFS.domain), prefixed(term, RDFS.range)));
		});
		terms.sort(Comparator.comparing(Term::name));
		return terms;
	}

	private static String text(Resource subject, org.apache.jena.rdf.model.Property property, Language language) {
		String fallback = "";
		for (var it = subject.listProperties(property); it.hasNext();) {
			RDFNode object = it.next().getObject();
			if (object.isLiteral()) {
				if (object.asLiteral().getLanguage().equals(language.tag())) {
					return object.asLiteral().getLexicalForm();
				}
				if (fallback.isEmpty()) {
					fallback = object.asLiteral().getLexicalForm();
				}
			}
		}
		return fallback;
	}

	private static @Nullable String nullable(String text) {
		return text.isEmpty() ? null : text;
	}

	private static List<String> prefixed(Resource subject, org.apache.jena.rdf.model.Property property) {
		List<String> values = new ArrayList<>();
		subject.listProperties(property).forEachRemaining(s -> {
			if (s.getObject().isURIResource()) {
				values.add(PropertyLabels.prefixed(s.getObject().asResource().getURI()));
			}
		});
		values.sort(null);
		return values;
	}

}
