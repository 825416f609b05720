package nl.openmkb.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import nl.openmkb.catalogue.catalog.Language;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Fills in each API operation of the OpenAPI document from its handler method: a readable operation id, the shared
 * parameters by reference (filters, {@code page}, {@code pageSize}, {@code lang}, {@code Accept-Language},
 * {@code If-None-Match}), the 200 response in every media type the handler produces with its headers, and the 304,
 * 400, 404, 406, 500 and 503 responses as problem details.
 */
@Component
class OpenApiOperations implements OperationCustomizer {

	private static final Set<String> SHARED_PARAMETERS = Set.of("theme", "event", "audience", "sbi", "municipality",
			"province", "status", "kind", "provider", "q", "modifiedSince", "broader", "level");

	private static final String TURTLE_EXAMPLE = """
			PREFIX cv:  <http://data.europa.eu/m8g/>
			PREFIX dct: <http://purl.org/dc/terms/>

			<http://localhost:8080/id/subsidy/wbso> a <http://purl.org/vocab/cpsv#PublicService> ;
			    dct:identifier "wbso" ;
			    dct:title "WBSO (S&O-afdrachtvermindering)"@nl ;
			    cv:hasCompetentAuthority <http://localhost:8080/id/provider/rvo> .
			""";

	private static final String N_TRIPLES_EXAMPLE = "<http://localhost:8080/id/subsidy/wbso> "
			+ "<http://purl.org/dc/terms/identifier> \"wbso\" .\n";

	/** Schemas the operations refer to, by name; added to the document's components by {@link OpenApiDocument}. */
	private final Map<String, Schema> schemas = new ConcurrentSkipListMap<>();

