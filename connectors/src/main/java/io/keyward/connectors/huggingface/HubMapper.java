package io.keyward.connectors.huggingface;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.huggingface.HubWire.AccessToken;
import io.keyward.connectors.huggingface.HubWire.FineGrained;
import io.keyward.connectors.huggingface.HubWire.Member;
import io.keyward.connectors.huggingface.HubWire.Org;
import io.keyward.connectors.huggingface.HubWire.Repo;
import io.keyward.connectors.huggingface.HubWire.Scoped;
import io.keyward.connectors.huggingface.HubWire.WhoAmI;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.GrantOrigin;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Hub to the model. Members (and the token's owner) become identities; their org role becomes a
 * grant on the organisation, named by its URL (the source's location), which reaches every repo in
 * it; the token becomes an API_TOKEN credential with its role or fine-grained permissions as
 * scopes, and each fine-grained permission on this organisation or one of its repos a grant of its
 * owner. Models and datasets become resources, sensitive when private or gated.
 */
final class HubMapper {
  private final String sourceId;
  private final String organization;
  private final String location;

  HubMapper(String sourceId, String organization, String location) {
    this.sourceId = sourceId;
    this.organization = organization;
    this.location = location;
  }

  MappedItems map(HubSnapshot hub) {
    Map<String, Identity> identities = new LinkedHashMap<>();
    List<Grant> grants = new ArrayList<>();
    for (Member member : hub.members()) {
      String login = member.login();
      if (login == null || login.isBlank()) {
        continue;
      }
      Identity identity =
          identity(login, member.objectId(), member.type(), member.fullname(), null, "member");
      identities.put(identity.id(), identity);
      roleGrant(identity.id(), member.role()).ifPresent(grants::add);
    }
    WhoAmI me = hub.whoAmI();
    List<Credential> credentials = new ArrayList<>();
    if (me.name() != null && !me.name().isBlank()) {
      String ownerId = userId(me.name());
      Identity owner =
          identity(me.name(), me.id(), me.type(), me.fullname(), me.email(), "token owner");
      if (identities.containsKey(ownerId)) {
        // The member listing has no email; whoami does.
        Identity listed = identities.get(ownerId);
        owner = withEmail(listed, me.email());
      } else {
        roleGrant(ownerId, roleInOrg(me)).ifPresent(grants::add);
      }
      identities.put(ownerId, owner);
      AccessToken token = me.auth() == null ? null : me.auth().accessToken();
      if (token != null && token.displayName() != null && !token.displayName().isBlank()) {
        credentials.add(credential(ownerId, token));
        grants.addAll(tokenGrants(ownerId, token));
      }
    }
    List<Resource> resources = new ArrayList<>();
    hub.models().forEach(repo -> repo(repo, ResourceKind.MODEL, "model").ifPresent(resources::add));
    hub.datasets()
        .forEach(repo -> repo(repo, ResourceKind.DATASET, "dataset").ifPresent(resources::add));
    return new MappedItems(
        List.copyOf(identities.values()),
        credentials,
        grants,
        List.of(),
        resources,
        List.of(),
        List.of(),
        List.of());
  }

  private String userId(String login) {
    return sourceId + ":user/" + login;
  }

  private Identity identity(
      String login,
      @Nullable String objectId,
      @Nullable String type,
      @Nullable String fullname,
      @Nullable String email,
      String how) {
    String kind = type == null ? "user" : type;
    Map<String, String> tags = new LinkedHashMap<>();
    if (fullname != null && !fullname.isBlank()) {
      tags.put("fullname", fullname);
    }
    return new Identity(
        userId(login),
        sourceId,
        objectId == null || objectId.isBlank() ? login : objectId,
        kind.equals("app") ? IdentityKind.APPLICATION : IdentityKind.HUMAN,
        login,
        email,
        IdentityStatus.ENABLED,
        null,
        null,
        "Hugging Face " + how + " (type " + kind + ")",
        tags);
  }

  private static Identity withEmail(Identity listed, @Nullable String email) {
    return new Identity(
        listed.id(),
        listed.sourceId(),
        listed.externalId(),
        listed.kind(),
        listed.name(),
        email,
        listed.status(),
        listed.createdAt(),
        listed.ownerId(),
        listed.classification(),
        listed.tags());
  }

  private @Nullable String roleInOrg(WhoAmI me) {
    if (me.orgs() == null) {
      return null;
    }
    return me.orgs().stream()
        .filter(o -> organization.equals(o.name()))
        .map(Org::roleInOrg)
        .findFirst()
        .orElse(null);
  }

  private Optional<Grant> roleGrant(String principal, @Nullable String role) {
    Privilege privilege = rolePrivilege(role);
    if (privilege == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Grant(
            principal + "/org-role",
            sourceId,
            principal,
            "org:" + role,
            location,
            privilege,
            GrantOrigin.DIRECT,
            null,
            null,
            null));
  }

  /** Org roles: read, contributor (create repos, write its own), write, admin. */
  private static @Nullable Privilege rolePrivilege(@Nullable String role) {
    if (role == null) {
      return null;
    }
    return switch (role.toLowerCase(Locale.ROOT)) {
      case "admin" -> Privilege.ADMIN;
      case "write", "contributor" -> Privilege.WRITE;
      case "read" -> Privilege.READ;
      default -> null;
    };
  }

  private Credential credential(String ownerId, AccessToken token) {
    String role = token.role() == null ? "unknown" : token.role();
    return new Credential(
        ownerId + "/token/" + token.displayName(),
        sourceId,
        ownerId,
        CredentialKind.API_TOKEN,
        token.displayName(),
        token.displayName() + " (" + role + ")",
        CredentialStatus.ACTIVE,
        Timestamps.iso(token.createdAt(), "createdAt"),
        null,
        null,
        null,
        scopes(role, token.fineGrained()));
  }

  private static List<String> scopes(String role, @Nullable FineGrained fineGrained) {
    if (fineGrained == null) {
      return List.of(role);
    }
    List<String> scopes = new ArrayList<>();
    if (fineGrained.global() != null) {
      scopes.addAll(fineGrained.global());
    }
    if (fineGrained.scoped() != null) {
      for (Scoped scoped : fineGrained.scoped()) {
        if (scoped.entity() == null || scoped.permissions() == null) {
          continue;
        }
        String entity = scoped.entity().type() + ":" + scoped.entity().name();
        scoped.permissions().forEach(p -> scopes.add(entity + ":" + p));
      }
    }
    if (Boolean.TRUE.equals(fineGrained.canReadGatedRepos())) {
      scopes.add("canReadGatedRepos");
    }
    return scopes;
  }

  /** Fine-grained permissions on this organisation or its repos, as grants of the token's owner. */
  private List<Grant> tokenGrants(String ownerId, AccessToken token) {
    FineGrained fineGrained = token.fineGrained();
    if (fineGrained == null || fineGrained.scoped() == null) {
      return List.of();
    }
    List<Grant> grants = new ArrayList<>();
    for (Scoped scoped : fineGrained.scoped()) {
      if (scoped.entity() == null
          || scoped.entity().name() == null
          || scoped.permissions() == null) {
        continue;
      }
      String resource = resourceOf(scoped.entity());
      if (resource == null) {
        continue;
      }
      for (String permission : scoped.permissions()) {
        grants.add(
            new Grant(
                ownerId + "/token/" + token.displayName() + "/" + resource + "/" + permission,
                sourceId,
                ownerId,
                permission,
                resource,
                permissionPrivilege(permission),
                GrantOrigin.DIRECT,
                null,
                "through token " + token.displayName(),
                null));
      }
    }
    return grants;
  }

  private @Nullable String resourceOf(HubWire.Entity entity) {
    String type = String.valueOf(entity.type());
    String name = entity.name();
    if (type.equals("org") && organization.equals(name)) {
      return location;
    }
    if ((type.equals("model") || type.equals("dataset")) && name.startsWith(organization + "/")) {
      return sourceId + ":" + type + "/" + name;
    }
    return null; // another org's or user's: not this source's to describe
  }

  private static Privilege permissionPrivilege(String permission) {
    String lower = permission.toLowerCase(Locale.ROOT);
    if (lower.contains("manage") || lower.contains("admin")) {
      return Privilege.ADMIN;
    }
    return lower.endsWith(".write") || lower.contains("write") ? Privilege.WRITE : Privilege.READ;
  }

  private Optional<Resource> repo(Repo repo, ResourceKind kind, String type) {
    if (repo.id() == null || repo.id().isBlank()) {
      return Optional.empty();
    }
    String name = repo.id().substring(repo.id().indexOf('/') + 1);
    boolean sensitive = Boolean.TRUE.equals(repo.isPrivate()) || repo.gatedAccess();
    return Optional.of(
        new Resource(
            sourceId + ":" + type + "/" + repo.id(),
            sourceId,
            repo.id(),
            kind,
            name,
            null,
            sensitive));
  }
}
