package nl.openmkb.catalogue.web;

import java.util.List;

import nl.openmkb.catalogue.catalog.CatalogueSnapshots;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.hateoas.mediatype.hal.HalConfiguration;
import org.springframework.hateoas.mediatype.hal.HalConfiguration.RenderSingleLinks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the REST API: RDF and CSV converters, the {@code page}/{@code pageSize} and {@code lang} arguments, refusal
 * of unknown parameters, and the filters that run before Spring MVC in this order: {@code API-Version} header, CORS
 * for reads, response cache with ETags.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	/** Link relations that can occur more than once; always rendered as arrays so clients need not check. */
	static final List<String> MULTI_VALUED_RELATIONS = List.of("competentAuthority", "legalResource", "theme",
			"audience", "event", "sector", "area", "steps", "relatedScheme", "relatedRegulation",
			"relatedProvider", "refersTo", "broader", "narrower");

	/** Where the catalogue's JSON-LD context is on the classpath (the build copies {@code vocab/} there). */
	static final String CONTEXT_LOCATION = "classpath:catalogue/vocab/context.jsonld";

	private final ApiProperties properties;

	ApiWebConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
		converters.addCustomConverter(new RdfMessageConverter(jsonLdCompactor()));
		converters.addCustomConverter(new CsvMessageConverter());
	}

	@Bean
	JsonLdCompactor jsonLdCompactor() {
		return new JsonLdCompactor(new DefaultResourceLoader().getResource(CONTEXT_LOCATION));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageRequestResolver(properties));
		resolvers.add(new LanguageResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameters()).addPathPatterns(ApiLinks.BASE_PATH, ApiLinks.BASE_PATH + "/**");
	}

	@Bean
	HalConfiguration halConfiguration() {
		// Plain JSON clients get the same HAL document.
		HalConfiguration hal = new HalConfiguration().withEnforceEmbeddedCollections(true)
			.withMediaType(org.springframework.http.MediaType.APPLICATION_JSON);
		for (String relation : MULTI_VALUED_RELATIONS) {
			hal = hal.withRenderSingleLinksFor(relation, RenderSingleLinks.AS_ARRAY);
		}
		return hal;
	}

	@Bean
	FilterRegistrationBean<ApiVersion> apiVersionFilter() {
		var registration = new FilterRegistrationBean<>(new ApiVersion());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CorsFilter> apiCorsFilter() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin("*");
		cors.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
		cors.setAllowedHeaders(List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_NONE_MATCH,
				HttpHeaders.CONTENT_TYPE));
		cors.setExposedHeaders(List.of(ApiVersion.HEADER, HttpHeaders.ETAG, HttpHeaders.LINK, PagingHeaders.TOTAL_COUNT,
				HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY));
		cors.setMaxAge(3600L);
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(ApiLinks.BASE_PATH + "/**", cors);
		source.registerCorsConfiguration(ApiLinks.BASE_PATH, cors);
		var registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ResponseCache> responseCacheFilter(CatalogueSnapshots snapshots) {
		var registration = new FilterRegistrationBean<>(new ResponseCache(snapshots::generation, properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
