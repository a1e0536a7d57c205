package io.keyward.connectors.cloudtrail;

import io.keyward.model.cache.DelegationFilter;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Role chaining seen in the logs: a role session that assumed another role. Each pair of cached
 * roles becomes one ASSUME_ROLE delegation of this source, marked as observed, carrying the scope
 * of the trust delegation the account configured for that pair (so the chain view checks the hop
 * like the configured one) and naming it, or saying that none is configured.
 */
final class Chains {
  private final String sourceId;
  private final EstateRepository estate;
  private final Map<String, Observed> observed = new LinkedHashMap<>();
  private @Nullable Map<String, Delegation> configured;

  Chains(String sourceId, EstateRepository estate) {
    this.sourceId = sourceId;
    this.estate = estate;
  }

  private static final class Observed {
    final String fromId;
    final String toId;
    final String firstEventId;
    final Instant first;
    Instant last;
    long calls;

    Observed(String fromId, String toId, String firstEventId, Instant first) {
      this.fromId = fromId;
      this.toId = toId;
      this.firstEventId = firstEventId;
      this.first = first;
      this.last = first;
    }
  }

  void assumed(String fromId, String toId, String eventId, Instant time) {
    if (fromId.equals(toId)) {
      return;
    }
    Observed hop =
        observed.computeIfAbsent(
            fromId + "->" + toId, k -> new Observed(fromId, toId, eventId, time));
    hop.calls++;
    if (time.isAfter(hop.last)) {
      hop.last = time;
    }
  }

  void writeTo(Consumer<Delegation> out) {
    for (Observed hop : observed.values()) {
      Delegation trust = configured().get(hop.fromId + "->" + hop.toId);
      String condition =
          "observed in CloudTrail: "
              + hop.calls
              + (hop.calls == 1 ? " call" : " calls")
              + " from "
              + hop.first
              + " to "
              + hop.last
              + ", first event "
              + hop.firstEventId
              + "; "
              + (trust == null ? "no configured trust delegation" : "trusted by " + trust.id());
      out.accept(
          new Delegation(
              sourceId + ":chain/" + hop.fromId + "->" + hop.toId,
              sourceId,
              hop.fromId,
              hop.toId,
              DelegationKind.ASSUME_ROLE,
              trust == null ? List.of() : trust.scope(),
              condition,
              null));
    }
  }

  /** The account's configured role trusts by from and to, read once when a chain needs them. */
  private Map<String, Delegation> configured() {
    if (configured == null) {
      configured = new HashMap<>();
      if (!observed.isEmpty()) {
        for (Delegation d :
            estate
                .delegations(
                    DelegationFilter.ALL.withKind(DelegationKind.ASSUME_ROLE), Integer.MAX_VALUE)
                .items()) {
          if (!d.sourceId().equals(sourceId)) {
            configured.putIfAbsent(d.fromId() + "->" + d.toId(), d);
          }
        }
      }
    }
    return configured;
  }
}
