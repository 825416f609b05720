package nl.openmkb.catalogue.store;

import nl.openmkb.catalogue.system.CatalogueProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the configured store. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean(destroyMethod = "close")
	CatalogueStore catalogueStore(StoreProperties properties, CatalogueProperties catalogue) {
		String systemGraph = GraphNames.systemGraph(catalogue.base());
		return switch (properties.type()) {
			case EMBEDDED -> new EmbeddedStore(properties.embedded().directory(), systemGraph);
			case REMOTE -> new RemoteStore(properties.remote(), systemGraph);
		};
	}

}
