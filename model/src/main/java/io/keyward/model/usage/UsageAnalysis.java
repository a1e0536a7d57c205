package io.keyward.model.usage;

import io.keyward.model.cache.UsageSlice;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Resource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Actual use of every grant over a window of {@code days}: a grant is used when an access event of
 * its principal, or of an identity acting through the principal by one recorded delegation
 * (membership, assume-role, impersonation, on-behalf-of), falls under it ({@link GrantMatch}), or
 * when its source reports a last use; the later of the two counts. A grant nobody observes is
 * {@link UsageStatus#UNKNOWN}, never unused: its source reports no last use for any grant, and the
 * allowed accesses logged for its principal's source do not reach back over the whole window.
 * Indexes are built once; judging a grant looks only at the events of its principal and its
 * delegators.
 */
public final class UsageAnalysis {
  public static final int DEFAULT_DAYS = 90;

  private final Instant now;
  private final int days;
  private final Instant cutoff;
  private final List<Grant> grants;
  private final GrantMatch match;
  private final Map<String, String> sourceOfIdentity = new HashMap<>();
  private final Map<String, List<AccessEvent>> eventsByIdentity = new HashMap<>();
  private final Map<String, List<Grant>> grantsByPrincipal = new HashMap<>();
  private final Map<String, List<String>> actorsThrough = new HashMap<>();
  private final Map<String, Instant> observedSince = new HashMap<>();
  private final Set<String> reportingSources = new HashSet<>();
  private @Nullable List<GrantUse> judged;

  private UsageAnalysis(
      Instant now,
      int days,
      Collection<Identity> identities,
      List<Grant> grants,
      List<Delegation> delegations,
      Collection<Resource> resources,
      List<AccessEvent> events,
      @Nullable UsageSlice coverage) {
    if (days < 1) {
      throw new IllegalArgumentException("the window is at least one day, not " + days);
    }
    this.now = now;
    this.days = days;
    this.cutoff = now.minus(Duration.ofDays(days));
    this.grants = grants;
    this.match = new GrantMatch(new ResourceNames(resources));
    identities.forEach(i -> sourceOfIdentity.put(i.id(), i.sourceId()));
    for (AccessEvent event : events) {
      String identity = event.identityId();
      if (identity == null) {
        continue;
      }
      eventsByIdentity.computeIfAbsent(identity, k -> new ArrayList<>()).add(event);
      String source = sourceOfIdentity.get(identity);
      // Only logged allowed accesses show what is used; sign-ins and tokens say an identity is
      // active, not which permission it used, so they do not make unseen grants unused.
      if (source != null && coverage == null && event.type() == AccessEventType.ACCESS_ALLOWED) {
        observedSince.merge(source, event.time(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    for (Grant grant : grants) {
      grantsByPrincipal.computeIfAbsent(grant.principalId(), k -> new ArrayList<>()).add(grant);
      if (grant.lastUsedAt() != null && coverage == null) {
        reportingSources.add(grant.sourceId());
      }
    }
    if (coverage != null) {
      observedSince.putAll(coverage.firstEventBySource());
      reportingSources.addAll(coverage.reportingSources());
    }
    for (Delegation delegation : delegations) {
      actorsThrough
          .computeIfAbsent(delegation.toId(), k -> new ArrayList<>())
          .add(delegation.fromId());
    }
  }

  /**
   * The analysis of an estate's grants at {@code now} over the last {@code days} days.
   *
   * @param identities to know each principal's source; events of unknown identities are ignored
   * @param resources to match an event's resource to the grant patterns that cover it
   */
  public static UsageAnalysis of(
      Instant now,
      int days,
      Collection<Identity> identities,
      List<Grant> grants,
      List<Delegation> delegations,
      Collection<Resource> resources,
      List<AccessEvent> events) {
    return new UsageAnalysis(now, days, identities, grants, delegations, resources, events, null);
  }

  /**
   * The analysis of one identity's slice of the cache, with the estate-wide coverage the slice
   * carries: {@link #identity} of the slice's identity answers as the whole estate's would.
   */
  public static UsageAnalysis of(Instant now, int days, UsageSlice slice) {
    return new UsageAnalysis(
        now,
        days,
        slice.identities(),
        slice.grants(),
        slice.inbound(),
        slice.resources(),
        slice.events(),
        slice);
  }

  public int days() {
    return days;
  }

  /** Uses at or before this instant are outside the window. */
  public Instant cutoff() {
    return cutoff;
  }

  /** The earliest allowed access logged for an identity of {@code sourceId}, if any. */
  public @Nullable Instant observedSince(String sourceId) {
    return observedSince.get(sourceId);
  }

  /** Every grant judged, in the order given. */
  public List<GrantUse> grants() {
    if (judged == null) {
      judged = grants.stream().map(this::judge).toList();
    }
    return judged;
  }

  /** The grants not used within the window, oldest (or never) use first, then by id. */
  public List<GrantUse> unused() {
    return grants().stream()
        .filter(g -> g.status() == UsageStatus.UNUSED)
        .sorted(
            Comparator.comparing(
                    (GrantUse g) -> g.lastUse() == null ? Instant.MIN : g.lastUse().time())
                .thenComparing(g -> g.grant().id()))
        .toList();
  }

  /** The use of everything each principal holds, principals in the order of their first grant. */
  public List<PrincipalUsage> principals() {
    Map<String, List<GrantUse>> byPrincipal = new LinkedHashMap<>();
    grants()
        .forEach(
            g ->
                byPrincipal
                    .computeIfAbsent(g.grant().principalId(), k -> new ArrayList<>())
                    .add(g));
    return byPrincipal.entrySet().stream().map(e -> rollUp(e.getKey(), e.getValue())).toList();
  }

  /** What {@code identityId} holds against what it was seen doing. */
  public UsedVsGranted identity(String identityId) {
    List<Grant> held = grantsByPrincipal.getOrDefault(identityId, List.of());
    List<GrantUse> uses = held.stream().map(this::judge).toList();
    List<AccessEvent> events = eventsByIdentity.getOrDefault(identityId, List.of());
    Map<String, SeenAction> unexplained = new LinkedHashMap<>();
    Instant lastActivity = null;
    for (AccessEvent event : events) {
      if (lastActivity == null || event.time().isAfter(lastActivity)) {
        lastActivity = event.time();
      }
      boolean access =
          event.type() == AccessEventType.ACCESS_ALLOWED
              || event.type() == AccessEventType.ACCESS_DENIED;
      if (!access || held.stream().anyMatch(g -> match.covers(g, event))) {
        continue;
      }
      unexplained.merge(
          event.action() + "\u0000" + event.resource(),
          seen(event, 1),
          (a, b) -> {
            boolean later = b.lastSeen().isAfter(a.lastSeen());
            SeenAction latest = later ? b : a;
            return new SeenAction(
                a.action(),
                a.resource(),
                latest.denied(),
                a.count() + b.count(),
                latest.lastSeen(),
                latest.lastEventId());
          });
    }
    List<SeenAction> actions =
        unexplained.values().stream()
            .sorted(Comparator.comparing(SeenAction::lastSeen).reversed())
            .toList();
    return new UsedVsGranted(identityId, uses, actions, lastActivity, events.size());
  }

  private static SeenAction seen(AccessEvent event, long count) {
    return new SeenAction(
        event.action(),
        event.resource(),
        event.type() == AccessEventType.ACCESS_DENIED,
        count,
        event.time(),
        event.id());
  }

  private PrincipalUsage rollUp(String principal, List<GrantUse> uses) {
    int used = 0;
    int unused = 0;
    int unknown = 0;
    LastUse last = null;
    for (GrantUse use : uses) {
      switch (use.status()) {
        case USED -> used++;
        case UNUSED -> unused++;
        case UNKNOWN -> unknown++;
      }
      last = LastUse.later(last, use.lastUse());
    }
    return new PrincipalUsage(principal, uses.size(), used, unused, unknown, last);
  }

  private GrantUse judge(Grant grant) {
    boolean reported = reportingSources.contains(grant.sourceId());
    LastUse fromEvents = lastEvent(grant);
    LastUse fromSource = grant.lastUsedAt() == null ? null : LastUse.reported(grant.lastUsedAt());
    LastUse last = LastUse.later(fromEvents, fromSource);
    if (last != null && last.time().isAfter(cutoff)) {
      return new GrantUse(grant, UsageStatus.USED, last, describe(last));
    }
    String source = sourceOfIdentity.getOrDefault(grant.principalId(), grant.sourceId());
    Instant since = observedSince.get(source);
    boolean eventsCoverWindow = since != null && !since.isAfter(cutoff);
    if (last != null) {
      return new GrantUse(grant, UsageStatus.UNUSED, last, describe(last));
    }
    if (reported) {
      String also = eventsCoverWindow ? "; never seen in events since " + day(since) : "";
      return new GrantUse(
          grant, UsageStatus.UNUSED, null, "never used, as its source reports" + also);
    }
    if (eventsCoverWindow) {
      return new GrantUse(
          grant,
          UsageStatus.UNUSED,
          null,
          "never seen in events since " + day(since) + " (" + daysSince(since) + " days)");
    }
    if (since != null) {
      return new GrantUse(
          grant,
          UsageStatus.UNKNOWN,
          null,
          "allowed accesses logged only since "
              + day(since)
              + " ("
              + daysSince(since)
              + " days), shorter than the "
              + days
              + "-day window, and no last use reported");
    }
    return new GrantUse(
        grant,
        UsageStatus.UNKNOWN,
        null,
        "no allowed accesses logged for " + source + " and no last use reported");
  }

  private @Nullable LastUse lastEvent(Grant grant) {
    LastUse last = latestMatch(grant, grant.principalId(), null);
    for (String actor : actorsThrough.getOrDefault(grant.principalId(), List.of())) {
      last = latestMatch(grant, actor, last);
    }
    return last;
  }

  private @Nullable LastUse latestMatch(Grant grant, String actor, @Nullable LastUse best) {
    for (AccessEvent event : eventsByIdentity.getOrDefault(actor, List.of())) {
      if ((best == null || event.time().isAfter(best.time())) && match.exercises(grant, event)) {
        best = LastUse.event(event.time(), event.id());
      }
    }
    return best;
  }

  private String describe(LastUse use) {
    String when = "last used " + day(use.time()) + " (" + daysSince(use.time()) + " days ago)";
    return use.basis() == UseBasis.EVENT
        ? when + ", event " + use.eventId()
        : when + ", as its source reports";
  }

  private long daysSince(Instant time) {
    return Duration.between(time, now).toDays();
  }

  private static String day(Instant time) {
    return time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
