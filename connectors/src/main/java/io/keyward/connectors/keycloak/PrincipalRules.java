package io.keyward.connectors.keycloak;

import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.keycloak.KeycloakWire.Client;
import io.keyward.connectors.keycloak.KeycloakWire.User;
import io.keyward.model.domain.IdentityKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What kind of identity a Keycloak principal is, who owns it and which of its attributes become
 * tags, by rules stated in each identity's classification:
 *
 * <ul>
 *   <li>An attribute {@code keyward.kind} (on the client, else on the user) names the kind: {@code
 *       agent}, {@code service_account} or {@code workload}.
 *   <li>A service-account user is an AGENT when its client has attribute {@code agent=true} or its
 *       clientId matches {@code *-agent} / {@code *-agent-*}; else a SERVICE_ACCOUNT.
 *   <li>Any other user is HUMAN; every client is an APPLICATION.
 *   <li>The owner is attribute {@code keyward.owner} or {@code owner} (client first, then user).
 * </ul>
 */
final class PrincipalRules {
  static final String KIND = "keyward.kind";
  private static final List<String> OWNER_KEYS = List.of("keyward.owner", "owner");
  private static final Pattern AGENT_NAME = Pattern.compile(".*-agent(-.*)?");

  /** Keycloak's own client settings are dotted or snake_case; people's attributes rarely are. */
  private static final Pattern CUSTOM_KEY = Pattern.compile("keyward\\..+|[a-z][a-zA-Z0-9-]*");

  private PrincipalRules() {}

  /** A kind and the rule that chose it. */
  record Kind(IdentityKind kind, String reason) {}

  static Kind person(User user) {
    Kind named = named(user.attribute(KIND), "user");
    return named != null
        ? named
        : new Kind(IdentityKind.HUMAN, "Keycloak user without serviceAccountClientId");
  }

  static Kind serviceAccount(User user, Client client) {
    Kind named = named(client.attribute(KIND), "client");
    if (named == null) {
      named = named(user.attribute(KIND), "user");
    }
    if (named != null) {
      return named;
    }
    if ("true".equalsIgnoreCase(client.attribute("agent"))) {
      return new Kind(IdentityKind.AGENT, "client attribute agent=true");
    }
    if (AGENT_NAME.matcher(client.clientId()).matches()) {
      return new Kind(IdentityKind.AGENT, "clientId matches *-agent*");
    }
    return new Kind(
        IdentityKind.SERVICE_ACCOUNT, "service-account user of client " + client.clientId());
  }

  static Kind client(Client client) {
    String reason;
    if (client.isBearerOnly()) {
      reason = "bearer-only client";
    } else if (client.isPublic()) {
      reason = "public client";
    } else if (client.hasServiceAccount()) {
      reason = "confidential client with service account";
    } else {
      reason = "confidential client";
    }
    return new Kind(IdentityKind.APPLICATION, reason);
  }

  /** The owner attribute's value as written, from the client first, then the user. */
  static @Nullable String owner(@Nullable Client client, @Nullable User user) {
    for (String key : OWNER_KEYS) {
      String value = client == null ? null : client.attribute(key);
      if (value == null && user != null) {
        value = user.attribute(key);
      }
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  /**
   * A user's attributes (multi-valued ones joined by commas), minus anything named like a secret.
   */
  static Map<String, String> userTags(User user) {
    Map<String, String> tags = new TreeMap<>();
    if (user.attributes() != null) {
      user.attributes()
          .forEach(
              (key, values) -> {
                if (!SourceProfile.looksSecret(key) && values != null && !values.isEmpty()) {
                  tags.put(key, String.join(",", values));
                }
              });
    }
    if (user.federationLink() != null) {
      tags.put("keycloak.federationLink", user.federationLink());
    }
    return tags;
  }

  /** The attributes people put on a client ({@code keyward.*}, {@code team}), not its settings. */
  static Map<String, String> clientTags(Client client) {
    Map<String, String> tags = new TreeMap<>();
    if (client.attributes() != null) {
      client
          .attributes()
          .forEach(
              (key, value) -> {
                if (CUSTOM_KEY.matcher(key).matches()
                    && !SourceProfile.looksSecret(key)
                    && value != null
                    && !value.isBlank()) {
                  tags.put(key, value);
                }
              });
    }
    return tags;
  }

  private static @Nullable Kind named(@Nullable String value, String holder) {
    if (value == null) {
      return null;
    }
    IdentityKind kind =
        switch (value.trim().toLowerCase(Locale.ROOT).replace('-', '_')) {
          case "agent" -> IdentityKind.AGENT;
          case "service_account" -> IdentityKind.SERVICE_ACCOUNT;
          case "workload" -> IdentityKind.WORKLOAD;
          default -> null;
        };
    return kind == null ? null : new Kind(kind, holder + " attribute " + KIND + "=" + value.trim());
  }
}
