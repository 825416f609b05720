package nl.openmkb.catalogue.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the API-key check in front of {@code /api/v1/admin} only, before the response cache, so no other endpoint
 * is touched.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

	@Bean
	FilterRegistrationBean<ApiKeyFilter> adminApiKeyFilter(AdminProperties properties) {
		var registration = new FilterRegistrationBean<>(new ApiKeyFilter(properties));
		registration.addUrlPatterns("/api/v1/admin", "/api/v1/admin/*");
		// After the API-Version header filter, before the response cache (which never stores admin answers anyway).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
