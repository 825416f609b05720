package nl.openmkb.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A web-slice test of the REST API: every controller, filter, converter and advice of {@code /api/v1} over an
 * in-memory store holding the test fixtures. All test classes share one application context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The SPARQL endpoint, the linked data publication and stewardship (admin, quality, feedback, harvest) have their own
// integration tests; keep them out of this slice.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "nl\\.openmkb\\.catalogue\\.(sparql|linkeddata|admin|quality|feedback|harvest)\\..*"))
@Import(CatalogueWebTestConfiguration.class)
public @interface CatalogueWebTest {
}
