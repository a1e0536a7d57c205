package io.keyward.model.risk;

import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Severity;
import io.keyward.model.graph.BlastRadii;
import io.keyward.model.graph.BlastRadius;
import io.keyward.model.graph.EffectiveGrant;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.Escalations;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.IdentityFacts;
import io.keyward.model.graph.ReachedResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scores identities 0-100 from explainable factors (domain guide, "Risk ranking"): privilege
 * breadth and sensitive data exposure over the blast radius, credential age and lifetime, unused
 * grants, delegation depth and escalation, a missing or inactive owner, open alerts, and the models
 * it can alter. Each factor states its points and its evidence; the score is their sum, capped at
 * 100. Not thread-safe: one instance per thread.
 */
public final class RiskRanking {
  private static final Duration OLD_KEY = Duration.ofDays(90);
  private static final Duration ANCIENT_KEY = Duration.ofDays(365);
  private static final Duration LONG_LIFETIME = Duration.ofDays(1);
  private static final int NAMED = 3;

  private final GraphIndex graph;
  private final BlastRadii radii;
  private final Map<String, Escalation> widens = new HashMap<>();
  private final Map<String, Escalation> widenedInto = new HashMap<>();

  public RiskRanking(GraphIndex graph) {
    this(graph, new Escalations(graph).all());
  }

  /** With the escalations already found, so a caller that has them does not scan twice. */
  public RiskRanking(GraphIndex graph, List<Escalation> escalations) {
    this.graph = graph;
    this.radii = new BlastRadii(graph);
    for (Escalation escalation : escalations) {
      widens.putIfAbsent(escalation.widenedBy(), escalation);
      widenedInto.putIfAbsent(escalation.exercised().toId(), escalation);
    }
  }

