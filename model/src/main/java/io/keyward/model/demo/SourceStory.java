package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.AccessEventType;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.AlertStatus;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Severity;
import io.keyward.model.domain.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The hand-crafted part of one source: the named characters and the planted problems. Subclasses
 * tell their story in {@link #write}; the helpers here fill in source ids and item ids so every
 * story reads as a list of facts.
 */
abstract class SourceStory {
  protected final Source source;
  protected final DemoTime time;
  protected final ExternalIds ids;
  private final long seed;
  private int nextItem;

  SourceStory(Source source, long seed, DemoTime time) {
    this.source = source;
    this.time = time;
    this.seed = seed;
    this.ids = new ExternalIds(ExternalIds.seeded(seed, source.id()));
  }

  final Source source() {
    return source;
  }

  abstract void write(EstateSink sink);

  /**
   * Ids made for {@code key} alone, so another source's story can derive the same external id (an
   * alert naming the access key of {@code key}) without sharing state.
   */
  protected final ExternalIds idsFor(String key) {
    return new ExternalIds(ExternalIds.seeded(seed, key));
  }

  /** An id for an item the source gives no readable name, e.g. {@code entra:demo-corp:grant/7}. */
  protected final String itemId(String type) {
    return source.id() + ":" + type + "/" + ++nextItem;
  }

  protected final Grant grant(
      String principal,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable Instant lastUsed) {
    return grant(principal, permission, resource, privilege, null, lastUsed);
  }

  protected final Grant grant(
      String principal,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable String condition,
      @Nullable Instant lastUsed) {
    return new Grant(
        directGrantId(principal, permission, resource, condition),
        source.id(),
        principal,
        permission,
        resource,
        privilege,
        GrantOrigin.DIRECT,
        null,
        condition,
        lastUsed);
  }

  /**
   * The id of a direct grant: the shape the source's connector gives it where a revoker reads it
   * back (stories override this), else a numbered one.
   */
  protected String directGrantId(
      String principal, String permission, String resource, @Nullable String condition) {
    return itemId("grant");
  }

  protected final Grant inheritedGrant(
      String principal,
      GrantOrigin origin,
      String via,
      String permission,
      String resource,
      Privilege privilege,
      @Nullable Instant lastUsed) {
    return new Grant(
        itemId("grant"),
        source.id(),
        principal,
        permission,
        resource,
        privilege,
        origin,
        via,
        null,
        lastUsed);
  }

  protected final Delegation delegation(
      String from, String to, DelegationKind kind, List<String> scope, @Nullable String condition) {
    return delegation(itemId("delegation"), from, to, kind, scope, condition);
  }

  protected final Delegation delegation(
      String id,
      String from,
      String to,
      DelegationKind kind,
      List<String> scope,
      @Nullable String condition) {
    return new Delegation(id, source.id(), from, to, kind, scope, condition, null);
  }

  /** A credential that never expires on its own. */
  protected final Credential staticCredential(
      String id,
      String holder,
      CredentialKind kind,
      String externalId,
      String displayName,
      Instant created,
      @Nullable Instant lastUsed,
      String fingerprint) {
    return new Credential(
        id,
        source.id(),
        holder,
        kind,
        externalId,
        displayName,
        CredentialStatus.ACTIVE,
        created,
        null,
        lastUsed,
        fingerprint,
        List.of());
  }

  /** A credential valid for {@code lifetime} from {@code created}; expired ones say so. */
  protected final Credential expiringCredential(
      String id,
      String holder,
      CredentialKind kind,
      String externalId,
      String displayName,
      Instant created,
      Duration lifetime,
      @Nullable Instant lastUsed,
      List<String> scopes) {
    Instant expires = created.plus(lifetime);
    CredentialStatus status =
        expires.isAfter(time.asOf()) ? CredentialStatus.ACTIVE : CredentialStatus.EXPIRED;
    return new Credential(
        id,
        source.id(),
        holder,
        kind,
        externalId,
        displayName,
        status,
        created,
        expires,
        lastUsed,
        kind == CredentialKind.SESSION ? null : ids.fingerprint(),
        scopes);
  }

  protected final AccessEvent event(
      Instant at,
      AccessEventType type,
      @Nullable String identity,
      @Nullable String credential,
      String action,
      @Nullable String resource,
      String region) {
    return new AccessEvent(
        itemId("event"),
        source.id(),
        at,
        type,
        identity,
        credential,
        action,
        resource,
        ids.documentationIp(),
        region);
  }

  protected final Alert alert(
      String externalId,
      Instant at,
      Severity severity,
      String type,
      String title,
      @Nullable String identity,
      @Nullable String credential,
      AlertStatus status,
      String raw) {
    return new Alert(
        source.id() + ":alert/" + externalId,
        source.id(),
        externalId,
        at,
        severity,
        type,
        title,
        identity,
        credential,
        status,
        raw);
  }
}
