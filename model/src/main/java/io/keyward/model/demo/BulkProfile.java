package io.keyward.model.demo;

import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Source;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one identity source looks in bulk: its id and external id shapes, its credential kind, the
 * permissions its principals hold. {@link BulkPopulation} does the rest the same way everywhere.
 *
 * @param share percent of the bulk identities this source gets
 * @param delegationTarget what agents act through: a role, an application or a service account
 * @param targetDelegation the edge kind from an agent to that target
 * @param idOf the Keyward id of an identity of a kind and name (the story's id scheme)
 * @param externalIdOf the source's own id for it
 * @param classificationOf why an identity of that kind is that kind, in words
 * @param kindTags tags the source's connector gives identities of a kind (Entra marks applications
 *     with a service principal), beyond the team every identity carries
 * @param credentialIdOf a long-lived credential's external id (key id, key name, secret id)
 * @param keyIdOf a long-lived credential's Keyward id from its holder and external id
 * @param sessionIdOf a short-lived session's external id
 * @param grantIdOf a grant's id as the source's connector makes it
 * @param permissions everyday permissions, drawn at random
 * @param admin the admin permission, drawn rarely
 * @param condition the condition sensitive grants carry when they carry one
 * @param actions the names of logged activity; null where the source keeps no activity log (AWS and
 *     GCP activity lives in CloudTrail and Cloud Audit Logs, separate sources)
 */
record BulkProfile(
    Source source,
    int share,
    IdentityKind delegationTarget,
    DelegationKind targetDelegation,
    BiFunction<IdentityKind, String, String> idOf,
    ExternalIdShape externalIdOf,
    Function<IdentityKind, String> classificationOf,
    Map<IdentityKind, Map<String, String>> kindTags,
    CredentialKind credentialKind,
    Function<ExternalIds, String> credentialIdOf,
    BinaryOperator<String> keyIdOf,
    Function<ExternalIds, String> sessionIdOf,
    GrantIdShape grantIdOf,
    List<Permission> permissions,
    Permission admin,
    String condition,
    @Nullable EventActions actions) {

  /** The source's external id of an identity, e.g. an ARN or an Entra object id. */
  @FunctionalInterface
  interface ExternalIdShape {
    String of(IdentityKind kind, String name, ExternalIds ids);
  }

  /** The Keyward id of a long-lived credential the connector names by holder alone. */
  static String numberedKey(String holder, String externalId) {
    return holder + "/key-1";
  }

  /** The id of one grant, shaped as the source's connector makes it so the revokers can read it. */
  @FunctionalInterface
  interface GrantIdShape {
    /**
     * @param index the grant's position among its principal's grants
     * @param repeat whether the principal already holds this permission with this condition
     * @param via the group or role it arrives through, or null when direct
     * @param ids the principal's ids for grants, drawn in grant order
     * @return the id, or null where the connector would make none (a repeat it cannot hold twice)
     */
    @Nullable String of(
        String principal,
        int index,
        Permission permission,
        @Nullable String via,
        @Nullable String condition,
        boolean repeat,
        ExternalIds ids);
  }

  /** A permission on a resource, as the source names both. */
  record Permission(String permission, String resource, Privilege privilege, boolean sensitive) {}

  /**
   * The source's names for a sign-in, a token issued and a denied access; an allowed access is
   * named by the permission it used.
   */
  record EventActions(String signIn, String tokenIssued, String denied) {}
}
