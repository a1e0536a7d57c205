package io.keyward.model.snapshot;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
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
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The demo estate plus one small source whose second sync plants known changes. */
final class PlantedEstate {
  static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");
  static final Clock CLOCK = Clock.fixed(AS_OF.plusSeconds(3600), ZoneOffset.UTC);
  static final Source PLANTED =
      new Source(
          "test:planted", SourceKind.KEYCLOAK, "Planted realm", "https://kc.example/realms/p");

  private PlantedEstate() {}

  static Cache demo(Path file) {
    Cache cache = Cache.open(file, CLOCK);
    DemoEstate.write(cache, DemoScale.DEMO, 42, AS_OF);
    firstSync(cache);
    return cache;
  }

  /** Keeps, removes and changes: identities a, b, c; credential k1, k2; grant g1; delegation d1. */
  static void firstSync(Cache cache) {
    try (SyncSession sync = cache.beginSync(PLANTED)) {
      sync.add(identity("a", IdentityStatus.ENABLED));
      sync.add(identity("b", IdentityStatus.ENABLED));
      sync.add(identity("c", IdentityStatus.ENABLED));
      sync.add(key("k1", "a", CredentialStatus.ACTIVE));
      sync.add(key("k2", "b", CredentialStatus.ACTIVE));
      sync.add(grant("g1", "a", "roles/viewer"));
      sync.add(delegation("d1", "a", "b"));
      sync.complete();
    }
  }

  /**
   * Identity b removed (and its key k2), d added, c disabled; k1 deactivated; grant g1 widened and
   * g2 added; delegation d1 removed and d2 added.
   */
  static void secondSync(Cache cache) {
    try (SyncSession sync = cache.beginSync(PLANTED)) {
      sync.add(identity("a", IdentityStatus.ENABLED));
      sync.add(identity("c", IdentityStatus.DISABLED));
      sync.add(identity("d", IdentityStatus.ENABLED));
      sync.add(key("k1", "a", CredentialStatus.INACTIVE));
      sync.add(grant("g1", "a", "roles/owner"));
      sync.add(grant("g2", "d", "roles/viewer"));
      sync.add(delegation("d2", "a", "d"));
      sync.complete();
    }
  }

  static String id(String local) {
    return PLANTED.id() + ":" + local;
  }

  private static Identity identity(String local, IdentityStatus status) {
    return new Identity(
        id(local),
        PLANTED.id(),
        "ext-" + local,
        IdentityKind.AGENT,
        "planted-agent-" + local,
        "agent-" + local + "@planted.example",
        status,
        AS_OF.minusSeconds(86_400),
        null,
        "test",
        Map.of());
  }

  private static Credential key(String local, String holder, CredentialStatus status) {
    return new Credential(
        id(local),
        PLANTED.id(),
        id(holder),
        CredentialKind.CLIENT_SECRET,
        "secret-" + local,
        "secret " + local,
        status,
        AS_OF.minusSeconds(86_400),
        null,
        null,
        null,
        List.of());
  }

  private static Grant grant(String local, String principal, String permission) {
    return new Grant(
        id(local),
        PLANTED.id(),
        id(principal),
        permission,
        "realm",
        Privilege.READ,
        GrantOrigin.DIRECT,
        null,
        null,
        null);
  }

  private static Delegation delegation(String local, String from, String to) {
    return new Delegation(
        id(local),
        PLANTED.id(),
        id(from),
        id(to),
        DelegationKind.ON_BEHALF_OF,
        List.of("x"),
        null,
        null);
  }
}
