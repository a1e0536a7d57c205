package io.keyward.model.scorecard;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Readable names for evidence ids, so a report lists "deploy-agent" rather than an ARN-shaped id.
 * An id it does not know is shown as itself.
 */
public final class EvidenceNames {
  private final Map<EvidenceKind, Map<String, String>> names = new EnumMap<>(EvidenceKind.class);

  public EvidenceNames(Estate estate) {
    for (EvidenceKind kind : EvidenceKind.values()) {
      names.put(kind, new HashMap<>());
    }
    for (Identity i : estate.identities()) {
      put(
          EvidenceKind.IDENTITY,
          i.id(),
          i.name() + " (" + i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }
    for (Credential c : estate.credentials()) {
      String holder = identityName(estate, c.identityId());
      String name = c.displayName();
      put(EvidenceKind.CREDENTIAL, c.id(), name.contains(holder) ? name : name + " of " + holder);
    }
    for (Grant g : estate.grants()) {
      put(
          EvidenceKind.GRANT,
          g.id(),
          g.permission()
              + " on "
              + g.resource()
              + " held by "
              + identityName(estate, g.principalId()));
    }
    for (Delegation d : estate.delegations()) {
      put(
          EvidenceKind.DELEGATION,
          d.id(),
          identityName(estate, d.fromId())
              + " → "
              + identityName(estate, d.toId())
              + (d.scope().isEmpty() ? "" : " " + d.scope()));
    }
    for (Alert a : estate.alerts()) {
      put(EvidenceKind.ALERT, a.id(), a.title());
    }
    for (Resource r : estate.resources()) {
      put(EvidenceKind.RESOURCE, r.id(), r.name());
    }
    for (Source s : estate.sources()) {
      put(EvidenceKind.SOURCE, s.id(), s.name());
    }
  }

  /** The item's readable name, or its id. */
  public String of(EvidenceKind kind, String id) {
    return names.get(kind).getOrDefault(id, id);
  }

  private void put(EvidenceKind kind, String id, String name) {
    names.get(kind).put(id, name);
  }

  private static String identityName(Estate estate, String id) {
    return estate.identity(id).map(Identity::name).orElse(id);
  }
}
