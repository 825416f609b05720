package nl.openmkb.catalogue.web;

import nl.openmkb.catalogue.catalog.Language;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.hateoas.RepresentationModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * States the label language of HAL, JSON and CSV responses in {@code Content-Language}. RDF responses carry every
 * language and errors are in English, so they get none.
 */
@ControllerAdvice
class ContentLanguageAdvice implements ResponseBodyAdvice<Object> {

	/** The request attribute holding the {@link Language} picked for the response. */
	static final String ATTRIBUTE = ContentLanguageAdvice.class.getName() + ".language";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return RepresentationModel.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
		if (request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest().getAttribute(ATTRIBUTE) instanceof Language language
				&& ApiMediaTypes.RDF.stream().noneMatch(contentType::isCompatibleWith)) {
			response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, language.tag());
		}
		return body;
	}

}