  /** The {@code limit} riskiest identities, highest score first, ties by id. */
  public List<RiskScore> top(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("ask for at least one identity, not " + limit);
    }
    List<RiskScore> scores = new ArrayList<>();
    for (GraphNode node : graph.nodes()) {
      if (!node.external()) {
        scores.add(score(node.id()));
      }
    }
    scores.sort(RiskScore.RISKIEST_FIRST);
    return List.copyOf(scores.subList(0, Math.min(limit, scores.size())));
  }

  /**
   * @throws IllegalArgumentException when the graph has no identity {@code id}
   */
  public RiskScore score(String id) {
    GraphNode node =
        graph
            .node(id)
            .filter(n -> !n.external())
            .orElseThrow(() -> new IllegalArgumentException("no identity " + id + " to score"));
    BlastRadius radius = radii.of(id);
    IdentityFacts facts = graph.facts(id);
    List<RiskFactor> factors = new ArrayList<>();
    privilegeBreadth(radius).ifPresent(factors::add);
    sensitiveData(radius).ifPresent(factors::add);
    credentialAge(node, facts).ifPresent(factors::add);
    unusedGrants(facts).ifPresent(factors::add);
    delegation(id).ifPresent(factors::add);
    owner(node).ifPresent(factors::add);
    alerts(facts).ifPresent(factors::add);
    lineage(radius, facts).ifPresent(factors::add);
    factors.sort(Comparator.comparingInt(RiskFactor::points).reversed());
    int total = factors.stream().mapToInt(RiskFactor::points).sum();
    return new RiskScore(node, Math.min(RiskScore.MAX, total), factors);
  }

  private Optional<RiskFactor> privilegeBreadth(BlastRadius radius) {
    List<EffectiveGrant> broad =
        radius.grants().stream()
            .filter(g -> g.privilege() == Privilege.ADMIN || wildcard(g))
            .toList();
    if (!broad.isEmpty()) {
      return factor(
          RiskFactorKind.PRIVILEGE_BREADTH,
          25,
          "admin or wildcard: " + describe(broad.stream().map(this::describe).toList()));
    }
    List<EffectiveGrant> writes =
        radius.grants().stream().filter(g -> g.privilege() == Privilege.WRITE).toList();
    int distinct = radius.grants().size();
    int points = (writes.isEmpty() ? 0 : 10) + Math.min(5, distinct / 5);
    return factor(
        RiskFactorKind.PRIVILEGE_BREADTH,
        points,
        distinct
            + " permissions in reach"
            + (writes.isEmpty()
                ? ""
                : ", "
                    + writes.size()
                    + " of them write: "
                    + describe(writes.stream().map(this::describe).toList())));
  }

  private static boolean wildcard(EffectiveGrant grant) {
    return grant.resource().equals("*")
        || grant.permission().equals("*")
        || grant.permission().endsWith(":*");
  }

  private String describe(EffectiveGrant grant) {
    String holder = grant.holderId();
    return grant.permission()
        + " on "
        + grant.resource()
        + graph.node(holder).map(n -> " (held by " + n.name() + ")").orElse("");
  }

  private static Optional<RiskFactor> sensitiveData(BlastRadius radius) {
    List<ReachedResource> sensitive =
        radius.resources().stream().filter(r -> r.resource().sensitive()).toList();
    if (sensitive.isEmpty()) {
      return Optional.empty();
    }
    List<ReachedResource> written =
        sensitive.stream().filter(r -> r.privilege().compareTo(Privilege.WRITE) >= 0).toList();
    int points = written.isEmpty() ? Math.min(10, 3 + 2 * sensitive.size()) : 15;
    List<String> names =
        (written.isEmpty() ? sensitive : written).stream().map(r -> r.resource().name()).toList();
    return factor(
        RiskFactorKind.SENSITIVE_DATA,
        points,
        (written.isEmpty() ? "can read " : "can write ")
            + sensitive.size()
            + " sensitive resource"
            + (sensitive.size() == 1 ? "" : "s")
            + ": "
            + describe(names));
  }

  private static Optional<RiskFactor> credentialAge(GraphNode node, IdentityFacts facts) {
    Duration oldest = facts.oldestStaticCredentialAge();
    if (oldest != null && oldest.compareTo(ANCIENT_KEY) > 0) {
      return factor(
          RiskFactorKind.CREDENTIAL_AGE, 20, "static credential " + days(oldest) + " old");
    }
    if (oldest != null && oldest.compareTo(OLD_KEY) > 0) {
      return factor(
          RiskFactorKind.CREDENTIAL_AGE, 15, "static credential " + days(oldest) + " old");
    }
    if (facts.activeStaticCredentials() > 0) {
      return factor(
          RiskFactorKind.CREDENTIAL_AGE,
          6,
          facts.activeStaticCredentials() + " static credential(s) that never expire");
    }
    Duration lifetime = facts.longestCredentialLifetime();
    boolean nonHuman = node.kind() != null && node.kind().isNonHuman();
    if (nonHuman && lifetime != null && lifetime.compareTo(LONG_LIFETIME) > 0) {
      return factor(RiskFactorKind.CREDENTIAL_AGE, 5, "credential valid for " + days(lifetime));
    }
    return Optional.empty();
  }

  private static Optional<RiskFactor> unusedGrants(IdentityFacts facts) {
    if (facts.unusedGrants() == 0) {
      return Optional.empty();
    }
    int points = Math.max(1, Math.round(10f * facts.unusedGrants() / Math.max(1, facts.grants())));
    return factor(
        RiskFactorKind.UNUSED_GRANTS,
        points,
        facts.unusedGrants()
            + " of "
            + facts.grants()
            + " grants never used or unused for "
            + IdentityFacts.UNUSED_AFTER.toDays()
            + " days");
  }

  private Optional<RiskFactor> delegation(String id) {
    Escalation widened = widens.get(id);
    if (widened != null) {
      return factor(
          RiskFactorKind.DELEGATION,
          15,
          "widens scope at hop "
              + widened.hop()
              + ": passes "
              + String.join(", ", widened.extraScope())
              + " beyond what it received");
    }
    Escalation into = widenedInto.get(id);
    if (into != null) {
      return factor(
          RiskFactorKind.DELEGATION,
          10,
          "reached through a hop that widens scope ("
              + name(into.exercised().fromId())
              + " adds "
              + String.join(", ", into.extraScope())
              + ")");
    }
    int depth = radii.delegationDepth(id);
    if (depth >= 3) {
      return factor(
          RiskFactorKind.DELEGATION, 5, "at the end of a delegation chain " + depth + " hops long");
    }
    return Optional.empty();
  }

  private Optional<RiskFactor> owner(GraphNode node) {
    if (node.kind() == null || !node.kind().isNonHuman()) {
      return Optional.empty();
    }
    String ownerId = node.ownerId();
    if (ownerId == null) {
      return factor(RiskFactorKind.MISSING_OWNER, 15, "no accountable human owner");
    }
    Optional<GraphNode> owner = graph.node(ownerId).filter(o -> !o.external());
    if (owner.isEmpty()) {
      return factor(RiskFactorKind.MISSING_OWNER, 8, "owner " + ownerId + " is not in the cache");
    }
    if (!owner.get().enabled()) {
      return factor(
          RiskFactorKind.MISSING_OWNER, 12, "owner " + owner.get().name() + " is disabled");
    }
    if (owner.get().kind() != IdentityKind.HUMAN) {
      return factor(
          RiskFactorKind.MISSING_OWNER, 8, "owner " + owner.get().name() + " is not a human");
    }
    return Optional.empty();
  }

  private static Optional<RiskFactor> alerts(IdentityFacts facts) {
    Severity worst = facts.worstOpenAlert();
    if (worst == null) {
      return Optional.empty();
    }
    int points =
        switch (worst) {
          case CRITICAL -> 25;
          case HIGH -> 18;
          case MEDIUM -> 10;
          case LOW -> 5;
          case INFO -> 2;
        };
    return factor(
        RiskFactorKind.OPEN_ALERTS,
        points,
        facts.openAlerts() + " open alert(s), worst " + worst.name().toLowerCase(Locale.ROOT));
  }

  private static Optional<RiskFactor> lineage(BlastRadius radius, IdentityFacts facts) {
    List<String> models =
        radius.resources().stream()
            .filter(
                r ->
                    (r.resource().kind() == ResourceKind.MODEL
                            || r.resource().kind() == ResourceKind.MODEL_VERSION)
                        && r.privilege().compareTo(Privilege.WRITE) >= 0)
            .map(r -> r.resource().name())
            .toList();
    int reach = models.size() + facts.lineageOutputs();
    if (reach == 0) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    if (!models.isEmpty()) {
      evidence.add("can alter " + describe(models));
    }
    if (facts.lineageOutputs() > 0) {
      evidence.add("its runs wrote " + facts.lineageOutputs() + " model(s) or dataset(s)");
    }
    return factor(
        RiskFactorKind.LINEAGE_REACH, Math.min(10, 4 * reach), String.join("; ", evidence));
  }

  private String name(String id) {
    return graph.node(id).map(GraphNode::name).orElse(id);
  }

  private static Optional<RiskFactor> factor(RiskFactorKind kind, int points, String reason) {
    int capped = Math.min(points, kind.maxPoints());
    return capped < 1 ? Optional.empty() : Optional.of(new RiskFactor(kind, capped, reason));
  }

  /** The first few items and how many more. */
  private static String describe(List<String> items) {
    String shown = items.stream().limit(NAMED).collect(Collectors.joining(", "));
    return items.size() > NAMED ? shown + " and " + (items.size() - NAMED) + " more" : shown;
  }

  private static String days(Duration duration) {
    return duration.toDays() + " days";
  }
}
