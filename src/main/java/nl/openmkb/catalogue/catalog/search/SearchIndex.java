package nl.openmkb.catalogue.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A Lucene index of one snapshot, in memory and never changed after it is built.
 * <p>
 * Every document has four analysed fields: {@code title} (titles and labels in every language), {@code names}
 * (identifiers, codes, BWB ids), {@code body} (descriptions, guide steps, channels) and {@code tags} (labels of the
 * themes, events, sectors, authorities and areas it is linked to). A query term scores on them with the boosts in
 * {@link #BOOSTS}, and a term of four letters or more also matches as the start of a longer word (compounds:
 * {@code energie} finds {@code energiebesparing}) in titles and bodies, at a lower boost. Scores are BM25.
 */
public final class SearchIndex {

	/** Field boosts: a word in the title counts most. */
	static final List<FieldBoost> BOOSTS = List.of(new FieldBoost("title", 4f, 1.5f), new FieldBoost("names", 3f, 0f),
			new FieldBoost("body", 1f, 0.4f), new FieldBoost("tags", 1f, 0f));

	/** The shortest term that also matches as a word start. */
	static final int PREFIX_LENGTH = 4;

	private final List<SearchDocument> documents;

	private final IndexSearcher searcher;

	/** The analysed catalogue texts that snippets were cut from: finite (the catalogue's own texts), kept per snapshot. */
	private final java.util.Map<String, List<DutchAnalysis.Token>> tokens = new java.util.concurrent.ConcurrentHashMap<>();

	/** The query of one term over every field (prefix automata are costly to build); queries are immutable. */
	private final com.github.benmanes.caffeine.cache.Cache<String, Query> termQueries = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(20_000)
		.build();

	private SearchIndex(List<SearchDocument> documents, IndexSearcher searcher) {
		this.documents = documents;
		this.searcher = searcher;
	}

	/** How much a field counts for a whole word and for a word start. */
	record FieldBoost(String field, float term, float prefix) {
	}

	/**
	 * The text of one document per field, built by {@link SearchRepository}.
	 */
	record Fields(String title, String names, String body, String tags) {
	}

	/** A document with its score. */
	public record Scored(SearchDocument document, float score) {
	}

	/** Whether every query word must match, or any. */
	public enum Match {
		/** Every word must match (the search resource). */
		ALL,
		/** Any word may match; more matches score higher (reading a question). */
		ANY
	}

	/** Indexes the documents, in their order. */
	static SearchIndex build(List<SearchDocument> documents, List<Fields> fields) {
		// Every file as one buffer: each search clones its inputs, and a clone of a file kept as many small buffers
		// copies the list of them (most of what a search allocated).
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		IndexWriterConfig config = new IndexWriterConfig(DutchAnalysis.ANALYZER).setRAMBufferSizeMB(256);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (int i = 0; i < fields.size(); i++) {
				Fields f = fields.get(i);
				Document doc = new Document();
				doc.add(new StringField("type", documents.get(i).type().identifier(), Field.Store.NO));
				doc.add(new TextField("title", f.title(), Field.Store.NO));
				doc.add(new TextField("names", f.names(), Field.Store.NO));
				doc.add(new TextField("body", f.body(), Field.Store.NO));
				doc.add(new TextField("tags", f.tags(), Field.Store.NO));
				writer.addDocument(doc);
			}
			// One segment, no deletions: Lucene's document numbers are the positions in the list.
			writer.forceMerge(1);
			writer.commit();
			IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
			// Lucene caches no clause of an index this small anyway; skip tracking every query for it.
			searcher.setQueryCache(null);
			return new SearchIndex(List.copyOf(documents), searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The tokens of one of the catalogue's texts, analysed once per snapshot. */
	public List<DutchAnalysis.Token> tokens(String text) {
		return tokens.computeIfAbsent(text, DutchAnalysis::tokens);
	}

	/** Every indexed document, in index order. */
	public List<SearchDocument> documents() {
		return documents;
	}

	/** The distinct terms of a text, as the index has them. */
	public static Set<String> queryTerms(String text) {
		return new LinkedHashSet<>(DutchAnalysis.terms(text));
	}

	/** The documents matching the text, best first; ties keep the index order (type, then title). */
	public List<Scored> search(String text, Match match) {
		return search(text, match, Set.of());
	}

	/** The documents of the given types (all when empty) matching the text, best first. */
	public List<Scored> search(String text, Match match, Set<SearchType> types) {
		Set<String> terms = queryTerms(text);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (String term : terms) {
			words.add(termQueries.get(term, this::termQuery), match == Match.ALL ? Occur.MUST : Occur.SHOULD);
		}
		query.add(words.build(), Occur.MUST);
		if (!types.isEmpty()) {
			BooleanQuery.Builder anyType = new BooleanQuery.Builder();
			for (SearchType type : types) {
				anyType.add(new TermQuery(new Term("type", type.identifier())), Occur.SHOULD);
			}
			query.add(anyType.build(), Occur.FILTER);
		}
		try {
			// Every match is wanted (for the total), so collect them all and sort once, instead of a top-n heap the
			// size of the index.
			AllHits hits = new AllHits();
			searcher.search(query.build(), hits);
			hits.found.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
			List<Scored> found = new ArrayList<>(hits.found.size());
			for (ScoreDoc hit : hits.found) {
				found.add(new Scored(documents.get(hit.doc), hit.score));
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Collects every matching document with its score (one segment: document numbers are positions). */
	private static final class AllHits extends org.apache.lucene.search.SimpleCollector {

		private final List<ScoreDoc> found = new ArrayList<>();

		private org.apache.lucene.search.Scorable scorer;

		@Override
		public void setScorer(org.apache.lucene.search.Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			found.add(new ScoreDoc(doc, scorer.score()));
		}

		@Override
		public org.apache.lucene.search.ScoreMode scoreMode() {
			return org.apache.lucene.search.ScoreMode.COMPLETE;
		}

	}

	/**
	 * The query of one term over every field, with the term's statistics looked up once (the index never changes),
	 * so that a search does not look every term up in the term dictionary again.
	 */
	private Query termQuery(String term) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (FieldBoost boost : BOOSTS) {
			Term fieldTerm = new Term(boost.field(), term);
			TermStates states;
			try {
				states = TermStates.build(searcher, fieldTerm, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			any.add(new BoostQuery(new TermQuery(fieldTerm, states), boost.term()), Occur.SHOULD);
			if (boost.prefix() > 0 && term.length() >= PREFIX_LENGTH) {
				any.add(new BoostQuery(new PrefixQuery(new Term(boost.field(), term)), boost.prefix()), Occur.SHOULD);
			}
		}
		return any.build();
	}

}
