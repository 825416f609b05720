package nl.openmkb.catalogue.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the curated sources that ship with the catalogue: the concept schemes and ontology in {@code vocab/} and the
 * content in {@code datasets/} (the build copies both to {@code catalogue/} on the classpath). SHACL shapes are not
 * data and are left out.
 */
public final class CuratedSources {

	/** Origin prefix of curated sources, so a synchronisation only removes curated graphs. */
	public static final String ORIGIN_PREFIX = "curated:";

	private static final List<String> PATTERNS = List.of("vocab/*.ttl", "datasets/**/*.ttl");

	private final String location;

	/** @param location root holding {@code vocab/} and {@code datasets/}, e.g. {@code classpath:catalogue/} */
	public CuratedSources(String location) {
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** Every curated source, sorted by id. */
	public List<SourceFile> list() {
		var resolver = new PathMatchingResourcePatternResolver();
		List<SourceFile> files = new ArrayList<>();
		try {
			String root = resolver.getResource(location).getURL().toString();
			for (String pattern : PATTERNS) {
				for (Resource resource : resolver.getResources(location + pattern)) {
					String path = resource.getURL().toString();
					if (!path.startsWith(root)) {
						throw new IllegalStateException("Source outside " + root + ": " + path);
					}
					String relative = path.substring(root.length());
					files.add(read(resource, relative));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list curated sources at " + location, ex);
		}
		files.sort(Comparator.comparing(SourceFile::id));
		return files;
	}

	private static SourceFile read(Resource resource, String relative) throws IOException {
		Lang lang = RDFLanguages.filenameToLang(relative, Lang.TURTLE);
		String id = relative.substring(0, relative.lastIndexOf('.'));
		try (InputStream in = resource.getInputStream()) {
			return new SourceFile(id, ORIGIN_PREFIX + relative, lang, in.readAllBytes());
		}
	}

}
