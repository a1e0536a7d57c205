package io.keyward.connectors.cloudtrail;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The role sessions the logs saw issued, by their access key id: later calls signed with the key
 * are linked to the session, and after the last record each session whose role is cached becomes a
 * SESSION credential of that role, with its issue time, expiry and last use. One small entry per
 * issued session, so memory grows with sessions, not with records.
 */
final class Sessions {
  private final String sourceId;
  private final Instant now;
  private final Map<String, Session> byKey = new LinkedHashMap<>();

  Sessions(String sourceId, Instant now) {
    this.sourceId = sourceId;
    this.now = now;
  }

  private static final class Session {
    final String holderId;
    final String keyId;
    final String name;
    final Instant issued;
    final Instant expires;
    @Nullable Instant lastUsed;

    Session(String holderId, String keyId, String name, Instant issued, Instant expires) {
      this.holderId = holderId;
      this.keyId = keyId;
      this.name = name;
      this.issued = issued;
      this.expires = expires;
    }
  }

  /** Records a session issued to act as the cached identity {@code holderId}. */
  void issued(String holderId, String keyId, String name, Instant issued, Instant expires) {
    byKey.putIfAbsent(keyId, new Session(holderId, keyId, name, issued, expires));
  }

  /**
   * The session credential a call signed with {@code keyId} at {@code time} used, counting the use;
   * null when the logs did not show it issued to a cached role.
   */
  @Nullable String used(@Nullable String keyId, Instant time) {
    Session session = keyId == null ? null : byKey.get(keyId);
    if (session == null) {
      return null;
    }
    if (session.lastUsed == null || time.isAfter(session.lastUsed)) {
      session.lastUsed = time;
    }
    return credentialId(session.keyId);
  }

  void writeTo(Consumer<Credential> out) {
    for (Session s : byKey.values()) {
      out.accept(
          new Credential(
              credentialId(s.keyId),
              sourceId,
              s.holderId,
              CredentialKind.SESSION,
              s.keyId,
              s.name,
              s.expires.isAfter(now) ? CredentialStatus.ACTIVE : CredentialStatus.EXPIRED,
              s.issued,
              s.expires,
              s.lastUsed,
              null,
              List.of()));
    }
  }

  private String credentialId(String keyId) {
    return sourceId + ":session/" + keyId;
  }
}
