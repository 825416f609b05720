package nl.openmkb.catalogue.admin;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use the admin API.
 *
 * @param keys the API keys; none configured means the admin API refuses everyone
 */
@Validated
@ConfigurationProperties("catalogue.admin")
public record AdminProperties(@DefaultValue List<@Valid ApiKey> keys) {

	public AdminProperties {
		keys = List.copyOf(keys);
		if (keys.stream().map(ApiKey::id).distinct().count() != keys.size()) {
			throw new IllegalArgumentException("catalogue.admin.keys: every key needs its own id");
		}
	}

	/**
	 * One API key. The key itself is never configured, only its SHA-256 hash (keys are long random tokens, so a fast
	 * hash is enough; see {@code docs/api/stewardship.md} for how to make one).
	 *
	 * @param id who holds the key (logged with every write; a source's {@code owner} names it)
	 * @param sha256 the SHA-256 of the key, 64 hexadecimal digits
	 * @param revoked a revoked key is refused
	 * @param sources the source ids this key may write besides those it owns; {@code *} for all sources
	 */
	public record ApiKey(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+") String id,
			@NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}") String sha256, @DefaultValue("false") boolean revoked,
			@DefaultValue List<String> sources) {

		public ApiKey {
			sources = List.copyOf(sources);
		}

		/** Whether this key may write the source with this id and owner. */
		public boolean mayWrite(String sourceId, String owner) {
			return id.equals(owner) || sources.contains("*") || sources.contains(sourceId);
		}

	}

}
