package nl.openmkb.catalogue.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * How Dutch text becomes search terms, the same for the index, for queries, for highlighting and for reading a
 * question: words (Unicode word boundaries), lower case, accents folded ({@code financiën} → {@code financien}),
 * Dutch stop words dropped, then the Kraaij-Pohlmann stemmer, which brings {@code subsidies} and {@code subsidie},
 * {@code verduurzamen} and {@code verduurzaming}, {@code regelingen} and {@code regeling} together.
 */
public final class DutchAnalysis {

	/** The analyzer; thread-safe, as Lucene analyzers are. */
	public static final Analyzer ANALYZER = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(tokenizer);
			stream = new ASCIIFoldingFilter(stream);
			stream = new StopFilter(stream, STOP_WORDS);
			stream = new SnowballFilter(stream, new KpStemmer());
			return new TokenStreamComponents(tokenizer, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}
	};

	private static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(stopWords());

	private DutchAnalysis() {
	}

	/**
	 * One term of a text with where it stands.
	 * @param term the stemmed term
	 * @param start offset of its first character (UTF-16 code units, as in Java and JavaScript strings)
	 * @param end offset after its last character
	 */
	public record Token(String term, int start, int end) {
	}

	/** The terms of a text in order, with their offsets. */
	public static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/** The terms of a text, in order. */
	public static List<String> terms(String text) {
		return tokens(text).stream().map(Token::term).toList();
	}

	private static CharArraySet stopWords() {
		// Lucene's Dutch list, folded like the text, so "één" and "zóú" go too.
		CharArraySet words = new CharArraySet(200, true);
		for (Object word : DutchAnalyzer.getDefaultStopSet()) {
			char[] chars = (char[]) word;
			char[] folded = new char[chars.length * 4];
			int length = ASCIIFoldingFilter.foldToASCII(chars, 0, folded, 0, chars.length);
			words.add(new String(folded, 0, length));
		}
		return words;
	}

}
