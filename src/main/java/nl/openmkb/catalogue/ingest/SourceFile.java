package nl.openmkb.catalogue.ingest;

import java.io.ByteArrayInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/**
 * The bytes of one source, before parsing.
 *
 * @param id stable id of the source, which names its graph (e.g. {@code datasets/regulations})
 * @param origin where the bytes came from, for reports and provenance (a path or a URL)
 * @param lang the RDF syntax
 * @param content the raw bytes
 */
public record SourceFile(String id, String origin, Lang lang, byte[] content) {

	/**
	 * Parses the bytes strictly: relative IRIs resolve against {@code base}, and any syntax error or bad IRI throws a
	 * {@link org.apache.jena.riot.RiotException} naming line and column.
	 */
	public Model parse(String base) {
		Model model = ModelFactory.createDefaultModel();
		RDFParser.source(new ByteArrayInputStream(content))
			.lang(lang)
			.base(base)
			.checking(true)
			.errorHandler(ErrorHandlerFactory.errorHandlerStrict)
			.parse(model);
		return model;
	}

}
