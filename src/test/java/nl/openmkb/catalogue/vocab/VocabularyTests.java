package nl.openmkb.catalogue.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term in the constants classes exists where it is defined. */
class VocabularyTests {

	static List<Resource> terms(Class<?> vocabulary) {
		return Arrays.stream(vocabulary.getFields())
			.filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
			.map(VocabularyTests::value)
			.toList();
	}

	static Resource value(Field field) {
		try {
			return (Resource) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyOwnTermIsDefinedInTheOntologyWithDutchAndEnglishLabels() {
		Model ontology = RDFDataMgr.loadModel("catalogue/vocab/ontology.ttl");

		assertThat(terms(MKB.class)).isNotEmpty().allSatisfy(term -> {
			assertThat(term.getURI()).startsWith(MKB.NS);
			assertThat(ontology.listObjectsOfProperty(ontology.createResource(term.getURI()), RDFS.label).toList())
				.as(term.getURI())
				.extracting(label -> label.asLiteral().getLanguage())
				.contains("nl", "en");
		});
	}

	@Test
	void everyCoreVocabularyTermIsInCpsvAp() {
		Model cpsvAp = RDFDataMgr.loadModel("conformance/cpsv-ap-3.2.0/cpsv-ap-3.2.0-vocabulary.ttl");

		for (Class<?> vocabulary : List.of(CV.class, CPSV.class)) {
			assertThat(terms(vocabulary)).allSatisfy(term -> assertThat(cpsvAp.containsResource(term)).as(term.getURI()).isTrue());
		}
	}

}
