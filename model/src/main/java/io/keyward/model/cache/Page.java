package io.keyward.model.cache;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first rows of a query and how many matched in all, so a table can say "first 100,000 of 1M".
 *
 * @param names display names of every identity the items refer to, keyed by identity id; an item
 *     that refers to a credential alone (an alert) finds its holder's name under the credential id
 */
public record Page<T>(List<T> items, long total, Map<String, String> names) {
  public Page {
    items = List.copyOf(items);
    names = Map.copyOf(names);
  }

  public boolean truncated() {
    return total > items.size();
  }

  /** The display name of an identity the page refers to, or the id itself when unknown. */
  public String nameOf(@Nullable String identityId) {
    if (identityId == null) {
      return "";
    }
    return names.getOrDefault(identityId, identityId);
  }
}
