package nl.openmkb.catalogue.catalog.provider;

import java.util.List;

import nl.openmkb.catalogue.catalog.Texts;

import org.jspecify.annotations.Nullable;

/**
 * A way to reach a provider: website, phone, e-mail or desk.
 *
 * @param iri the channel's IRI
 * @param identifier its slug
 * @param title its title per language
 * @param description what it is for, per language
 * @param type IRI of its channel type ({@code id/channel-type/…})
 * @param pages web pages
 * @param telephones {@code tel:} IRIs
 * @param emails {@code mailto:} IRIs
 */
public record Channel(String iri, String identifier, Texts title, Texts description, @Nullable String type,
		List<String> pages, List<String> telephones, List<String> emails) {

	public Channel {
		pages = List.copyOf(pages);
		telephones = List.copyOf(telephones);
		emails = List.copyOf(emails);
	}

}
