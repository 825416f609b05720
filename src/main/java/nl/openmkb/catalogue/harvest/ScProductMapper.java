package nl.openmkb.catalogue.harvest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import nl.openmkb.catalogue.harvest.HarvestException.Cause;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Maps Samenwerkende Catalogi product XML (IPM SC 4.0: {@code overheidproduct:scproducten} holding
 * {@code overheidproduct:scproduct}s with OWMS core and mantle metadata) to catalogue schemes, as far as it honestly
 * maps: only products whose audience ({@code dcterms:audience}) is {@code ondernemer}, in Dutch, with a title, an
 * abstract, an http(s) identifier and a modification date. The competent authority is the provider whose
 * {@code owl:sameAs} is the product's {@code overheid:authority/@resourceIdentifier} (a TOOI IRI), else the
 * provider named in the mapping; the area is that provider's area. What SC does not say (theme, kind of scheme,
 * status) comes from the mapping. Other products are skipped and counted. The XML is read with StAX with DTDs and
 * external entities off; a document with a DOCTYPE is refused.
 */
final class ScProductMapper {

	static final String PRODUCT_NS = "http://standaarden.overheid.nl/product/terms/";

	private final String base;

	private final ProviderLookup providers;

	ScProductMapper(String base, ProviderLookup providers) {
		this.base = base;
		this.providers = providers;
	}

	/** The mapped schemes and how many products were skipped. */
	record Result(Model model, int mapped, int skipped, List<String> reasons) {
	}

	Result map(byte[] body, String sourceId, Map<String, String> mapping) {
		String theme = mapping.get("theme");
		String kind = mapping.get("scheme-kind");
		if (theme == null || kind == null) {
			throw new HarvestException(Cause.MALFORMED, "The SC mapping needs 'theme' and 'scheme-kind'");
		}
		Model model = ModelFactory.createDefaultModel();
		List<String> reasons = new ArrayList<>();
		int mapped = 0;
		List<Map<String, String>> products = read(body);
		for (Map<String, String> product : products) {
			String reason = map(product, sourceId, mapping, theme, kind, model);
			if (reason == null) {
				mapped++;
			}
			else if (reasons.size() < 20) {
				reasons.add(reason);
			}
		}
		return new Result(model, mapped, products.size() - mapped, reasons);
	}

