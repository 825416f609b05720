package nl.openmkb.catalogue.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.openmkb.catalogue.catalog.search.Snippet;
import nl.openmkb.catalogue.catalog.search.Snippet.Highlight;
import nl.openmkb.catalogue.linkeddata.SearchPageController.Piece;
import nl.openmkb.catalogue.web.InvalidParam;

import org.junit.jupiter.api.Test;

/** How the question and search pages cut snippets into marked pieces, put refusals into words and link to the API. */
class PageTextsTests {

	@Test
	void aSnippetIsCutIntoPlainAndMarkedPiecesInOrder() {
		var snippet = new Snippet("Subsidie voor energie besparen", List.of(new Highlight(0, 8), new Highlight(14, 21)));
		assertThat(SearchPageController.pieces(snippet)).containsExactly(new Piece("Subsidie", true),
				new Piece(" voor ", false), new Piece("energie", true), new Piece(" besparen", false));
	}

	@Test
	void highlightsOutsideTheTextOrOverlappingAreClampedNeverThrown() {
		var snippet = new Snippet("energie", List.of(new Highlight(0, 4), new Highlight(2, 6), new Highlight(5, 99)));
		assertThat(SearchPageController.pieces(snippet)).extracting(Piece::text).containsExactly("ener", "gi", "e");
		assertThat(SearchPageController.pieces(new Snippet("", List.of(new Highlight(3, 9))))).isEmpty();
	}

	@Test
	void refusalsNameTheAllowedValuesWhenThereAreFew() {
		assertThat(AskPageController.readable(new InvalidParam("municipality", "unknownValue",
				"Municipality GM0003 no longer exists; use the code of the one the business is in.", List.of("GM1979", "GM1966"))))
			.isEqualTo("Municipality GM0003 no longer exists; use the code of the one the business is in. (GM1979, GM1966)");
		assertThat(AskPageController.readable(new InvalidParam("theme", "unknownValue",
				"'x' is not a known value of theme; use one of allowedValues.", List.of("a", "b"))))
			.isEqualTo("'x' is not a known value of theme; use one of a, b.");
		assertThat(AskPageController.readable(InvalidParam.of("question", "tooLong", "Use at most 500 characters.")))
			.isEqualTo("Use at most 500 characters.");
	}

	@Test
	void apiLinksEncodeEveryValueAndLeaveOutAbsentOnes() {
		assertThat(AskPageController.apiLink("/api/v1/referrals", "question", "a&b=c d?", "municipality", null, "lang", "nl"))
			.isEqualTo("/api/v1/referrals?question=a%26b%3Dc%20d%3F&lang=nl");
	}

}
