package nl.openmkb.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.store.EmbeddedStore;
import nl.openmkb.catalogue.store.GraphNames;
import nl.openmkb.catalogue.store.SourceGraph;
import nl.openmkb.catalogue.store.StoreChange;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a web-slice test of the API needs besides the controllers: the catalogue's components and an in-memory
 * store with the real concept schemes, regions and SBI codes plus the fixtures in {@code catalog/fixtures.ttl}.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = { "nl.openmkb.catalogue.catalog", "nl.openmkb.catalogue.web", "nl.openmkb.catalogue.changes" },
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = TestConfiguration.class))
@EnableConfigurationProperties({ CatalogueProperties.class, ApiProperties.class })
public class CatalogueWebTestConfiguration {

	/** The base the fixtures resolve against (the default {@code catalogue.base-uri}). */
	public static final String BASE = "http://localhost:8080/";

	private static final String[] SOURCES = { "classpath:catalogue/vocab/*.ttl",
			"classpath:catalogue/datasets/generated/regions.ttl", "classpath:catalogue/datasets/generated/sbi-2025.ttl",
			"classpath:catalog/fixtures.ttl" };

	@Bean(destroyMethod = "close")
	CatalogueStore catalogueStore() {
		EmbeddedStore store = EmbeddedStore.inMemory(GraphNames.systemGraph(BASE));
		Model model = ModelFactory.createDefaultModel();
		try {
			for (String pattern : SOURCES) {
				for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
					try (InputStream in = resource.getInputStream()) {
						RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(model);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		write(store, "test/fixtures", model);
		return store;
	}

	/** Replaces one source graph of the store, moving its generation on, as an import would. */
	public static long write(CatalogueStore store, String source, Model content) {
		String graph = GraphNames.sourceGraph(BASE, source);
		return store.apply(StoreChange.replacing(new StoreChange.Replacement(
				new SourceGraph(graph, "test:" + source, Long.toString(System.nanoTime()), content.size(), Instant.now()),
				content)));
	}

	/** A model from Turtle with relative IRIs resolved against {@link #BASE}. */
	public static Model turtle(String text) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(text, Lang.TURTLE).base(BASE).parse(model);
		return model;
	}

}
