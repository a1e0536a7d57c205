package io.keyward.model.scorecard;

import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which part of the estate a score is about. A scope narrows the identities and what hangs off them
 * (credentials, grants, delegations touching them, the alerts, events and revocations about them,
 * their policies). Alert feeds, event logs, lineage and model registries belong to no single
 * identity source, so every scope keeps them connected, and resources and lineage stay whole: a
 * model version's provenance is one fact for the whole estate. Alerts and events nobody could match
 * stay only in the whole-estate scope.
 */
public sealed interface Scope {
  /** The command-line form: {@code all}, {@code source:ID} or {@code tag:KEY=VALUE}. */
  String cliForm();

  /** How a report titles it. */
  String label();

  Estate narrow(Estate estate);

  /** Parses the command-line form. */
  static Scope parse(String text) {
    String value = text.strip();
    if (value.equals("all") || value.isEmpty()) {
      return All.INSTANCE;
    }
    if (value.startsWith("source:") && value.length() > "source:".length()) {
      return new OfSource(value.substring("source:".length()));
    }
    if (value.startsWith("tag:")) {
      String tag = value.substring("tag:".length());
      int equals = tag.indexOf('=');
      if (equals > 0 && equals < tag.length() - 1) {
        return new OfTag(tag.substring(0, equals), tag.substring(equals + 1));
      }
    }
    throw new IllegalArgumentException(
        "scope '" + text + "' is not one of: all, source:ID, tag:KEY=VALUE (e.g. tag:team=ml)");
  }

  /** The whole estate. */
  enum All implements Scope {
    INSTANCE;

    @Override
    public String cliForm() {
      return "all";
    }

    @Override
    public String label() {
      return "Whole estate";
    }

    @Override
    public Estate narrow(Estate estate) {
      return estate;
    }
  }

  /** The identities of one source; the feeds, logs and registries stay. */
  record OfSource(String sourceId) implements Scope {
    @Override
    public String cliForm() {
      return "source:" + sourceId;
    }

    @Override
    public String label() {
      return "Source " + sourceId;
    }

    @Override
    public Estate narrow(Estate estate) {
      return keep(
          estate,
          s -> s.id().equals(sourceId) || s.kind().category() != SourceKind.Category.IDENTITY,
          i -> i.sourceId().equals(sourceId));
    }
  }

  /** The identities carrying one tag value, e.g. a team, across every source. */
  record OfTag(String key, String value) implements Scope {
    @Override
    public String cliForm() {
      return "tag:" + key + "=" + value;
    }

    @Override
    public String label() {
      return key + " = " + value;
    }

    @Override
    public Estate narrow(Estate estate) {
      return keep(estate, s -> true, i -> value.equals(i.tags().get(key)));
    }
  }

  private static Estate keep(
      Estate estate, Predicate<Source> sourceKept, Predicate<Identity> kept) {
    Estate.Builder all = estate.toBuilder();
    Estate.Builder b = Estate.builder(estate.now());
    all.sources.stream().filter(sourceKept).forEach(b::source);
    Set<String> sourceIds = new HashSet<>();
    b.sources.forEach(s -> sourceIds.add(s.id()));
    Set<String> names = new HashSet<>();
    all.identities.values().stream()
        .filter(kept)
        .forEach(
            i -> {
              b.add(i);
              names.add(i.id());
              names.add(i.externalId());
              names.add(i.name());
            });
    Set<String> ids = new HashSet<>(b.identities.keySet());
    all.credentials.stream().filter(c -> ids.contains(c.identityId())).forEach(b::add);
    Set<String> credentialIds = new HashSet<>();
    b.credentials.forEach(c -> credentialIds.add(c.id()));
    all.grants.stream().filter(g -> ids.contains(g.principalId())).forEach(b::add);
    Predicate<Delegation> touches = d -> ids.contains(d.fromId()) || ids.contains(d.toId());
    all.delegations.stream().filter(touches).forEach(b::add);
    all.resources.values().forEach(b::add);
    all.lineage.forEach(b::add);
    Predicate<String> about = id -> id != null && (ids.contains(id) || credentialIds.contains(id));
    all.events.stream()
        .filter(e -> about.test(e.identityId()) || about.test(e.credentialId()))
        .forEach(b::add);
    all.alerts.stream()
        .filter(a -> about.test(a.identityId()) || about.test(a.credentialId()))
        .forEach(b::add);
    Set<String> targets = new HashSet<>(credentialIds);
    targets.addAll(ids);
    b.grants.forEach(g -> targets.add(g.id()));
    b.delegations.forEach(d -> targets.add(d.id()));
    all.revocations.stream().filter(r -> targets.contains(r.targetId())).forEach(b::revocation);
    all.syncRuns.stream().filter(r -> sourceIds.contains(r.sourceId())).forEach(b::syncRun);
    all.policies.stream().filter(p -> names.contains(p.agentId())).forEach(b::policy);
    return b.build();
  }
}
