package io.keyward.connectors.revoke;

import io.keyward.model.cache.ItemLookup;
import io.keyward.model.domain.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person typed (a cache id, an external id, a unique identity name or email) into one
 * target, refusing none or several with the candidates named.
 */
final class TargetResolver {
  private final ItemLookup lookup;

  TargetResolver(ItemLookup lookup) {
    this.lookup = lookup;
  }

  RevocationTarget resolve(String ref) {
    List<RevocationTarget> found = new ArrayList<>();
    lookup.identities(ref).forEach(i -> found.add(new RevocationTarget.OfIdentity(i)));
    lookup
        .credentials(ref)
        .forEach(c -> found.add(new RevocationTarget.OfCredential(c, identity(c.identityId()))));
    lookup
        .grants(ref)
        .forEach(g -> found.add(new RevocationTarget.OfGrant(g, identity(g.principalId()))));
    lookup
        .delegations(ref)
        .forEach(
            d ->
                found.add(
                    new RevocationTarget.OfDelegation(
                        d, identity(d.fromId()), byId(d.toId()).orElse(null))));
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "no identity, credential, grant or delegation in the cache matches '" + ref + "'");
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException(
          "'"
              + ref
              + "' matches "
              + found.size()
              + " items ("
              + String.join(", ", found.stream().map(RevocationTarget::id).limit(5).toList())
              + (found.size() > 5 ? ", ..." : "")
              + "); give a cache id");
    }
    return found.get(0);
  }

  private Identity identity(String id) {
    return byId(id)
        .orElseThrow(() -> new IllegalArgumentException("the cache holds no identity " + id));
  }

  private Optional<Identity> byId(String id) {
    return lookup.identities(id).stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
