package nl.openmkb.catalogue.sparql;

import java.io.ByteArrayOutputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Writes the whole result of a query into memory in one format, counting rows or triples against the result cap and
 * watching the deadline while it does. Nothing reaches the client until the result is complete, so a timeout at any
 * row still becomes a 503 and never a truncated 200.
 */
final class ResultWriter {

	private final long deadlineNanos;

	private final int maxResults;

	private long count;

	ResultWriter(long deadlineNanos, int maxResults) {
		this.deadlineNanos = deadlineNanos;
		this.maxResults = maxResults;
	}

	byte[] write(QueryExec exec, Query query, ResultFormat format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		switch (query.queryType()) {
			case SELECT -> {
				RowSet rows = exec.select();
				RowSet guarded = RowSetStream.create(rows.getResultVars(), guard(rows));
				ResultsWriter.create().lang(format.resultLang()).build().write(out, guarded);
			}
			case ASK -> {
				boolean answer = exec.ask();
				checkDeadline();
				ResultsWriter.create().lang(format.resultLang()).build().write(out, answer);
			}
			case CONSTRUCT -> writeGraph(exec.constructTriples(), query, format, out);
			case DESCRIBE -> writeGraph(exec.describeTriples(), query, format, out);
			default -> throw new SparqlException(SparqlProblem.MALFORMED_QUERY,
					"Only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered.");
		}
		checkDeadline();
		return out.toByteArray();
	}

	private void writeGraph(Iterator<Triple> triples, Query query, ResultFormat format, ByteArrayOutputStream out) {
		Graph graph = GraphFactory.createDefaultGraph();
		graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
		while (triples.hasNext()) {
			graph.add(triples.next());
			if (graph.size() > maxResults) {
				throw tooLarge("triples");
			}
			checkDeadline();
		}
		RDFWriter.source(graph).format(format.rdfFormat()).output(out);
	}

	private Iterator<Binding> guard(RowSet rows) {
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				checkDeadline();
				return rows.hasNext();
			}

			@Override
			public Binding next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				if (++count > maxResults) {
					throw tooLarge("rows");
				}
				return rows.next();
			}

		};
	}

	private void checkDeadline() {
		if (System.nanoTime() - deadlineNanos > 0) {
			throw QueryEvaluator.timeout();
		}
	}

	private SparqlException tooLarge(String what) {
		return new SparqlException(SparqlProblem.RESULT_TOO_LARGE, "The result has more than " + maxResults + " " + what
				+ ". Narrow the query, or page through it with ORDER BY, LIMIT and OFFSET.");
	}

}
