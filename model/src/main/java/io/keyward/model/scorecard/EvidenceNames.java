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
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Readable names for evidence ids, so a report lists "deploy-agent" rather than an ARN-shaped id.
 * Only the items a scorecard cites are named, so a large estate costs no more than its evidence. An
 * id it does not know is shown as itself.
 */
public final class EvidenceNames {
  private final Map<EvidenceKind, Map<String, String>> names = new EnumMap<>(EvidenceKind.class);
  private final Map<EvidenceKind, Set<String>> cited;

  public EvidenceNames(Estate estate, Scorecard scorecard) {
    Map<EvidenceKind, Set<String>> cited = new EnumMap<>(EvidenceKind.class);
    for (EvidenceKind kind : EvidenceKind.values()) {
      names.put(kind, new HashMap<>());
      cited.put(kind, new HashSet<>());
    }
    for (Finding finding : scorecard.findings()) {
      finding.evidence().forEach(e -> cited.get(e.kind()).addAll(e.ids()));
    }
    this.cited = cited;
    for (Identity i : estate.identities()) {
      String kind = i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      put(EvidenceKind.IDENTITY, i.id(), () -> i.name() + " (" + kind + ")");
    }
    for (Credential c : estate.credentials()) {
      put(
          EvidenceKind.CREDENTIAL,
          c.id(),
          () -> {
            String holder = identityName(estate, c.identityId());
            String name = c.displayName();
            return name.contains(holder) ? name : name + " of " + holder;
          });
    }
    for (Grant g : estate.grants()) {
      put(
          EvidenceKind.GRANT,
          g.id(),
          () ->
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
          () ->
              identityName(estate, d.fromId())
                  + " → "
                  + identityName(estate, d.toId())
                  + (d.scope().isEmpty() ? "" : " " + d.scope()));
    }
    for (Alert a : estate.alerts()) {
      put(EvidenceKind.ALERT, a.id(), () -> a.title());
    }
    for (Resource r : estate.resources()) {
      put(EvidenceKind.RESOURCE, r.id(), () -> r.name());
    }
    for (Source s : estate.sources()) {
      put(EvidenceKind.SOURCE, s.id(), () -> s.name());
    }
  }

  /** The item's readable name, or its id. */
  public String of(EvidenceKind kind, String id) {
    return names.get(kind).getOrDefault(id, id);
  }

  private void put(EvidenceKind kind, String id, Supplier<String> name) {
    if (cited.get(kind).contains(id)) {
      names.get(kind).put(id, name.get());
    }
  }

  private static String identityName(Estate estate, String id) {
    return estate.identity(id).map(Identity::name).orElse(id);
  }
}
