package io.keyward.model.demo;

import static io.keyward.model.domain.AccessEventType.ACCESS_DENIED;
import static io.keyward.model.domain.AccessEventType.CHANGE;
import static io.keyward.model.domain.AccessEventType.CREDENTIAL_ISSUED;
import static io.keyward.model.domain.AccessEventType.SIGN_IN;
import static io.keyward.model.domain.IdentityKind.AGENT;
import static io.keyward.model.domain.IdentityKind.APPLICATION;
import static io.keyward.model.domain.IdentityKind.HUMAN;
import static io.keyward.model.domain.Privilege.ADMIN;
import static io.keyward.model.domain.Privilege.READ;
import static io.keyward.model.domain.Privilege.WRITE;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Keycloak realm the customer-facing agents authenticate in: two agent clients configured with
 * one copy-pasted secret (same fingerprint), one of them holding realm-admin, and short sessions
 * for the people.
 */
final class KeycloakRealmStory extends SourceStory {
  static final String SUPPORT_AGENT = client("support-agent");
  static final String BILLING_AGENT = client("billing-agent");
  static final String MODEL_REGISTRY = client("model-registry");
  static final String LENA = user("lena.vogel");
  static final String KENJI = user("kenji.ito");
  static final String REGISTRY_API = DemoSources.KEYCLOAK.id() + ":api/model-registry";

  KeycloakRealmStory(long seed, DemoTime time) {
    super(DemoSources.KEYCLOAK, seed, time);
  }

  static String client(String clientId) {
    return DemoSources.KEYCLOAK.id() + ":client/" + clientId;
  }

  static String user(String username) {
    return DemoSources.KEYCLOAK.id() + ":user/" + username;
  }

  static String group(String name) {
    return DemoSources.KEYCLOAK.id() + ":group/" + name;
  }

  @Override
  void write(EstateSink sink) {
    sink.add(
        new Resource(
            REGISTRY_API,
            source.id(),
            "model-registry",
            ResourceKind.API,
            "model-registry API",
            null,
            true));
    String agentReason = "client attribute keyward.kind=agent";
    sink.add(
        identity(
            SUPPORT_AGENT,
            AGENT,
            "support-agent",
            null,
            EntraTenantStory.ERIN,
            agentReason,
            Map.of("keyward.kind", "agent", "team", "support")));
    sink.add(
        identity(
            BILLING_AGENT,
            AGENT,
            "billing-agent",
            null,
            EntraTenantStory.FRANK,
            agentReason,
            Map.of("keyward.kind", "agent", "team", "finance")));
    sink.add(
        identity(
            MODEL_REGISTRY,
            APPLICATION,
            "model-registry",
            null,
            EntraTenantStory.ALICE,
            "bearer-only client",
            Map.of("team", "ml-platform")));
    sink.add(
        identity(
            LENA,
            HUMAN,
            "lena.vogel",
            "lena.vogel@demo-corp.example",
            null,
            "Keycloak user without serviceAccountClientId",
            Map.of("team", "support", "mfa", "fido2")));
    sink.add(
        identity(
            KENJI,
            HUMAN,
            "kenji.ito",
            "kenji.ito@demo-corp.example",
            null,
            "Keycloak user without serviceAccountClientId",
            Map.of("team", "finance", "mfa", "totp")));

    // One secret pasted into both agent clients: two credentials, one fingerprint.
    String sharedFingerprint = ids.fingerprint();
    for (String agent : List.of(SUPPORT_AGENT, BILLING_AGENT)) {
      sink.add(
          staticCredential(
              agent + "/secret",
              agent,
              CredentialKind.CLIENT_SECRET,
              ids.guid(),
              "client secret",
              time.daysAgo(240),
              time.minutesAgo(30),
              sharedFingerprint));
    }
    sink.add(
        expiringCredential(
            LENA + "/session-1",
            LENA,
            CredentialKind.SESSION,
            ids.guid(),
            "browser session",
            time.minutesAgo(20),
            Duration.ofMinutes(30),
            time.minutesAgo(1),
            List.of("openid", "profile")));
    sink.add(
        expiringCredential(
            SUPPORT_AGENT + "/session-1",
            SUPPORT_AGENT,
            CredentialKind.SESSION,
            ids.guid(),
            "client credentials token",
            time.minutesAgo(4),
            Duration.ofMinutes(5),
            time.minutesAgo(3),
            List.of("tickets:read")));

    sink.add(grant(SUPPORT_AGENT, "tickets:read", "realm:agents", READ, time.minutesAgo(3)));
    sink.add(grant(SUPPORT_AGENT, "model-registry:publish", REGISTRY_API, WRITE, null));
    sink.add(grant(BILLING_AGENT, "invoices:write", "realm:agents", WRITE, time.hoursAgo(1)));
    sink.add(
        grant(
            BILLING_AGENT,
            "realm-management:realm-admin",
            "realm:agents",
            ADMIN,
            time.daysAgo(140)));
    sink.add(
        grant(
            LENA,
            "model-registry:read",
            REGISTRY_API,
            READ,
            "client policy: ip in 10.20.0.0/16",
            time.hoursAgo(1)));

    sink.add(
        delegation(
            EntraTenantStory.ERIN,
            SUPPORT_AGENT,
            DelegationKind.ON_BEHALF_OF,
            List.of("tickets:read"),
            null));
    sink.add(
        delegation(
            KENJI,
            SUPPORT_AGENT,
            DelegationKind.OAUTH_CONSENT,
            List.of("openid", "tickets:read"),
            "offline_access consent"));

    sink.add(
        event(
            time.minutesAgo(20), SIGN_IN, LENA, LENA + "/session-1", "LOGIN", null, "eu-central"));
    sink.add(
        event(
            time.minutesAgo(4),
            CREDENTIAL_ISSUED,
            SUPPORT_AGENT,
            SUPPORT_AGENT + "/session-1",
            "CLIENT_LOGIN",
            null,
            "eu-central"));
    sink.add(
        event(
            time.hoursAgo(2),
            ACCESS_DENIED,
            KENJI,
            null,
            "LOGIN_ERROR invalid_user_credentials",
            null,
            "eu-central"));
    sink.add(
        event(
            time.daysAgo(140),
            CHANGE,
            BILLING_AGENT,
            null,
            "UPDATE users/role-mappings/realm realm-admin",
            "realm:agents",
            "eu-central"));
  }

  private Identity identity(
      String id,
      IdentityKind kind,
      String name,
      @Nullable String email,
      @Nullable String owner,
      String classification,
      Map<String, String> tags) {
    return new Identity(
        id,
        source.id(),
        ids.guid(),
        kind,
        name,
        email,
        IdentityStatus.ENABLED,
        time.daysAgo(260),
        owner,
        classification,
        tags);
  }
}
