package io.keyward.model.graph;

import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
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
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Hand-built estates with known answers, written into a graph builder. */
final class Estate {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final String SOURCE = "test";

  final GraphIndexBuilder builder = new GraphIndexBuilder(NOW);
  private int counter;

  Estate identity(String id, IdentityKind kind) {
    return identity(id, kind, null, SOURCE, "ext-" + id);
  }

  Estate identity(
      String id, IdentityKind kind, @Nullable String owner, String source, String externalId) {
    builder.add(
        new Identity(
            id,
            source,
            externalId,
            kind,
            id,
            null,
            IdentityStatus.ENABLED,
            NOW.minus(Duration.ofDays(400)),
            owner,
            "test",
            Map.of()));
    return this;
  }

  Estate disabled(String id, IdentityKind kind) {
    builder.add(
        new Identity(
            id,
            SOURCE,
            "ext-" + id,
            kind,
            id,
            null,
            IdentityStatus.DISABLED,
            null,
            null,
            "test",
            Map.of()));
    return this;
  }

  Estate delegate(String from, String to, DelegationKind kind, String... scope) {
    return conditioned(from, to, kind, null, scope);
  }

  Estate conditioned(
      String from, String to, DelegationKind kind, @Nullable String condition, String... scope) {
    builder.add(
        new Delegation(
            "d" + (++counter) + ":" + from + ">" + to,
            SOURCE,
            from,
            to,
            kind,
            List.of(scope),
            condition,
            null));
    return this;
  }

  Estate expiredDelegation(String from, String to) {
    builder.add(
        new Delegation(
            "expired" + (++counter),
            SOURCE,
            from,
            to,
            DelegationKind.ON_BEHALF_OF,
            List.of(),
            null,
            NOW.minus(Duration.ofDays(1))));
    return this;
  }

  Estate grant(String holder, String permission, String resource, Privilege privilege) {
    return grant(holder, permission, resource, privilege, null, NOW.minus(Duration.ofDays(1)));
  }

  Estate grant(
      String holder,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable String condition,
      @Nullable Instant lastUsed) {
    builder.add(
        new Grant(
            "g" + (++counter),
            SOURCE,
            holder,
            permission,
            resource,
            privilege,
            GrantOrigin.DIRECT,
            null,
            condition,
            lastUsed));
    return this;
  }

  Estate resource(String id, ResourceKind kind, @Nullable String parent, boolean sensitive) {
    builder.add(new Resource(id, SOURCE, "ext-" + id, kind, id, parent, sensitive));
    return this;
  }

  Estate staticKey(String holder, int ageDays) {
    Instant created = NOW.minus(Duration.ofDays(ageDays));
    builder.add(
        new Credential(
            holder + "/key" + (++counter),
            SOURCE,
            holder,
            CredentialKind.ACCESS_KEY,
            "AKIA" + counter,
            "key",
            CredentialStatus.ACTIVE,
            created,
            null,
            null,
            null,
            List.of()));
    return this;
  }

  Estate alert(String identity, Severity severity) {
    builder.add(
        new Alert(
            "a" + (++counter),
            "feed",
            "x" + counter,
            NOW,
            severity,
            "type",
            "title",
            identity,
            null,
            AlertStatus.OPEN,
            "{}"));
    return this;
  }

  GraphIndex build() {
    return builder.build();
  }
}
