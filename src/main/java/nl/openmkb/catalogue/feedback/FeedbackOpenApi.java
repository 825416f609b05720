package nl.openmkb.catalogue.feedback;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Documents {@code POST /feedback} in the OpenAPI document: its body, and 202, 400, 429 and 500 answers. */
@Component
class FeedbackOpenApi implements OperationCustomizer {

	private static final String REQUEST = """
			{ "required": true, "content": { "application/json": { "schema": {
			  "type": "object", "required": ["item", "score"], "properties": {
			    "item": { "type": "string", "description": "The IRI or {type}/{slug} of a scheme (subsidy), regulation, guide or provider, e.g. subsidy/wbso." },
			    "score": { "type": "integer", "minimum": 0, "maximum": 10, "description": "How likely you are to recommend it, 0 to 10." },
			    "comment": { "type": "string", "maxLength": 500, "description": "Optional, short; no personal data. Kept for the stewards, never published." } } },
			  "example": { "item": "subsidy/wbso", "score": 9, "comment": "Duidelijke uitleg." } } } }""";

	private static final String RESPONSES = """
			{ "202": { "description": "The feedback is kept.",
			    "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } },
			    "content": { "application/json": { "schema": { "type": "object", "properties": {
			      "item": { "type": "string" }, "score": { "type": "integer" } } } } } },
			  "400": { "$ref": "#/components/responses/BadRequest" },
			  "415": { "description": "The body is not application/json.",
			    "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } },
			    "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
			  "429": { "description": "Too much feedback from this client; try again after Retry-After seconds.",
			    "headers": { "API-Version": { "$ref": "#/components/headers/API-Version" } },
			    "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
			  "500": { "$ref": "#/components/responses/InternalError" } }""";

	@Override
	public Operation customize(Operation operation, HandlerMethod method) {
		if (method.getBeanType() != FeedbackController.class) {
			return operation;
		}
		operation.setOperationId("giveFeedback");
		try {
			operation.setRequestBody(Json31.mapper().readValue(REQUEST, RequestBody.class));
			operation.setResponses(Json31.mapper().readValue(RESPONSES, ApiResponses.class));
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("Bad OpenAPI fragment", ex);
		}
		return operation;
	}

}
