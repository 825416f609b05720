package nl.openmkb.catalogue.sparql;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A SPARQL request that ends in a problem response; {@link SparqlProblems} turns it into one. */
final class SparqlException extends RuntimeException {

	private final SparqlProblem problem;

	private final Map<String, Object> properties;

	SparqlException(SparqlProblem problem, String detail) {
		this(problem, detail, Map.of(), null);
	}

	SparqlException(SparqlProblem problem, String detail, Map<String, Object> properties, @Nullable Throwable cause) {
		super(detail, cause, false, false);
		this.problem = problem;
		this.properties = Map.copyOf(properties);
	}

	SparqlProblem problem() {
		return problem;
	}

	/** Extra members of the problem body, such as {@code line} and {@code column} of a syntax error. */
	Map<String, Object> properties() {
		return properties;
	}

}
