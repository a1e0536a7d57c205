package io.keyward.model.cache;

import io.keyward.model.domain.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one identity a key an analyst types names, by {@link EstateRepository#findIdentities}'s
 * rules: cache id, the source's id, email, a credential it holds, an alert about it, name or login.
 * Every command and view that takes such a key words its answers the same way.
 */
public final class IdentityKeys {
  private IdentityKeys() {}

  /**
   * The identity {@code key} names; empty when it names none.
   *
   * @throws IllegalArgumentException when the key is blank, or names several identities (the
   *     message lists them)
   */
  public static Optional<Identity> one(EstateRepository repository, String key) {
    String trimmed = key.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("give an identity: its id, source id, email or name");
    }
    List<Identity> found = repository.findIdentities(trimmed);
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + trimmed
              + "' is ambiguous; it names "
              + found.size()
              + " identities: "
              + found.stream()
                  .map(
                      i ->
                          i.id()
                              + " ("
                              + i.kind().name().toLowerCase(Locale.ROOT)
                              + ", "
                              + i.sourceId()
                              + ")")
                  .collect(Collectors.joining(", "))
              + "; give one of these ids");
    }
    return found.stream().findFirst();
  }

  /** The one identity {@code key} names, or a message saying which rules were tried. */
  public static Identity require(EstateRepository repository, String key) {
    return one(repository, key).orElseThrow(() -> new IllegalArgumentException(noMatch(key)));
  }

  /** Says that nothing matched {@code key} and what was tried. */
  public static String noMatch(String key) {
    return "no identity, credential or alert matches '"
        + key.strip()
        + "' (tried the cache id, the source's id, email, credential, alert, name and login)";
  }
}
