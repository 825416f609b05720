package nl.openmkb.catalogue.catalog.reference.web;

import java.util.HashMap;
import java.util.Map;

import nl.openmkb.catalogue.catalog.Terms;
import nl.openmkb.catalogue.catalog.reference.ReferenceList;
import nl.openmkb.catalogue.web.LinkableResources;

import org.springframework.stereotype.Component;

/** The paths of the reference lists, and which concept IRIs they serve. */
@Component
class ReferenceLinks implements LinkableResources {

	static final String THEMES = "/themes";

	static final String EVENTS = "/events";

	static final String AUDIENCES = "/audiences";

	static final String SBI_CODES = "/sbi-codes";

	static final String REGIONS = "/regions";

	static final String STATUSES = "/statuses";

	static final String SCHEME_KINDS = "/scheme-kinds";

	/** The path of a list. */
	static String collection(ReferenceList list) {
		return "/" + list.path();
	}

	/** The path of one concept in a list. */
	static String item(ReferenceList list, String identifier) {
		return collection(list) + "/" + identifier;
	}

	/** The relation of a list in the root's links and in {@code _embedded}: its path in lowerCamelCase. */
	static String relation(ReferenceList list) {
		String[] words = list.path().split("-");
		StringBuilder relation = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			relation.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return relation.toString();
	}

	@Override
	public Map<String, String> collectionsByType() {
		Map<String, String> paths = new HashMap<>();
		for (ReferenceList list : ReferenceList.values()) {
			list.types().forEach(type -> paths.put(type, collection(list)));
		}
		return paths;
	}

	@Override
	public Map<String, String> pathsOfForeignIris() {
		return Map.of(Terms.NETHERLANDS, item(ReferenceList.REGIONS, "nld"));
	}

}
