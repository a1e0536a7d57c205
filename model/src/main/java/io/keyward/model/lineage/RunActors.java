package io.keyward.model.lineage;

import io.keyward.model.cache.LineageQueries;
import io.keyward.model.domain.Identity;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the users sources record on runs to identities, when reading rather than when syncing,
 * so the order sources sync in does not matter (ADR 0002). A reference resolves to the identity
 * with that id; else to the one identity with that email (ignoring case); else to the one identity
 * with that name. Anything else, including an email or name two identities share, stays the raw
 * reference: a guess would put a run on the wrong person.
 */
final class RunActors {
  private final Map<String, RunActor> actors = new HashMap<>();

  RunActors(Collection<String> references, LineageQueries queries) {
    List<Identity> candidates = queries.identitiesNamed(references);
    for (String reference : references) {
      actors.put(reference, new RunActor(reference, resolve(reference, candidates)));
    }
  }

  RunActor actor(String reference) {
    return actors.computeIfAbsent(reference, r -> new RunActor(r, null));
  }

  /** Every reference that resolved, and the unmatched ones as themselves. */
  Collection<RunActor> all() {
    return actors.values();
  }

  private static @Nullable Identity resolve(String reference, List<Identity> candidates) {
    String lower = reference.toLowerCase(Locale.ROOT);
    List<Predicate<Identity>> rules =
        List.of(
            i -> i.id().equals(reference),
            i -> i.email() != null && i.email().toLowerCase(Locale.ROOT).equals(lower),
            i -> i.name().equals(reference));
    for (Predicate<Identity> rule : rules) {
      List<Identity> matches = candidates.stream().filter(rule).toList();
      if (matches.size() == 1) {
        return matches.get(0);
      }
      if (matches.size() > 1) {
        return null;
      }
    }
    return null;
  }
}