	private String map(Map<String, String> product, String sourceId, Map<String, String> mapping, String theme,
			String kind, Model model) {
		String title = product.get("title");
		String identifier = product.get("identifier");
		if (title == null || identifier == null) {
			return "a product without title or identifier";
		}
		if (!product.getOrDefault("audience", "").toLowerCase(Locale.ROOT).contains("|ondernemer|")) {
			return title + ": not for businesses";
		}
		String language = product.getOrDefault("language", "nl");
		if (!language.toLowerCase(Locale.ROOT).startsWith("nl")) {
			return title + ": not in Dutch";
		}
		String abstractText = product.get("abstract");
		if (abstractText == null) {
			return title + ": no abstract";
		}
		URI page;
		LocalDate modified;
		try {
			page = new URI(identifier);
			if (!"http".equals(page.getScheme()) && !"https".equals(page.getScheme())) {
				return title + ": identifier is not an http(s) URL";
			}
			modified = LocalDate.parse(product.getOrDefault("modified", "").substring(0,
					Math.min(10, product.getOrDefault("modified", "").length())));
		}
		catch (URISyntaxException | DateTimeParseException ex) {
			return title + ": bad identifier or modification date";
		}
		Optional<ProviderLookup.Provider> provider = Optional.ofNullable(product.get("authorityId"))
			.flatMap(providers::bySameAs)
			.or(() -> Optional.ofNullable(mapping.get("provider")).flatMap(providers::bySlug));
		if (provider.isEmpty()) {
			return title + ": authority " + product.get("authorityId") + " is not a provider in the catalogue";
		}
		String slug = slug(mapping.getOrDefault("prefix", sourceId) + "-"
				+ product.getOrDefault("productID", title));
		Resource scheme = model.createResource(base + "id/subsidy/" + slug);
		scheme.addProperty(RDF.type, model.createResource(Terms.expand("cpsv:PublicService")));
		scheme.addProperty(RDF.type, model.createResource(Terms.expand("mkb:Scheme")));
		scheme.addProperty(DCTerms.identifier, slug);
		scheme.addProperty(DCTerms.title, title, "nl");
		scheme.addProperty(DCTerms.description, abstractText, "nl");
		scheme.addProperty(Terms.property("cv:hasCompetentAuthority"), model.createResource(provider.get().iri()));
		provider.get().areas().forEach(area -> scheme.addProperty(DCTerms.spatial, model.createResource(area)));
		scheme.addProperty(Terms.property("cv:thematicArea"), model.createResource(base + "id/theme/" + theme));
		scheme.addProperty(DCTerms.audience,
				model.createResource(base + "id/audience/" + mapping.getOrDefault("audience", "mkb-breed")));
		scheme.addProperty(Terms.property("cv:isClassifiedBy"), model.createResource(base + "id/scheme-kind/" + kind));
		scheme.addProperty(Terms.property("adms:status"),
				model.createResource(base + "id/status/" + mapping.getOrDefault("status", "open")));
		scheme.addProperty(Terms.property("foaf:page"), model.createResource(page.toString()));
		scheme.addProperty(DCTerms.source, model.createResource(page.toString()));
		scheme.addProperty(DCTerms.modified, model.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate));
		return null;
	}

	/** Reads each product's metadata into a flat map; audiences are joined as {@code |a|b|}. */
	private static List<Map<String, String>> read(byte[] body) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		List<Map<String, String>> products = new ArrayList<>();
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(body));
			Map<String, String> product = null;
			boolean sawRoot = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new HarvestException(Cause.MALFORMED, "A DOCTYPE is not allowed in Samenwerkende Catalogi XML");
				}
				if (event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new HarvestException(Cause.MALFORMED, "Entity references are not allowed: &" + xml.getLocalName() + ";");
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					if (event == XMLStreamConstants.END_ELEMENT && PRODUCT_NS.equals(xml.getNamespaceURI())
							&& "scproduct".equals(xml.getLocalName()) && product != null) {
						products.add(product);
						product = null;
					}
					continue;
				}
				String name = xml.getLocalName();
				if (!sawRoot) {
					sawRoot = true;
					if (!PRODUCT_NS.equals(xml.getNamespaceURI()) || !"scproducten".equals(name)) {
						throw new HarvestException(Cause.MALFORMED,
								"Not Samenwerkende Catalogi XML: the root is " + xml.getName());
					}
					continue;
				}
				if (PRODUCT_NS.equals(xml.getNamespaceURI()) && "scproduct".equals(name)) {
					product = new HashMap<>();
					continue;
				}
				if (product == null) {
					continue;
				}
				if ("authority".equals(name)) {
					String id = xml.getAttributeValue(null, "resourceIdentifier");
					if (id != null) {
						product.putIfAbsent("authorityId", id.strip());
					}
				}
				if (List.of("identifier", "title", "language", "modified", "abstract", "productID", "audience")
					.contains(name)) {
					String text = xml.getElementText().strip();
					if ("audience".equals(name)) {
						product.merge("audience", "|" + text + "|", String::concat);
					}
					else if (!text.isEmpty()) {
						product.putIfAbsent(name, text);
					}
				}
			}
			if (!sawRoot) {
				throw new HarvestException(Cause.MALFORMED, "Empty XML document");
			}
		}
		catch (XMLStreamException ex) {
			throw new HarvestException(Cause.MALFORMED, "The XML does not parse: " + ex.getMessage(), ex);
		}
		return products;
	}

	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}

}
