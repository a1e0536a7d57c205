package io.keyward.model.cache;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the detail pane shows about one identity.
 *
 * @param grants the first grants of the identity; {@code grantCount} says how many it holds in all
 * @param inbound delegations by which others act through this identity
 * @param outbound delegations by which this identity acts through others
 * @param names display names of every identity referred to, keyed by id
 */
public record IdentityDetail(
    Identity identity,
    Source source,
    @Nullable Identity owner,
    List<Credential> credentials,
    List<Grant> grants,
    long grantCount,
    List<Delegation> inbound,
    List<Delegation> outbound,
    List<Alert> alerts,
    Map<String, String> names) {

  public IdentityDetail {
    credentials = List.copyOf(credentials);
    grants = List.copyOf(grants);
    inbound = List.copyOf(inbound);
    outbound = List.copyOf(outbound);
    alerts = List.copyOf(alerts);
    names = Map.copyOf(names);
  }

  public String nameOf(String identityId) {
    return names.getOrDefault(identityId, identityId);
  }
}
