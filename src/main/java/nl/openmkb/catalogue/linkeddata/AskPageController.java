package nl.openmkb.catalogue.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import nl.openmkb.catalogue.catalog.CatalogueSnapshot;
import nl.openmkb.catalogue.catalog.CatalogueSnapshots;
import nl.openmkb.catalogue.catalog.Language;
import nl.openmkb.catalogue.catalog.referral.web.AskForm;
import nl.openmkb.catalogue.catalog.referral.web.ReferralAnswers;
import nl.openmkb.catalogue.catalog.referral.web.ReferralDetails;
import nl.openmkb.catalogue.web.InvalidParam;
import nl.openmkb.catalogue.web.InvalidParametersException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * "Where do I go with my question?" as an HTML page at {@code /vraag}, for people and for browsers without scripts:
 * the home page's form is a GET to here. The answer comes from the same service as {@code /api/v1/referrals}; input
 * the API refuses is shown on the page with the API's reasons and a 400, the form filled in as it was.
 */
@Controller
class AskPageController {

	private static final Logger log = LoggerFactory.getLogger(AskPageController.class);

	private static final Pattern MUNICIPALITY_CODE = Pattern.compile("(?i)gm[0-9]{4}");

	private final CatalogueSnapshots snapshots;

	private final ReferralAnswers answers;

	private final Pages pages;

	AskPageController(CatalogueSnapshots snapshots, ReferralAnswers answers, Pages pages) {
		this.snapshots = snapshots;
		this.answers = answers;
		this.pages = pages;
	}

	@GetMapping(path = AskForm.ACTION)
	ResponseEntity<byte[]> ask(@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String sbi, HttpServletRequest request) {
		Language language = Pages.language(request);
		CatalogueSnapshot snapshot = snapshots.current();
		String place = blankToNull(municipality);
		if (place != null && !MUNICIPALITY_CODE.matcher(place).matches()) {
			place = AskForm.codeOfName(snapshot, place).orElse(place);
		}
		// The form as it was sent, a municipality given by name shown as chosen in the list.
		var form = new AskForm(question == null ? "" : question, place == null ? "" : place,
				sbi == null ? "" : sbi.strip(), AskForm.municipalities(snapshot, language));
		Map<String, Object> variables = new HashMap<>();
		variables.put("form", form);
		if (question == null && municipality == null && sbi == null) {
			return pages.page("ask", language, request, variables, null);
		}
		String sector = blankToNull(sbi);
		// An empty question with a place or sector is a profile-only referral; with neither it is refused as empty.
		String asked = question != null && question.isBlank() && (place != null || sector != null) ? null : question;
		variables.put("api", apiLink("/api/v1/referrals", "question", asked, "municipality", place, "sbi", sector, "lang",
				language.tag()));
		try {
			ReferralDetails answer = answers.answer(snapshot, asked, null, null, null, sector, place, null, null, language);
			variables.put("answer", answer);
			variables.put("hrefs", docPaths(snapshot, answer));
			return pages.page("ask", language, request, variables, null);
		}
		catch (InvalidParametersException ex) {
			log.info("GET {} answered 400: {}", request.getRequestURI(), ex.getMessage());
			variables.put("errors", ex.invalidParams().stream().map(AskPageController::readable).toList());
			return pages.respond(HttpStatus.BAD_REQUEST, pages.render("ask", language, request, variables), language, null);
		}
	}

	/** The page of each provider, scheme, regulation and guide of the answer, by IRI. */
	private static Map<String, String> docPaths(CatalogueSnapshot snapshot, ReferralDetails answer) {
		Map<String, String> paths = new HashMap<>();
		Stream.of(answer.providers().stream().map(ReferralDetails.ProviderReferral::id),
				Stream.of(answer.schemes(), answer.regulations(), answer.guides())
					.flatMap(List::stream)
					.map(ReferralDetails.ItemReferral::id))
			.flatMap(s -> s)
			.forEach(iri -> paths.put(iri, docPath(snapshot, iri)));
		return paths;
	}

	/** The page of a resource of ours ({@code /doc/{type}/{slug}}), or the IRI itself for anything else. */
	static String docPath(CatalogueSnapshot snapshot, String iri) {
		String prefix = snapshot.base() + "id/";
		return iri.startsWith(prefix) ? "/doc/" + iri.substring(prefix.length()) : iri;
	}

	/** A link to the API with these query parameters (name, value, …; absent values left out), each fully encoded. */
	static String apiLink(String path, @Nullable String... namesAndValues) {
		StringBuilder link = new StringBuilder(path);
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				link.append(link.indexOf("?") < 0 ? '?' : '&')
					.append(namesAndValues[i])
					.append('=')
					.append(UriUtils.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
			}
		}
		return link.toString();
	}

	/** A refusal in words, with the values allowed when they are few. */
	static String readable(InvalidParam param) {
		List<String> allowed = param.allowedValues() == null ? List.of() : param.allowedValues();
		if (allowed.isEmpty() || allowed.size() > 12) {
			return param.reason().replace("; use one of allowedValues.", ".");
		}
		String values = String.join(", ", allowed);
		return param.reason().contains("allowedValues") ? param.reason().replace("allowedValues", values)
				: param.reason() + " (" + values + ")";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
