package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finishes the OpenAPI document that springdoc builds from the controllers so that it passes the NL API Design
 * Rules: info with contact, the server at {@code {base}api/v1} with paths relative to it, the document's own
 * {@code /openapi.json} path, and the shared components (problem details, HAL links, headers, parameters) from
 * {@code classpath:openapi/components.json}. Each operation is filled in by {@link OpenApiOperations}.
 */
@Component
class OpenApiDocument implements OpenApiCustomizer {

	/** The OpenAPI document, relative to the API base (ADR: {@code openapi.json} in the base path). */
	static final String PATH = "/openapi.json";

	/** Swagger UI, relative to the context root. */
	static final String UI_PATH = "/swagger-ui.html";

	static {
		// Resolved by argument resolvers, documented as page, pageSize, lang and Accept-Language instead.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class, Language.class);
	}

	private final String base;

	private final ApiProperties properties;

	private final OpenApiOperations operations;

	OpenApiDocument(CatalogueProperties catalogue, ApiProperties properties, OpenApiOperations operations) {
		this.base = catalogue.base();
		this.properties = properties;
		this.operations = operations;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.setInfo(info());
		openApi.setServers(List.of(new Server().url(base + "api/v1").description("This deployment")));
		openApi.setExternalDocs(new ExternalDocumentation().description("Integrator guide (docs/api/README.md)")
			.url("https://w3id.org/open-mkb/api"));
		openApi.setTags(tags());
		Paths paths = new Paths();
		new TreeMap<>(openApi.getPaths() == null ? Map.<String, PathItem>of() : openApi.getPaths()).forEach((path, item) -> {
			String relative = path.equals(ApiLinks.BASE_PATH) ? "/" : path.substring(ApiLinks.BASE_PATH.length());
			paths.addPathItem(relative, item);
		});
		paths.addPathItem(PATH, openApiPath());
		openApi.setPaths(paths);
		Components components = sharedComponents();
		Map<String, Schema> schemas = new TreeMap<>(components.getSchemas());
		schemas.putAll(operations.schemas());
		components.setSchemas(new LinkedHashMap<>(schemas));
		openApi.setComponents(components);
	}

	private Info info() {
		var contact = properties.contact();
		return new Info().title("Open mkb catalogue API")
			.version(ApiVersion.CURRENT)
			.description("""
					Public information for Dutch small and medium businesses, held as linked data: regulations, \
					subsidies and other schemes, transition guides, providers, and the reference lists they use \
					(themes, business events, audiences, SBI 2025 codes, regions, statuses, scheme kinds).

					Every resource is available as HAL (`application/hal+json`, the default, also served for \
					`application/json`), JSON-LD compacted with the catalogue's context (`application/ld+json`), \
					Turtle and N-Triples; collections also as CSV. Pick with `Accept`; pick the label language with \
					`lang` or `Accept-Language` (nl, en).

					Collections are paged (`page` from 1, `pageSize` 1-100, default 20) and sorted by Dutch title, \
					then identifier (reference lists: codes by code, others by Dutch label). Filters combine; values \
					within one filter are alternatives. Every response has an `ETag` that changes with every write to \
					the catalogue: send it in `If-None-Match` to get a cheap 304. Errors are RFC 9457 problem details.""")
			.contact(new Contact().name(contact.name()).url(contact.url()).email(contact.email()))
			.license(new License().name("CC0 1.0 (all data)").url("https://creativecommons.org/publicdomain/zero/1.0/"));
	}

	private static List<Tag> tags() {
		return List.of(new Tag().name("API").description("The root resource and this document"),
				new Tag().name("Subsidies").description("Subsidies, tax schemes, guarantees, loans, participations, vouchers, advice and credit"),
				new Tag().name("Regulations").description("Laws and rules from the BWB that entrepreneurs must know"),
				new Tag().name("Guides").description("Step-by-step transition guides"),
				new Tag().name("Providers").description("Organisations entrepreneurs can turn to"),
				new Tag().name("Reference lists").description("Themes, business events, audiences, SBI codes, regions, statuses and scheme kinds"),
				new Tag().name("Quality and feedback").description("The quality report and feedback from entrepreneurs (docs/api/stewardship.md)"),
				new Tag().name("Search and referral").description("Full-text search across the catalogue, and referral of a question to the right providers, schemes, regulations and guides"));
	}

	private static PathItem openApiPath() {
		String json = """
				{ "get": {
				    "tags": ["API"], "operationId": "getOpenApiDocument", "summary": "This OpenAPI document",
				    "responses": { "200": {
				      "description": "The OpenAPI 3.1 document of this API.",
				      "headers": {
				        "API-Version": { "$ref": "#/components/headers/API-Version" },
				        "access-control-allow-origin": { "$ref": "#/components/headers/access-control-allow-origin" } },
				      "content": { "application/json": { "schema": { "type": "object" } } } } } } }""";
		return read(json, PathItem.class);
	}

	private Components sharedComponents() {
		try (InputStream in = new ClassPathResource("openapi/components.json").getInputStream()) {
			Components components = Json31.mapper().readValue(in, Components.class);
			Schema<?> pageSize = components.getParameters().get("pageSize").getSchema();
			pageSize.setMaximum(java.math.BigDecimal.valueOf(properties.maxPageSize()));
			pageSize.setDefault(properties.defaultPageSize());
			components.getParameters().get("pageSize")
				.setDescription("Items per page, 1 to " + properties.maxPageSize() + "; more is a 400.");
			return components;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read openapi/components.json", ex);
		}
	}

	static <T> T read(String json, Class<T> type) {
		try {
			return Json31.mapper().readValue(json, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Not a valid OpenAPI fragment: " + json, ex);
		}
	}

}
