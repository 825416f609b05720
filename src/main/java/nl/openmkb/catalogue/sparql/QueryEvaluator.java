package nl.openmkb.catalogue.sparql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.openmkb.catalogue.store.CatalogueStore;
import nl.openmkb.catalogue.system.CatalogueProperties;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Evaluates SPARQL queries for the endpoint, in the order Fuseki uses: parse with a fixed base, check the policy
 * (no SERVICE), choose the dataset, then answer from the cache or run the query in one read transaction of the store
 * under a deadline (the server's timeout caps the client's) and write the complete result before anything is sent.
 */
@Component
final class QueryEvaluator implements DisposableBean {

	private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

	private final CatalogueStore store;

	private final SparqlProperties properties;

	private final ResultCache cache;

	private final String base;

	private final Cache<String, Query> parsed = Caffeine.newBuilder().maximumSize(1_000).build();

	private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "sparql-timeout");
		thread.setDaemon(true);
		return thread;
	});

	QueryEvaluator(CatalogueStore store, SparqlProperties properties, ResultCache cache, CatalogueProperties catalogue) {
		this.store = store;
		this.properties = properties;
		this.cache = cache;
		this.base = catalogue.base();
	}

	/**
	 * Parses a query against the catalogue's base IRI and checks it against the policy. Queries that passed are kept
	 * by their text, so a repeated query costs neither parsing nor the check again; a {@link Query} is only read
	 * after parsing, so executions may share it.
	 */
	Query parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new SparqlException(SparqlProblem.MISSING_QUERY, "The query is empty.");
		}
		Query known = parsed.getIfPresent(text);
		if (known != null) {
			return known;
		}
		Query query;
		try {
			query = QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
		}
		catch (QueryParseException ex) {
			String message = String.valueOf(ex.getMessage());
			// The parser's message names the offending token's position, which is more precise than the exception's.
			Matcher position = POSITION.matcher(message);
			boolean found = position.find();
			int line = found ? Integer.parseInt(position.group(1)) : ex.getLine();
			int column = found ? Integer.parseInt(position.group(2)) : ex.getColumn();
			throw new SparqlException(SparqlProblem.MALFORMED_QUERY, message, Map.of("line", line, "column", column), ex);
		}
		catch (QueryException ex) {
			throw new SparqlException(SparqlProblem.MALFORMED_QUERY, String.valueOf(ex.getMessage()), Map.of(), ex);
		}
		if (usesService(Algebra.compile(query))) {
			throw federationDisabled();
		}
		parsed.put(text, query);
		return query;
	}

	/**
	 * The complete result of {@code query} in {@code format}. The dataset is the protocol's ({@code default-graph-uri},
	 * {@code named-graph-uri}) when given, else the query's FROM and FROM NAMED, else the union of the source graphs.
	 */
	QueryResult evaluate(ProtocolRequest request, Query query, ResultFormat format) {
		boolean protocolDataset = !request.defaultGraphs().isEmpty() || !request.namedGraphs().isEmpty();
		List<String> defaultGraphs = protocolDataset ? request.defaultGraphs() : List.copyOf(query.getGraphURIs());
		List<String> namedGraphs = protocolDataset ? request.namedGraphs() : List.copyOf(query.getNamedGraphURIs());
		// Read before the query starts: a result can then only be newer than its key, never older.
		long generation = store.generation();
		var key = new ResultCache.Key(String.valueOf(request.query()), defaultGraphs, namedGraphs, format, generation);
		byte[] cached = cache.get(key);
		if (cached != null) {
			return new QueryResult(cached, format, true);
		}
		Duration timeout = timeout(request.timeout());
		long deadline = System.nanoTime() + timeout.toNanos();
		byte[] body = store.query(query, defaultGraphs, namedGraphs, builder -> {
			builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
				.set(Service.httpServiceAllowed, false)
				.set(Service.serviceAllowed, false);
			return run(builder.build(), query, format, deadline);
		});
		cache.put(key, body);
		return new QueryResult(body, format, false);
	}

	/**
	 * The cached result of a GET whose only parameter is {@code query}, negotiated as the controller would, or
	 * {@code null} when the controller must answer: the query is not known yet, the client wants the HTML page or a
	 * format the query cannot give, or there is no result of the current generation. Costs no parsing and no store
	 * access; a {@code null} changes nothing, the request then takes the normal path.
	 */
	@Nullable QueryResult cachedAnswer(String text, @Nullable String accept) {
		Query query = parsed.getIfPresent(text);
		if (query == null) {
			return null;
		}
		ResultFormat.Kind kind = query.isSelectType() || query.isAskType() ? ResultFormat.Kind.RESULTS : ResultFormat.Kind.GRAPH;
		ResultFormat format = Negotiated.format(accept, kind);
		if (format == null) {
			return null;
		}
		byte[] cached = cache.get(new ResultCache.Key(text, List.of(), List.of(), format, store.generation()));
		return cached == null ? null : new QueryResult(cached, format, true);
	}

	/** Negotiation results per Accept header and kind, so a repeated request does not parse its header again. */
	private static final class Negotiated {

		private static final Cache<String, Object> FORMATS = Caffeine.newBuilder().maximumSize(256).build();

		private static final Object NONE = new Object();

		static @Nullable ResultFormat format(@Nullable String accept, ResultFormat.Kind kind) {
			Object known = FORMATS.get(kind + "\n" + accept, k -> {
				// As the controller: a browser asking for HTML gets the query page, not a cached result.
				if (ResultFormat.negotiate(accept, ResultFormat.of(ResultFormat.Kind.RESULTS, ResultFormat.Kind.GRAPH,
						ResultFormat.Kind.PAGE)) == ResultFormat.HTML) {
					return NONE;
				}
				ResultFormat format = ResultFormat.negotiate(accept, ResultFormat.of(kind));
				return format == null ? NONE : format;
			});
			return known instanceof ResultFormat format ? format : null;
		}

	}

	/** The timeout of one query: the server's, or the client's when that is shorter. */
	Duration timeout(@Nullable Duration requested) {
		Duration server = properties.timeout();
		return requested == null || requested.compareTo(server) > 0 ? server : requested;
	}

	private byte[] run(QueryExec exec, Query query, ResultFormat format, long deadline) {
		AtomicBoolean alarmRang = new AtomicBoolean();
		// Jena's own timeout covers local execution; the alarm also stops a remote store's response mid-stream.
		ScheduledFuture<?> alarm = alarms.schedule(() -> {
			alarmRang.set(true);
			exec.abort();
		}, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		try {
			return new ResultWriter(deadline, properties.maxResults()).write(exec, query, format);
		}
		catch (SparqlException ex) {
			throw ex;
		}
		catch (QueryDeniedException ex) {
			throw federationDisabled();
		}
		catch (RuntimeException ex) {
			if (ex instanceof QueryCancelledException || alarmRang.get() || System.nanoTime() - deadline >= 0) {
				throw timeout();
			}
			throw ex;
		}
		finally {
			alarm.cancel(false);
			exec.close();
		}
	}

	static SparqlException timeout() {
		return new SparqlException(SparqlProblem.QUERY_TIMEOUT,
				"The query ran longer than the endpoint allows. Make it more selective, or add a LIMIT.");
	}

	private static SparqlException federationDisabled() {
		return new SparqlException(SparqlProblem.FEDERATION_DISABLED,
				"This endpoint does not run SERVICE clauses; query the other endpoint yourself.");
	}

	/** Whether the algebra calls SERVICE anywhere, including inside EXISTS, sub-queries and ORDER BY. */
	static boolean usesService(Op op) {
		boolean[] found = { false };
		ExprVisitorBase expressions = new ExprVisitorBase() {
			@Override
			public void visit(org.apache.jena.sparql.expr.ExprFunctionOp function) {
				found[0] |= usesService(function.getGraphPattern());
			}
		};
		Walker.walk(op, new OpVisitorBase() {
			@Override
			public void visit(OpService service) {
				found[0] = true;
			}

			@Override
			public void visit(OpOrder order) {
				order.getConditions().forEach(condition -> Walker.walk(condition.getExpression(), expressions));
			}
		}, expressions);
		return found[0];
	}

	@Override
	public void destroy() {
		alarms.shutdownNow();
	}

	/**
	 * A complete result, ready to send.
	 *
	 * @param body the serialized result
	 * @param format its format
	 * @param cached whether it came from the cache
	 */
	record QueryResult(byte[] body, ResultFormat format, boolean cached) {
	}

}
