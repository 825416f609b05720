package nl.openmkb.catalogue.admin;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.openmkb.catalogue.web.ProblemTypes;

import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/** Problem types and bodies of the admin API (its filter answers before Spring MVC, so it writes them itself). */
final class AdminProblems {

	/** 401: no API key, an unknown one or a revoked one. */
	static final URI UNAUTHORIZED = URI.create(ProblemTypes.BASE + "unauthorized");

	/** 403: the key may not write this source. */
	static final URI FORBIDDEN = URI.create(ProblemTypes.BASE + "forbidden");

	private static final ObjectMapper JSON = new ObjectMapper();

	private AdminProblems() {
	}

	static void write(HttpServletResponse response, int status, URI type, String title, String detail, String path)
			throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.toString());
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("instance", path);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
