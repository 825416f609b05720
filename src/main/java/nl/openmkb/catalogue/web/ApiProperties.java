package nl.openmkb.catalogue.web;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the REST API under {@code /api/v1}.
 *
 * @param defaultPageSize items per page when {@code pageSize} is not given
 * @param maxPageSize the largest {@code pageSize} accepted; larger is a 400
 * @param maxAge how long clients and caches may reuse a response before revalidating ({@code Cache-Control: max-age})
 * @param responseCacheSize memory for rendered responses of the current store generation
 * @param contact who answers questions about the API, as published in the OpenAPI document (ADR requires name, url
 * and email)
 */
@Validated
@ConfigurationProperties("catalogue.api")
public record ApiProperties(@DefaultValue("20") @Min(1) int defaultPageSize, @DefaultValue("100") @Min(1) @Max(1000) int maxPageSize,
		@DefaultValue("60s") Duration maxAge, @DefaultValue("64MB") DataSize responseCacheSize,
		@DefaultValue Contact contact) {

	public ApiProperties {
		if (defaultPageSize > maxPageSize) {
			throw new IllegalArgumentException("catalogue.api.default-page-size must not exceed catalogue.api.max-page-size");
		}
	}

	/**
	 * The API's contact in the OpenAPI document.
	 *
	 * @param name who maintains it
	 * @param url where to read about it or report problems
	 * @param email where to write; the default is a placeholder: set {@code catalogue.api.contact.email} per deployment
	 */
	public record Contact(@DefaultValue("Open mkb catalogue") String name,
			@DefaultValue("https://w3id.org/open-mkb") String url, @DefaultValue("api@example.org") String email) {
	}

}
