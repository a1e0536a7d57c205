package io.keyward.connectors;

import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How to reach one source: its id in the cache, kind, display name and non-secret settings.
 * Profiles are saved as JSON, so a setting whose name says it holds a secret is refused here,
 * before anything could write it down.
 *
 * @param id the source id items are filed under, e.g. {@code keycloak:agents}
 */
public record SourceProfile(String id, SourceKind kind, String name, Map<String, String> settings) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,79}");
  private static final Set<String> SECRET_WORDS =
      Set.of("secret", "password", "passwd", "token", "privatekey", "private_key", "apikey");

  public SourceProfile {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "source id '" + id + "' must be lower-case letters, digits and . _ : - (at most 80)");
    }
    if (kind == null) {
      throw new IllegalArgumentException("source " + id + " needs a kind");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source " + id + " needs a name");
    }
    settings = Map.copyOf(settings);
    for (String key : settings.keySet()) {
      if (looksSecret(key)) {
        throw new IllegalArgumentException(
            "source "
                + id
                + ": setting '"
                + key
                + "' would hold a secret; secrets come from the environment or a prompt, never"
                + " from the profile");
      }
    }
  }

  /** Whether a setting named {@code key} would hold a secret. */
  public static boolean looksSecret(String key) {
    String normal = key.toLowerCase(Locale.ROOT).replace("-", "");
    return SECRET_WORDS.stream().anyMatch(normal::contains);
  }

  public Optional<String> setting(String key) {
    String value = settings.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** A setting the connector cannot work without; the error names the profile and the key. */
  public String require(String key) {
    return setting(key)
        .orElseThrow(
            () ->
                new IllegalArgumentException("source " + id + " needs the setting '" + key + "'"));
  }

  public SourceProfile withSettings(Map<String, String> changed) {
    Map<String, String> merged = new TreeMap<>(settings);
    merged.putAll(changed);
    merged.values().removeIf(String::isBlank);
    return new SourceProfile(id, kind, name, merged);
  }

  /** The cache's record of this source; {@code location} says where it lives. */
  public Source source(String location) {
    return new Source(id, kind, name, location);
  }
}
