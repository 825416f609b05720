package nl.openmkb.catalogue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Runs the Open mkb catalogue: linked data about public information for small businesses. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenMkbCatalogueApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenMkbCatalogueApplication.class, args);
	}

}
