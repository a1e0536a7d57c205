package io.keyward.model.events;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Issuance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Credential lifetimes as the logs show them rather than as configured: for each issuance to an
 * agent, the lifetime requested, and the actual use, from issue to the last call made with the
 * issued key. A call is made with the key when its credential is one whose external id is the
 * issued key id (the session credential an event import records for it).
 */
public final class ObservedLifetimes {
  private final List<IssuedSession> sessions;
  private final Set<String> issuedKeyIds;

  private ObservedLifetimes(List<IssuedSession> sessions, Set<String> issuedKeyIds) {
    this.sessions = List.copyOf(sessions);
    this.issuedKeyIds = Set.copyOf(issuedKeyIds);
  }

  /**
   * @param isAgent whether an identity id is an agent's
   */
  public static ObservedLifetimes of(
      Collection<AccessEvent> events,
      Collection<Credential> credentials,
      Predicate<String> isAgent) {
    Map<String, Instant> lastUseByCredential = new HashMap<>();
    for (AccessEvent event : events) {
      if (event.credentialId() != null) {
        lastUseByCredential.merge(event.credentialId(), event.time(), ObservedLifetimes::later);
      }
    }
    Map<String, List<String>> credentialsByKey = new HashMap<>();
    for (Credential c : credentials) {
      credentialsByKey.computeIfAbsent(c.externalId(), k -> new ArrayList<>()).add(c.id());
    }
    List<IssuedSession> sessions = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (AccessEvent event : events) {
      Issuance issuance = event.issuance();
      if (event.type() != AccessEventType.CREDENTIAL_ISSUED || issuance == null) {
        continue;
      }
      String agent = agent(event, issuance, isAgent);
      if (agent == null) {
        continue;
      }
      Instant lastUse = null;
      if (issuance.issuedKeyId() != null) {
        keys.add(issuance.issuedKeyId());
        for (String id : credentialsByKey.getOrDefault(issuance.issuedKeyId(), List.of())) {
          Instant used = lastUseByCredential.get(id);
          lastUse = used == null ? lastUse : lastUse == null ? used : later(lastUse, used);
        }
      }
      Duration used =
          lastUse == null || lastUse.isBefore(event.time())
              ? null
              : Duration.between(event.time(), lastUse);
      sessions.add(new IssuedSession(event.id(), agent, event.time(), issuance.lifetime(), used));
    }
    sessions.sort(
        Comparator.comparing(IssuedSession::agentId)
            .thenComparing(IssuedSession::issuedAt)
            .thenComparing(IssuedSession::eventId));
    return new ObservedLifetimes(sessions, keys);
  }

  /** The role it acts as when that is an agent (a workload's own role), else its caller. */
  private static @Nullable String agent(
      AccessEvent event, Issuance issuance, Predicate<String> isAgent) {
    if (issuance.roleId() != null && isAgent.test(issuance.roleId())) {
      return issuance.roleId();
    }
    return event.identityId() != null && isAgent.test(event.identityId())
        ? event.identityId()
        : null;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Every issuance to an agent, by agent then time. */
  public List<IssuedSession> sessions() {
    return sessions;
  }

  public boolean isEmpty() {
    return sessions.isEmpty();
  }

  /** Whether an issuance the logs showed issued the key {@code keyId}. */
  public boolean issued(String keyId) {
    return issuedKeyIds.contains(keyId);
  }

  /** Each agent's sessions in summary, by agent id. */
  public List<AgentLifetimes> perAgent() {
    Map<String, List<IssuedSession>> byAgent =
        sessions.stream()
            .collect(
                Collectors.groupingBy(IssuedSession::agentId, TreeMap::new, Collectors.toList()));
    List<AgentLifetimes> out = new ArrayList<>();
    byAgent.forEach(
        (agent, issued) -> {
          List<Duration> requested =
              issued.stream().map(IssuedSession::requested).sorted().toList();
          Duration longestUsed =
              issued.stream()
                  .map(IssuedSession::used)
                  .filter(d -> d != null)
                  .max(Comparator.naturalOrder())
                  .orElse(null);
          out.add(
              new AgentLifetimes(
                  agent,
                  issued.size(),
                  requested.get(requested.size() - 1),
                  requested.get((requested.size() - 1) / 2),
                  longestUsed));
        });
    return out;
  }
}
