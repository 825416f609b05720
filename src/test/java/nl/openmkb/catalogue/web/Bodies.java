package nl.openmkb.catalogue.web;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads response bodies in tests. */
public final class Bodies {

	private Bodies() {
	}

	/** The body as UTF-8 text. */
	public static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** A value from a JSON body by JSON path. */
	public static <T> T json(MvcTestResult result, String path) {
		return JsonPath.read(text(result), path);
	}

}
