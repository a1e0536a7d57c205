package io.keyward.model.cache;

import static io.keyward.model.cache.SqlValues.enumValue;
import static io.keyward.model.cache.SqlValues.instant;
import static io.keyward.model.cache.SqlValues.json;
import static io.keyward.model.cache.SqlValues.requiredInstant;
import static io.keyward.model.cache.SqlValues.setInstant;
import static io.keyward.model.cache.SqlValues.stringList;
import static io.keyward.model.cache.SqlValues.stringMap;

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
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Issuance;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import io.keyward.model.domain.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The synced tables, in the order a completed run cleans them up (dependents first). */
final class ItemTables {
  private ItemTables() {}

  static final ItemTable<Identity> IDENTITIES =
      new ItemTable<>(
          "identities",
          List.of(
              "external_id",
              "kind",
              "name",
              "email",
              "status",
              "created_at",
              "owner_id",
              "classification",
              "tags"),
          (st, i, x) -> {
            st.setString(i, x.externalId());
            st.setString(i + 1, x.kind().name());
            st.setString(i + 2, x.name());
            st.setString(i + 3, x.email());
            st.setString(i + 4, x.status().name());
            setInstant(st, i + 5, x.createdAt());
            st.setString(i + 6, x.ownerId());
            st.setString(i + 7, x.classification());
            st.setString(i + 8, json(x.tags()));
          },
          rs ->
              new Identity(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("external_id"),
                  enumValue(rs, "kind", IdentityKind.class),
                  rs.getString("name"),
                  rs.getString("email"),
                  enumValue(rs, "status", IdentityStatus.class),
                  instant(rs, "created_at"),
                  rs.getString("owner_id"),
                  rs.getString("classification"),
                  stringMap(rs, "tags")));

  static final ItemTable<Credential> CREDENTIALS =
      new ItemTable<>(
          "credentials",
          List.of(
              "identity_id",
              "kind",
              "external_id",
              "display_name",
              "status",
              "created_at",
              "expires_at",
              "last_used_at",
              "fingerprint",
              "scopes"),
          (st, i, x) -> {
            st.setString(i, x.identityId());
            st.setString(i + 1, x.kind().name());
            st.setString(i + 2, x.externalId());
            st.setString(i + 3, x.displayName());
            st.setString(i + 4, x.status().name());
            setInstant(st, i + 5, x.createdAt());
            setInstant(st, i + 6, x.expiresAt());
            setInstant(st, i + 7, x.lastUsedAt());
            st.setString(i + 8, x.fingerprint());
            st.setString(i + 9, json(x.scopes()));
          },
          rs ->
              new Credential(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("identity_id"),
                  enumValue(rs, "kind", CredentialKind.class),
                  rs.getString("external_id"),
                  rs.getString("display_name"),
                  enumValue(rs, "status", CredentialStatus.class),
                  instant(rs, "created_at"),
                  instant(rs, "expires_at"),
                  instant(rs, "last_used_at"),
                  rs.getString("fingerprint"),
                  stringList(rs, "scopes")));

  static final ItemTable<Grant> GRANTS =
      new ItemTable<>(
          "grants",
          List.of(
              "principal_id",
              "permission",
              "resource",
              "privilege",
              "origin",
              "via_id",
              "condition",
              "last_used_at"),
          (st, i, x) -> {
            st.setString(i, x.principalId());
            st.setString(i + 1, x.permission());
            st.setString(i + 2, x.resource());
            st.setString(i + 3, x.privilege().name());
            st.setString(i + 4, x.origin().name());
            st.setString(i + 5, x.viaId());
            st.setString(i + 6, x.condition());
            setInstant(st, i + 7, x.lastUsedAt());
          },
          rs ->
              new Grant(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("principal_id"),
                  rs.getString("permission"),
                  rs.getString("resource"),
                  enumValue(rs, "privilege", Privilege.class),
                  enumValue(rs, "origin", GrantOrigin.class),
                  rs.getString("via_id"),
                  rs.getString("condition"),
                  instant(rs, "last_used_at")),
          true);

  static final ItemTable<Delegation> DELEGATIONS =
      new ItemTable<>(
          "delegations",
          List.of("from_id", "to_id", "kind", "scope", "condition", "expires_at"),
          (st, i, x) -> {
            st.setString(i, x.fromId());
            st.setString(i + 1, x.toId());
            st.setString(i + 2, x.kind().name());
            st.setString(i + 3, json(x.scope()));
            st.setString(i + 4, x.condition());
            setInstant(st, i + 5, x.expiresAt());
          },
          rs ->
              new Delegation(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("from_id"),
                  rs.getString("to_id"),
                  enumValue(rs, "kind", DelegationKind.class),
                  stringList(rs, "scope"),
                  rs.getString("condition"),
                  instant(rs, "expires_at")));

  static final ItemTable<Resource> RESOURCES =
      new ItemTable<>(
          "resources",
          List.of("external_id", "kind", "name", "parent_id", "sensitive"),
          (st, i, x) -> {
            st.setString(i, x.externalId());
            st.setString(i + 1, x.kind().name());
            st.setString(i + 2, x.name());
            st.setString(i + 3, x.parentId());
            st.setInt(i + 4, x.sensitive() ? 1 : 0);
          },
          rs ->
              new Resource(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("external_id"),
                  enumValue(rs, "kind", ResourceKind.class),
                  rs.getString("name"),
                  rs.getString("parent_id"),
                  rs.getInt("sensitive") != 0));

