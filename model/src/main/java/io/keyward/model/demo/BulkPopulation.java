package io.keyward.model.demo;

import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.APPLICATION;
import static io.keyward.model.domain.IdentityKind.GROUP;
import static io.keyward.model.domain.IdentityKind.HUMAN;
import static io.keyward.model.domain.IdentityKind.SERVICE_ACCOUNT;
import static io.keyward.model.domain.IdentityKind.WORKLOAD;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.demo.BulkProfile.Permission;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The many ordinary identities around the story, streamed one at a time so any scale runs in
 * bounded memory. Identities come in blocks of {@link #BLOCK}: the block's first human owns its
 * non-humans, its group collects its humans, and its agents act through its delegation target.
 * References only point back within a block, so a cut-off last block stays consistent. Each
 * identity draws from its own random, so its attributes depend on its index alone.
 */
final class BulkPopulation {
  static final int BLOCK = 20;
  private static final int OWNER_SLOT = 0;
  private static final int TARGET_SLOT = 1;
  private static final int GROUP_SLOT = 2;
  private static final List<IdentityKind> LAYOUT =
      List.of(
          HUMAN,
          APPLICATION,
          GROUP,
          AGENT,
          HUMAN,
          SERVICE_ACCOUNT,
          AGENT,
          HUMAN,
          WORKLOAD,
          HUMAN,
          AGENT,
          APPLICATION,
          HUMAN,
          SERVICE_ACCOUNT,
          AGENT,
          HUMAN,
          WORKLOAD,
          AGENT,
          HUMAN,
          SERVICE_ACCOUNT);

  private final BulkProfile profile;
  private final long seed;
  private final DemoTime time;
  private final int identities;
  private final long grantsPerIdentity;
  private final long extraGrants;

  /** {@code identities} identities holding exactly {@code grants} grants between them. */
  BulkPopulation(BulkProfile profile, long seed, DemoTime time, int identities, long grants) {
    if (identities == 0 && grants > 0) {
      throw new IllegalArgumentException("grants need identities to hold them");
    }
    this.profile = profile;
    this.seed = seed ^ profile.source().id().hashCode();
    this.time = time;
    this.identities = identities;
    this.grantsPerIdentity = identities == 0 ? 0 : grants / identities;
    this.extraGrants = identities == 0 ? 0 : grants % identities;
  }

  void write(EstateSink sink) {
    for (int i = 0; i < identities; i++) {
      writeIdentity(i, sink);
    }
  }

  private IdentityKind kindOf(int index) {
    int slot = index % BLOCK;
    return slot == TARGET_SLOT ? profile.delegationTarget() : LAYOUT.get(slot);
  }

  private static String nameOf(IdentityKind kind, int index) {
    String task = NamePool.task(index);
    return switch (kind) {
      case HUMAN -> NamePool.login(index);
      case AGENT -> task + "-agent-" + index;
      case SERVICE_ACCOUNT -> "svc-" + task + "-" + index;
      case WORKLOAD -> task + "-worker-" + index;
      case APPLICATION -> task + "-app-" + index;
      case ROLE -> task + "-role-" + index;
      case GROUP -> NamePool.team(index) + "-" + index;
    };
  }

  private String idOf(int index) {
    IdentityKind kind = kindOf(index);
    return profile.idOf().apply(kind, nameOf(kind, index));
  }

  /** The id of the identity in {@code slot} of {@code index}'s block. */
  private String slotId(int index, int slot) {
    return idOf(index - index % BLOCK + slot);
  }

  private void writeIdentity(int index, EstateSink sink) {
    SplittableRandom random = ExternalIds.seeded(seed, index);
    ExternalIds ids = new ExternalIds(random);
    IdentityKind kind = kindOf(index);
    String name = nameOf(kind, index);
    String id = profile.idOf().apply(kind, name);
    String owner = kind.isNonHuman() && random.nextInt(10) > 0 ? slotId(index, OWNER_SLOT) : null;
    boolean disabled = kind == HUMAN && random.nextInt(50) == 0;
    // Everything the identity has is younger than the identity itself.
    int ageDays = random.nextInt(30, 1501);
    sink.add(
        new Identity(
            id,
            profile.source().id(),
            profile.externalIdOf().of(kind, name, ids),
            kind,
            kind == HUMAN ? NamePool.person(index) : name,
            kind == HUMAN ? EntraTenantStory.email(name) : null,
            disabled ? IdentityStatus.DISABLED : IdentityStatus.ENABLED,
            time.daysAgo(ageDays),
            owner,
            profile.classificationOf().apply(kind),
            tags(kind, index, random)));
    if (kind.isNonHuman()) {
      sink.add(credential(id, kind, ageDays, ids));
    }
    Permission used = writeGrants(index, id, kind, ageDays, random, sink);
    writeDelegations(index, id, kind, owner, random, sink);
    writeEvents(id, kind, used, ids, sink);
  }

  private Map<String, String> tags(IdentityKind kind, int index, SplittableRandom random) {
    String team = NamePool.team(index / BLOCK);
    if (kind != HUMAN) {
      Map<String, String> extra = profile.kindTags().get(kind);
      if (extra == null) {
        return Map.of("team", team);
      }
      Map<String, String> tags = new HashMap<>(extra);
      tags.put("team", team);
      return tags;
    }
    int mfa = random.nextInt(100);
    return Map.of("team", team, "mfa", mfa < 50 ? "fido2" : mfa < 85 ? "totp" : "none");
  }

  /** Half the agents hold hour-long sessions; everything else a key, static or for a year. */
  private Credential credential(String holder, IdentityKind kind, int ageDays, ExternalIds ids) {
    SplittableRandom random = ids.random();
    if (kind == AGENT && random.nextBoolean()) {
      Instant created = time.minutesAgo(1 + random.nextInt(59));
      return new Credential(
          holder + "/session-1",
          profile.source().id(),
          holder,
          CredentialKind.SESSION,
          profile.sessionIdOf().apply(ids),
          "session",
          CredentialStatus.ACTIVE,
          created,
          created.plus(Duration.ofMinutes(60)),
          created,
          null,
          List.of());
    }
    int keyAgeDays = random.nextInt(1, Math.min(700, ageDays) + 1);
    Instant created = time.daysAgo(keyAgeDays);
    Instant expires = random.nextBoolean() ? null : created.plus(Duration.ofDays(365));
    CredentialStatus status =
        expires == null || expires.isAfter(time.asOf())
            ? CredentialStatus.ACTIVE
            : CredentialStatus.EXPIRED;
    // A key is last used within its final month of validity, never after it expired.
    int daysSinceExpiry = Math.max(0, keyAgeDays - 365);
    Instant lastUsed =
        random.nextInt(5) == 0
            ? null
            : time.randomDaysAgo(
                random, daysSinceExpiry, Math.min(keyAgeDays - 1, daysSinceExpiry + 30));
    String externalId = profile.credentialIdOf().apply(ids);
    return new Credential(
        profile.keyIdOf().apply(holder, externalId),
        profile.source().id(),
        holder,
        profile.credentialKind(),
        externalId,
        "key 1",
        status,
        created,
        expires,
        lastUsed,
        ids.fingerprint(),
        List.of());
  }

  /**
   * Writes the identity's grants; returns the permission of its first, the one it is seen using.
   */
  private @Nullable Permission writeGrants(
      int index,
      String id,
      IdentityKind kind,
      int ageDays,
      SplittableRandom random,
      EstateSink sink) {
    long count = grantsPerIdentity + (index < extraGrants ? 1 : 0);
    List<Permission> permissions = profile.permissions();
    Permission first = null;
    // Its own random, so the grant ids leave the estate's other draws as they were.
    ExternalIds grantIds = new ExternalIds(ExternalIds.seeded(~seed, index));
    long held = 0; // bit 2p (+1 when conditioned): permission p held already
    for (int k = 0; k < count; k++) {
      int drawn =
          random.nextInt(100) == 0 ? permissions.size() : random.nextInt(permissions.size());
      Permission permission =
          drawn == permissions.size() ? profile.admin() : permissions.get(drawn);
      if (k == 0) {
        first = permission;
      }
      GrantOrigin origin = GrantOrigin.DIRECT;
      String via = null;
      if (kind == HUMAN && k % 2 == 1 && index % BLOCK > GROUP_SLOT) {
        origin = GrantOrigin.VIA_GROUP;
        via = slotId(index, GROUP_SLOT);
      } else if (kind == AGENT && k % 3 == 2 && profile.delegationTarget() == IdentityKind.ROLE) {
        origin = GrantOrigin.VIA_ROLE;
        via = slotId(index, TARGET_SLOT);
      }
      String condition =
          permission.sensitive() && random.nextBoolean() ? profile.condition() : null;
      long bit = 1L << (2 * drawn + (condition == null ? 0 : 1));
      String grantId =
          profile.grantIdOf().of(id, k, permission, via, condition, (held & bit) != 0, grantIds);
      held |= bit;
      sink.add(
          new Grant(
              grantId == null ? id + "#g" + k : grantId,
              profile.source().id(),
              id,
              permission.permission(),
              permission.resource(),
              permission.privilege(),
              origin,
              via,
              condition,
              lastUsed(ageDays, random)));
    }
    return first;
  }

  /**
   * A fifth never used, a sixth unused for over 90 days (never used when the holder is younger),
   * the rest used recently.
   */
  private @Nullable Instant lastUsed(int ageDays, SplittableRandom random) {
    int draw = random.nextInt(30);
    if (draw < 6 || (draw < 11 && ageDays <= 91)) {
      return null;
    }
    return draw < 11
        ? time.randomDaysAgo(random, 91, Math.min(400, ageDays))
        : time.randomDaysAgo(random, 0, Math.min(60, ageDays));
  }

  private void writeDelegations(
      int index,
      String id,
      IdentityKind kind,
      @Nullable String owner,
      SplittableRandom random,
      EstateSink sink) {
    String source = profile.source().id();
    if (kind == HUMAN && index % BLOCK > GROUP_SLOT) {
      sink.add(
          new Delegation(
              id + "#d1",
              source,
              id,
              slotId(index, GROUP_SLOT),
              DelegationKind.GROUP_MEMBERSHIP,
              List.of(),
              null,
              null));
    }
    if (kind != AGENT) {
      return;
    }
    // Some agents act with no recorded delegation from anyone: a planted gap at every scale.
    if (owner != null && random.nextInt(8) > 0) {
      String scope = profile.permissions().get(index % profile.permissions().size()).permission();
      sink.add(
          new Delegation(
              id + "#d1",
              source,
              owner,
              id,
              DelegationKind.ON_BEHALF_OF,
              List.of(scope),
              null,
              null));
    }
    sink.add(
        new Delegation(
            id + "#d2",
            source,
            id,
            slotId(index, TARGET_SLOT),
            profile.targetDelegation(),
            List.of(),
            null,
            null));
  }

  /**
   * A sign-in or token, then one access: allowed, it exercises the permission {@code used} (so
   * usage analysis finds that grant used and the others not); 1 in 20 denied, an attempt no grant
   * explains.
   */
  private void writeEvents(
      String id, IdentityKind kind, @Nullable Permission used, ExternalIds ids, EstateSink sink) {
    BulkProfile.EventActions actions = profile.actions();
    if (actions == null || kind == GROUP) {
      return;
    }
    SplittableRandom random = ids.random();
    boolean human = kind == HUMAN;
    String source = profile.source().id();
    Instant first = time.randomDaysAgo(random, 0, 30);
    sink.add(
        new AccessEvent(
            id + "#e1",
            source,
            first,
            human ? AccessEventType.SIGN_IN : AccessEventType.CREDENTIAL_ISSUED,
            id,
            null,
            human ? actions.signIn() : actions.tokenIssued(),
            null,
            ids.documentationIp(),
            null));
    boolean denied = random.nextInt(20) == 0;
    Permission permission = used == null ? profile.permissions().get(0) : used;
    sink.add(
        new AccessEvent(
            id + "#e2",
            source,
            first.plusSeconds(random.nextInt(3_600)),
            denied ? AccessEventType.ACCESS_DENIED : AccessEventType.ACCESS_ALLOWED,
            id,
            null,
            denied ? actions.denied() : permission.permission(),
            permission.resource(),
            ids.documentationIp(),
            null));
  }
}
