package nl.openmkb.catalogue.catalog.referral;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.Concept;
import nl.openmkb.catalogue.catalog.ConceptScheme;
import nl.openmkb.catalogue.catalog.Concepts;
import nl.openmkb.catalogue.catalog.search.DutchAnalysis;

/**
 * Reads a question in plain Dutch for the themes, business events and audiences it is about. Each concept has
 * phrases: its own preferred labels and the phrases in {@code classpath:referral/synonyms.txt}. A phrase matches when
 * its stemmed words occur next to each other in the question's stemmed words; a phrase ending in {@code *} matches
 * every word of the question starting with it (compared in lower case with accents folded, before stemming). A
 * concept's score is the number of its distinct phrases that match. Built once per snapshot.
 */
public final class QuestionReader {

	/** Where the synonyms are on the classpath. */
	public static final String SYNONYMS = "referral/synonyms.txt";

	private final List<Rule> rules;

	private QuestionReader(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** One phrase of one concept. */
	record Rule(Concept concept, String phrase, List<String> stems, boolean prefix) {
	}

	/**
	 * What a question is about.
	 *
	 * @param concept the theme, event or audience
	 * @param score the number of its phrases that matched
	 * @param words the words of the question that matched, as written
	 */
	public record Match(Concept concept, int score, List<String> words) {
	}

	/** The reader of a snapshot (cached on it). */
	public static QuestionReader of(CatalogueSnapshot snapshot) {
		return snapshot.derived(QuestionReader.class, QuestionReader::build);
	}

	/** The synonym lines as {@code type/identifier → phrases}, in file order. */
	public static Map<String, List<String>> synonyms() {
		Map<String, List<String>> synonyms = new LinkedHashMap<>();
		try (InputStream in = QuestionReader.class.getClassLoader().getResourceAsStream(SYNONYMS)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + SYNONYMS);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String key = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String phrases = line;
				if (!Character.isWhitespace(line.charAt(0))) {
					int colon = line.indexOf(':');
					if (colon < 0) {
						throw new IllegalStateException(SYNONYMS + ": no 'type/identifier:' in line " + line);
					}
					key = line.substring(0, colon).strip();
					phrases = line.substring(colon + 1);
				}
				if (key == null) {
					throw new IllegalStateException(SYNONYMS + ": continuation before the first concept: " + line);
				}
				List<String> list = synonyms.computeIfAbsent(key, k -> new ArrayList<>());
				for (String phrase : phrases.split(",")) {
					if (!phrase.isBlank()) {
						list.add(phrase.strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return synonyms;
	}

	private static QuestionReader build(CatalogueSnapshot snapshot) {
		Concepts concepts = Concepts.of(snapshot);
		Map<String, ConceptScheme> schemes = Map.of("theme", ConceptScheme.THEMES, "event", ConceptScheme.BUSINESS_EVENTS,
				"audience", ConceptScheme.AUDIENCES);
		List<Rule> rules = new ArrayList<>();
		for (ConceptScheme scheme : List.of(ConceptScheme.THEMES, ConceptScheme.BUSINESS_EVENTS, ConceptScheme.AUDIENCES)) {
			for (Concept concept : concepts.inScheme(scheme.iri(snapshot))) {
				for (String label : concept.label().byLanguage().values()) {
					add(rules, concept, label);
				}
			}
		}
		synonyms().forEach((key, phrases) -> {
			int slash = key.indexOf('/');
			ConceptScheme scheme = slash > 0 ? schemes.get(key.substring(0, slash)) : null;
			if (scheme == null) {
				return;
			}
			concepts.find(scheme.iri(snapshot), key.substring(slash + 1)).ifPresent(concept -> {
				for (String phrase : phrases) {
					add(rules, concept, phrase);
				}
			});
		});
		return new QuestionReader(rules);
	}

	private static void add(List<Rule> rules, Concept concept, String phrase) {
		if (phrase.endsWith("*")) {
			String prefix = fold(phrase.substring(0, phrase.length() - 1)).strip();
			if (!prefix.isEmpty()) {
				rules.add(new Rule(concept, phrase, List.of(prefix), true));
			}
			return;
		}
		List<String> stems = DutchAnalysis.terms(phrase);
		if (!stems.isEmpty()) {
			rules.add(new Rule(concept, phrase, stems, false));
		}
	}

	/** The themes, events and audiences the question is about, best first (then in vocabulary order). */
	public List<Match> read(String question) {
		List<DutchAnalysis.Token> tokens = DutchAnalysis.tokens(question);
		List<String> stems = tokens.stream().map(DutchAnalysis.Token::term).toList();
		List<String> words = tokens.stream().map(t -> question.substring(t.start(), t.end())).toList();
		List<String> folded = words.stream().map(QuestionReader::fold).toList();
		Map<Concept, Set<String>> phrases = new LinkedHashMap<>();
		Map<Concept, Set<String>> matchedWords = new LinkedHashMap<>();
		for (Rule rule : rules) {
			for (int i = 0; i < tokens.size(); i++) {
				int length = matchAt(rule, stems, folded, i);
				if (length > 0) {
					phrases.computeIfAbsent(rule.concept(), c -> new LinkedHashSet<>()).add(rule.phrase());
					Set<String> found = matchedWords.computeIfAbsent(rule.concept(), c -> new LinkedHashSet<>());
					found.add(question.substring(tokens.get(i).start(), tokens.get(i + length - 1).end()));
				}
			}
		}
		List<Match> matches = new ArrayList<>();
		phrases.forEach((concept, matched) -> matches
			.add(new Match(concept, matched.size(), List.copyOf(matchedWords.get(concept)))));
		matches.sort((a, b) -> Integer.compare(b.score(), a.score()));
		return matches;
	}

	private static int matchAt(Rule rule, List<String> stems, List<String> folded, int i) {
		if (rule.prefix()) {
			return folded.get(i).startsWith(rule.stems().get(0)) ? 1 : 0;
		}
		List<String> wanted = rule.stems();
		if (i + wanted.size() > stems.size()) {
			return 0;
		}
		for (int j = 0; j < wanted.size(); j++) {
			if (!stems.get(i + j).equals(wanted.get(j))) {
				return 0;
			}
		}
		return wanted.size();
	}

	/** Lower case with accents removed, as the analysis folds them. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

}