	Map<String, Schema> schemas() {
		return schemas;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod method) {
		GetMapping mapping = method.getMethodAnnotation(GetMapping.class);
		if (mapping == null || !method.getBeanType().getPackageName().startsWith("nl.openmkb.catalogue.")) {
			return operation;
		}
		ApiCollection collection = method.getMethodAnnotation(ApiCollection.class);
		ApiResource resource = method.getMethodAnnotation(ApiResource.class);
		String name = method.getMethod().getName();
		operation.setOperationId((collection != null ? "list" : "get") + StringUtils.capitalize(name));
		if (operation.getTags() == null || operation.getTags().isEmpty()) {
			operation.setTags(List.of(method.getBeanType().getSimpleName().startsWith("Reference") ? "Reference lists" : "API"));
		}
		if (operation.getSummary() == null) {
			String words = String.join(" ", StringUtils.delimitedListToStringArray(
					name.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT), " "));
			operation.setSummary(collection != null ? "List " + words : "Get one " + words);
		}
		operation.setParameters(parameters(operation, method));
		String body = collection != null ? pageSchema(collection) : resource != null ? resourceSchema(resource) : "Root";
		ApiResponses responses = new ApiResponses();
		responses.addApiResponse("200", ok(mapping.produces(), body, collection != null));
		responses.addApiResponse("304", ref("NotModified"));
		responses.addApiResponse("400", ref("BadRequest"));
		if (collection != null || resource != null) {
			responses.addApiResponse("404", ref("NotFound"));
		}
		responses.addApiResponse("406", ref("NotAcceptable"));
		responses.addApiResponse("500", ref("InternalError"));
		responses.addApiResponse("503", ref("StoreUnavailable"));
		operation.setResponses(responses);
		return operation;
	}

	private static List<Parameter> parameters(Operation operation, HandlerMethod method) {
		List<Parameter> parameters = new ArrayList<>();
		for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
			if (SHARED_PARAMETERS.contains(parameter.getName())) {
				parameters.add(parameterRef(parameter.getName()));
			}
			else {
				if ("path".equals(parameter.getIn())) {
					parameter.setDescription("id".equals(parameter.getName())
							? "The identifier of the resource (its slug or code), as in its self link."
							: "The position of the step in the guide, from 1.");
				}
				parameters.add(parameter);
			}
		}
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.getParameterType() == PageRequest.class) {
				parameters.add(parameterRef("page"));
				parameters.add(parameterRef("pageSize"));
			}
			else if (parameter.getParameterType() == Language.class) {
				parameters.add(parameterRef("lang"));
				parameters.add(parameterRef("Accept-Language"));
			}
		}
		parameters.add(parameterRef("If-None-Match"));
		return parameters;
	}

	private ApiResponse ok(String[] produces, String schema, boolean collection) {
		Content content = new Content();
		for (String type : produces) {
			MediaType media = new MediaType();
			switch (type) {
				case ApiMediaTypes.HAL_JSON, ApiMediaTypes.JSON -> media.setSchema(schemaRef(schema));
				case ApiMediaTypes.LD_JSON -> media.setSchema(schemaRef("JsonLd"));
				case ApiMediaTypes.TURTLE -> media.schema(text("Turtle.")).example(TURTLE_EXAMPLE);
				case ApiMediaTypes.N_TRIPLES -> media.schema(text("N-Triples.")).example(N_TRIPLES_EXAMPLE);
				case ApiMediaTypes.CSV -> media.schema(text("RFC 4180 CSV with a header row; several values in one cell are separated by |."))
					.example("identifier,title,description\r\nwbso,WBSO (S&O-afdrachtvermindering),Korting op de loonheffing.\r\n");
				default -> media.setSchema(text(type));
			}
			content.addMediaType(type, media);
		}
		ApiResponse response = new ApiResponse()
			.description(collection ? "A page of the collection. HAL has the items in _embedded, paging links in _links "
					+ "and the counts in page; RDF and CSV have paging in Link and X-Total-Count headers."
					: "The resource, in the representation asked for with Accept.")
			.content(content);
		for (String header : List.of("API-Version", "ETag", "Cache-Control", "Vary", "Content-Language",
				"access-control-allow-origin")) {
			response.addHeaderObject(header, headerRef(header));
		}
		if (collection) {
			response.addHeaderObject("Link", headerRef("Link"));
			response.addHeaderObject("X-Total-Count", headerRef("X-Total-Count"));
		}
		return response;
	}

	private String pageSchema(ApiCollection collection) {
		String item = register(collection.item());
		String name = StringUtils.capitalize(collection.relation()) + "Page";
		schemas.computeIfAbsent(name, n -> OpenApiDocument.read("""
				{ "type": "object", "required": ["_embedded", "_links", "page"],
				  "properties": {
				    "_embedded": { "type": "object", "required": ["%1$s"], "properties": {
				      "%1$s": { "type": "array", "items": { "allOf": [
				        { "$ref": "#/components/schemas/%2$s" },
				        { "type": "object", "required": ["_links"], "properties": { "_links": { "$ref": "#/components/schemas/Links" } } } ] } } } },
				    "_links": { "$ref": "#/components/schemas/PagingLinks" },
				    "page": { "$ref": "#/components/schemas/PageMetadata" } } }""".formatted(collection.relation(), item),
				Schema.class));
		return name;
	}

	private String resourceSchema(ApiResource resource) {
		String item = register(resource.value());
		String name = item + "Resource";
		String embedded = "";
		if (!resource.embeddedRelation().isEmpty()) {
			String embeddedItem = register(resource.embeddedItem());
			embedded = """
					, "_embedded": { "type": "object", "properties": { "%s": { "type": "array", "items": { "allOf": [
					    { "$ref": "#/components/schemas/%s" },
					    { "type": "object", "properties": { "_links": { "$ref": "#/components/schemas/Links" } } } ] } } } }"""
				.formatted(resource.embeddedRelation(), embeddedItem);
		}
		String json = """
				{ "allOf": [ { "$ref": "#/components/schemas/%s" },
				  { "type": "object", "required": ["_links"], "properties": {
				    "_links": { "$ref": "#/components/schemas/Links" }%s } } ] }""".formatted(item, embedded);
		schemas.computeIfAbsent(name, n -> OpenApiDocument.read(json, Schema.class));
		return name;
	}

	/** Adds the schema of a record (and of the records it uses) and returns its name. */
	private String register(Class<?> type) {
		ModelConverters.getInstance(true).readAll(type).forEach(schemas::putIfAbsent);
		return type.getSimpleName();
	}

	private static Schema<?> text(String description) {
		return OpenApiDocument.read("{ \"type\": \"string\", \"description\": \"" + description + "\" }", Schema.class);
	}

	private static Schema<?> schemaRef(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	private static Parameter parameterRef(String name) {
		return new Parameter().$ref("#/components/parameters/" + name);
	}

	private static Header headerRef(String name) {
		return new Header().$ref("#/components/headers/" + name);
	}

	private static ApiResponse ref(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

}
