package io.keyward.connectors.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.keycloak.KeycloakWire.Realm;
import io.keyward.connectors.testing.Fixtures;
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
import io.keyward.model.domain.ResourceKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping rules on a real {@code kc.sh export} of a small realm (secrets replaced). */
class KeycloakMapperTest {
  private static final String SOURCE = "keycloak:agents";
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  private final MappedItems items = map();

  private static MappedItems map() {
    Realm realm =
        WireJson.read(
            Fixtures.text("keycloak", "realm-export.json"), Realm.class, "test", "file", null);
    return new KeycloakMapper(SOURCE, NOW).map(RealmExportImport.snapshot(realm));
  }

  private Identity identity(String id) {
    return items.identities().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void peopleAreHumansWithTheirAttributes() {
    Identity lena = identity(SOURCE + ":user/lena.vogel");
    assertThat(lena.kind()).isEqualTo(IdentityKind.HUMAN);
    assertThat(lena.externalId()).isEqualTo("d65f9306-1a2a-40ee-8c4e-52821d1a4d16");
    assertThat(lena.email()).isEqualTo("lena.vogel@demo-corp.example");
    assertThat(lena.status()).isEqualTo(IdentityStatus.ENABLED);
    assertThat(lena.createdAt()).isEqualTo(Instant.ofEpochMilli(1795435286302L));
    assertThat(lena.ownerId()).isNull();
    assertThat(lena.classification()).isEqualTo("Keycloak user without serviceAccountClientId");
  }

  @Test
  void anAgentServiceAccountIsOwnedByThePersonItsClientNames() {
    Identity agent = identity(SOURCE + ":user/service-account-support-agent");
    assertThat(agent.kind()).isEqualTo(IdentityKind.AGENT);
    assertThat(agent.classification()).isEqualTo("client attribute keyward.kind=agent");
    assertThat(agent.ownerId()).isEqualTo(SOURCE + ":user/lena.vogel");
    assertThat(agent.tags())
        .containsEntry("keyward.kind", "agent")
        .containsEntry("keycloak.serviceAccountOf", "support-agent")
        .doesNotContainKey("realm_client");
  }

  @Test
  void everyClientIsAnApplicationClassifiedByHowItAuthenticates() {
    assertThat(items.identities())
        .filteredOn(i -> i.kind() == IdentityKind.APPLICATION)
        .extracting(Identity::name, Identity::classification)
        .containsExactlyInAnyOrder(
            tuple("account", "public client"),
            tuple("account-console", "public client"),
            tuple("admin-cli", "public client"),
            tuple("broker", "bearer-only client"),
            tuple("model-registry", "bearer-only client"),
            tuple("realm-management", "bearer-only client"),
            tuple("security-admin-console", "public client"),
            tuple("support-agent", "confidential client with service account"),
            tuple("support-portal", "public client"));
    Identity client = identity(SOURCE + ":client/support-agent");
    assertThat(client.ownerId()).isEqualTo(SOURCE + ":user/lena.vogel");
    assertThat(client.tags())
        .containsEntry(
            "keycloak.defaultClientScopes",
            "acr,basic,email,profile,roles,service_account,web-origins")
        .containsEntry("keycloak.clientAuthenticatorType", "client-secret");
  }

  @Test
  void groupsAreIdentitiesAndMembershipIsADelegation() {
    Identity tier2 = identity(SOURCE + ":group/support/tier2");
    assertThat(tier2.kind()).isEqualTo(IdentityKind.GROUP);
    assertThat(tier2.name()).isEqualTo("tier2");
    assertThat(items.delegations())
        .extracting(Delegation::fromId, Delegation::toId, Delegation::kind)
        .containsExactlyInAnyOrder(
            tuple(
                SOURCE + ":user/lena.vogel",
                SOURCE + ":group/support/tier2",
                DelegationKind.GROUP_MEMBERSHIP),
            tuple(
                SOURCE + ":group/support/tier2",
                SOURCE + ":group/support",
                DelegationKind.GROUP_MEMBERSHIP),
            tuple(
                SOURCE + ":client/support-agent",
                SOURCE + ":user/service-account-support-agent",
                DelegationKind.IMPERSONATION));
  }

  @Test
  void effectiveRolesAreGrantsWithTheWayTheyArrive() {
    String lena = SOURCE + ":user/lena.vogel";
    String tier2 = SOURCE + ":group/support/tier2";
    String defaults = SOURCE + ":role/default-roles-agents";
    assertThat(items.grants())
        .filteredOn(g -> g.principalId().equals(lena))
        .extracting(
            Grant::permission, Grant::origin, Grant::viaId, Grant::privilege, Grant::resource)
        .containsExactlyInAnyOrder(
            tuple("default-roles-agents", GrantOrigin.DIRECT, null, Privilege.READ, "realm:agents"),
            tuple("offline_access", GrantOrigin.VIA_ROLE, defaults, Privilege.READ, "realm:agents"),
            tuple(
                "uma_authorization",
                GrantOrigin.VIA_ROLE,
                defaults,
                Privilege.READ,
                "realm:agents"),
            tuple(
                "account:view-profile",
                GrantOrigin.VIA_ROLE,
                defaults,
                Privilege.READ,
                SOURCE + ":api/account"),
            tuple(
                "account:manage-account",
                GrantOrigin.VIA_ROLE,
                defaults,
                Privilege.READ,
                SOURCE + ":api/account"),
            tuple(
                "account:manage-account-links",
                GrantOrigin.VIA_ROLE,
                defaults,
                Privilege.READ,
                SOURCE + ":api/account"),
            tuple("support-bundle", GrantOrigin.VIA_GROUP, tier2, Privilege.WRITE, "realm:agents"),
            tuple("tickets:read", GrantOrigin.VIA_GROUP, tier2, Privilege.READ, "realm:agents"),
            tuple(
                "model-registry:read",
                GrantOrigin.VIA_GROUP,
                tier2,
                Privilege.READ,
                SOURCE + ":api/model-registry"));
    assertThat(items.grants())
        .filteredOn(g -> g.principalId().equals(SOURCE + ":group/support"))
        .extracting(Grant::permission, Grant::origin, Grant::viaId)
        .containsExactlyInAnyOrder(
            tuple("support-bundle", GrantOrigin.DIRECT, null),
            tuple("tickets:read", GrantOrigin.VIA_ROLE, SOURCE + ":role/support-bundle"),
            tuple("model-registry:read", GrantOrigin.VIA_ROLE, SOURCE + ":role/support-bundle"));
    assertThat(items.grants())
        .filteredOn(g -> g.principalId().equals(SOURCE + ":user/service-account-support-agent"))
        .extracting(Grant::permission, Grant::privilege)
        .contains(
            tuple("model-registry:publish", Privilege.WRITE),
            tuple("tickets:read", Privilege.READ));
    assertThat(items.resources())
        .extracting(r -> r.id(), r -> r.kind(), r -> r.name())
        .containsExactlyInAnyOrder(
            tuple(SOURCE + ":api/account", ResourceKind.API, "account API"),
            tuple(SOURCE + ":api/model-registry", ResourceKind.API, "model-registry API"));
  }

  @Test
  void aClientSecretIsMetadataOnlyAndNoSecretValueSurvives() {
    assertThat(items.credentials())
        .extracting(Credential::id, Credential::kind, Credential::status, Credential::displayName)
        .containsExactly(
            tuple(
                SOURCE + ":client/support-agent/secret",
                CredentialKind.CLIENT_SECRET,
                CredentialStatus.ACTIVE,
                "client secret"));
    Credential secret = items.credentials().get(0);
    assertThat(secret.identityId()).isEqualTo(SOURCE + ":client/support-agent");
    assertThat(secret.externalId()).isEqualTo("e9cc72b9-cd45-4fa7-9f2c-4f526d9867f7/client-secret");
    assertThat(secret.fingerprint()).isNull();
    // The export holds a client secret and a password hash: neither reaches any item.
    assertThat(items.toString())
        .doesNotContain("FIXTURE-SECRET")
        .doesNotContain("FIXTURE-PASSWORD");
  }

  @Test
  void aSecretCarriesItsCreationAndExpiryTimesInEpochSeconds() {
    KeycloakWire.Client client =
        new KeycloakWire.Client(
            "c-1",
            "rotating-agent",
            null,
            true,
            false,
            false,
            true,
            false,
            false,
            "client-secret",
            true,
            Map.of(
                KeycloakMapper.SECRET_CREATED,
                "1790000000",
                KeycloakMapper.SECRET_EXPIRES,
                "1790086400",
                "client.secret.rotated",
                "the-previous-secret"),
            null,
            null);
    RealmSnapshot realm =
        new RealmSnapshot(
            "agents",
            RealmSnapshot.SessionLimits.UNKNOWN,
            java.util.List.of(),
            java.util.List.of(
                new RealmSnapshot.RealmClient(
                    client, java.util.List.of(), java.util.List.of(), null)),
            java.util.List.of(),
            RoleGraph.empty(),
            java.util.List.of(),
            java.util.List.of());
    MappedItems mapped = new KeycloakMapper(SOURCE, NOW).map(realm);
    Credential secret = mapped.credentials().get(0);
    assertThat(secret.createdAt()).isEqualTo(Instant.ofEpochSecond(1790000000L));
    assertThat(secret.expiresAt()).isEqualTo(Instant.ofEpochSecond(1790086400L));
    assertThat(secret.status()).isEqualTo(CredentialStatus.EXPIRED);
    assertThat(client.attributes()).doesNotContainKey("client.secret.rotated");
    assertThat(mapped.toString()).doesNotContain("the-previous-secret");
  }
}
