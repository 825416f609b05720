package nl.openmkb.catalogue.catalog.referral;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.openmkb.catalogue.catalog.CatalogueSnapshot;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The municipalities that no longer exist, by CBS code, with their successors: everything in the store with a
 * {@code dct:isReplacedBy} and a {@code GM} notation ({@code datasets/generated/former-municipalities.ttl}, from the
 * TOOI value list). Built once per snapshot.
 */
public final class FormerMunicipalities {

	private static final Node END_DATE = NodeFactory.createURI("https://identifier.overheid.nl/tooi/def/ont/einddatum");

	private final Map<String, FormerMunicipality> byCode;

	private FormerMunicipalities(Map<String, FormerMunicipality> byCode) {
		this.byCode = Map.copyOf(byCode);
	}

	/** The former municipalities of a snapshot (cached on it). */
	public static FormerMunicipalities of(CatalogueSnapshot snapshot) {
		return snapshot.derived(FormerMunicipalities.class, FormerMunicipalities::build);
	}

	/** The former municipality with this CBS code ({@code GM0003}), case-insensitively. */
	public Optional<FormerMunicipality> find(String code) {
		return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	private static FormerMunicipalities build(CatalogueSnapshot snapshot) {
		Map<String, FormerMunicipality> byCode = new HashMap<>();
		snapshot.graph().find(Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(t -> {
			Node former = t.getSubject();
			String code = snapshot.string(former, SKOS.notation.asNode()).orElse("").toUpperCase(Locale.ROOT);
			if (code.startsWith("GM") && !byCode.containsKey(code)) {
				byCode.put(code, new FormerMunicipality(code,
						snapshot.string(former, RDFS.label.asNode()).orElse(code),
						snapshot.string(former, END_DATE).orElse(""),
						snapshot.iris(former, DCTerms.isReplacedBy.asNode())));
			}
		});
		return new FormerMunicipalities(byCode);
	}

}