  static final ItemTable<LineageRecord> LINEAGE =
      new ItemTable<>(
          "lineage_records",
          List.of(
              "run_id",
              "job",
              "identity_id",
              "state",
              "started_at",
              "ended_at",
              "inputs",
              "outputs",
              "producer"),
          (st, i, x) -> {
            st.setString(i, x.runId());
            st.setString(i + 1, x.job());
            st.setString(i + 2, x.identityId());
            st.setString(i + 3, x.state().name());
            setInstant(st, i + 4, x.startedAt());
            setInstant(st, i + 5, x.endedAt());
            st.setString(i + 6, json(x.inputIds()));
            st.setString(i + 7, json(x.outputIds()));
            st.setString(i + 8, x.producer());
          },
          rs ->
              new LineageRecord(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("run_id"),
                  rs.getString("job"),
                  rs.getString("identity_id"),
                  enumValue(rs, "state", RunState.class),
                  requiredInstant(rs, "started_at"),
                  instant(rs, "ended_at"),
                  stringList(rs, "inputs"),
                  stringList(rs, "outputs"),
                  rs.getString("producer")));

  static final ItemTable<AccessEvent> ACCESS_EVENTS =
      new ItemTable<>(
          "access_events",
          List.of(
              "time",
              "type",
              "identity_id",
              "credential_id",
              "action",
              "resource",
              "source_ip",
              "region",
              "error_code",
              "issuer",
              "subject",
              "role_id",
              "session_name",
              "lifetime_seconds",
              "source_identity",
              "issued_key_id"),
          (st, i, x) -> {
            setInstant(st, i, x.time());
            st.setString(i + 1, x.type().name());
            st.setString(i + 2, x.identityId());
            st.setString(i + 3, x.credentialId());
            st.setString(i + 4, x.action());
            st.setString(i + 5, x.resource());
            st.setString(i + 6, x.sourceIp());
            st.setString(i + 7, x.region());
            st.setString(i + 8, x.errorCode());
            Issuance issued = x.issuance();
            st.setString(i + 9, issued == null ? null : issued.issuer());
            st.setString(i + 10, issued == null ? null : issued.subject());
            st.setString(i + 11, issued == null ? null : issued.roleId());
            st.setString(i + 12, issued == null ? null : issued.sessionName());
            st.setObject(i + 13, issued == null ? null : issued.lifetime().toSeconds());
            st.setString(i + 14, issued == null ? null : issued.sourceIdentity());
            st.setString(i + 15, issued == null ? null : issued.issuedKeyId());
          },
          rs ->
              new AccessEvent(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  requiredInstant(rs, "time"),
                  enumValue(rs, "type", AccessEventType.class),
                  rs.getString("identity_id"),
                  rs.getString("credential_id"),
                  rs.getString("action"),
                  rs.getString("resource"),
                  rs.getString("source_ip"),
                  rs.getString("region"),
                  rs.getString("error_code"),
                  issuance(rs)));

  /** The issuance columns as one record; an event issued something when it names an issuer. */
  private static @Nullable Issuance issuance(ResultSet rs) throws SQLException {
    String issuer = rs.getString("issuer");
    if (issuer == null) {
      return null;
    }
    return new Issuance(
        issuer,
        rs.getString("subject"),
        rs.getString("role_id"),
        rs.getString("session_name"),
        Duration.ofSeconds(rs.getLong("lifetime_seconds")),
        rs.getString("source_identity"),
        rs.getString("issued_key_id"));
  }

  static final ItemTable<Alert> ALERTS =
      new ItemTable<>(
          "alerts",
          List.of(
              "external_id",
              "time",
              "severity",
              "type",
              "title",
              "identity_id",
              "credential_id",
              "status",
              "raw"),
          (st, i, x) -> {
            st.setString(i, x.externalId());
            setInstant(st, i + 1, x.time());
            st.setString(i + 2, x.severity().name());
            st.setString(i + 3, x.type());
            st.setString(i + 4, x.title());
            st.setString(i + 5, x.identityId());
            st.setString(i + 6, x.credentialId());
            st.setString(i + 7, x.status().name());
            st.setString(i + 8, x.raw());
          },
          rs ->
              new Alert(
                  rs.getString("id"),
                  rs.getString("source_id"),
                  rs.getString("external_id"),
                  requiredInstant(rs, "time"),
                  enumValue(rs, "severity", Severity.class),
                  rs.getString("type"),
                  rs.getString("title"),
                  rs.getString("identity_id"),
                  rs.getString("credential_id"),
                  enumValue(rs, "status", AlertStatus.class),
                  rs.getString("raw")));

  /** Dependents before what they depend on, so cleanup deletes leaves first. */
  static final List<ItemTable<?>> CLEANUP_ORDER =
      List.of(
          ALERTS, ACCESS_EVENTS, LINEAGE, DELEGATIONS, GRANTS, CREDENTIALS, RESOURCES, IDENTITIES);
}
