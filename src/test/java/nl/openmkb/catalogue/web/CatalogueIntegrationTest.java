package nl.openmkb.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with the curated data loaded at start-up into an embedded store in a
 * fresh temporary directory (removed when the JVM exits), dumps in another. Test classes with this annotation share one context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "catalogue.store.type=embedded",
				"catalogue.store.embedded.directory=${java.io.tmpdir}/open-mkb-api-tests/${random.uuid}",
				"catalogue.publication.downloads-directory=${java.io.tmpdir}/open-mkb-api-tests/downloads-${random.uuid}" })
@Import(TemporaryStoreDirectory.class)
public @interface CatalogueIntegrationTest {
}
