package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Base of the API's own converters: they only write (the read API accepts no bodies) and add the paging headers. */
abstract class WriteOnlyMessageConverter<T> extends AbstractHttpMessageConverter<T> {

	private final Class<T> type;

	WriteOnlyMessageConverter(Class<T> type, MediaType... mediaTypes) {
		super(StandardCharsets.UTF_8, mediaTypes);
		this.type = type;
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return type.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canRead(@Nullable MediaType mediaType) {
		return false;
	}

	@Override
	protected T readInternal(Class<? extends T> clazz, HttpInputMessage inputMessage) {
		throw new HttpMessageNotReadableException("The API does not read request bodies", inputMessage);
	}

	@Override
	protected void addDefaultHeaders(HttpHeaders headers, T model, @Nullable MediaType mediaType) throws IOException {
		super.addDefaultHeaders(headers, model, mediaType);
		PagingHeaders.add(headers, model);
	}

}
