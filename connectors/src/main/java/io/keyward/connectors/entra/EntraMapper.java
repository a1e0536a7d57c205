package io.keyward.connectors.entra;

import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.entra.GraphWire.Application;
import io.keyward.connectors.entra.GraphWire.DirectoryObject;
import io.keyward.connectors.entra.GraphWire.Group;
import io.keyward.connectors.entra.GraphWire.KeyCredential;
import io.keyward.connectors.entra.GraphWire.PasswordCredential;
import io.keyward.connectors.entra.GraphWire.ServicePrincipal;
import io.keyward.connectors.entra.GraphWire.User;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link TenantSnapshot} to the model: users, groups, service principals (an app
 * registration and its service principal are one identity, keyed by appId), agent identities, app
 * registrations the tenant has no service principal for, their credentials' metadata and group
 * memberships. Grants and consents are {@link AccessMapper}'s. Pure: no I/O.
 */
final class EntraMapper {
  /** The tenant Microsoft's own first-party apps are registered in. */
  static final String MICROSOFT_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

  private final String sourceId;
  private final EntraIds ids;
  private final Instant now;

  /**
   * @param now what "expired" is measured against
   */
  EntraMapper(String sourceId, Instant now) {
    this.sourceId = sourceId;
    this.ids = new EntraIds(sourceId);
    this.now = now;
  }

  EntraMapping map(TenantSnapshot tenant) {
    return map(tenant, TenantActivity.NONE);
  }

  /** The tenant with its sign-ins and credential changes as access events. */
  EntraMapping map(TenantSnapshot tenant, TenantActivity activity) {
    Map<String, Application> applications =
        tenant.applications().stream()
            .collect(
                Collectors.toMap(
                    Application::appId, Function.identity(), (a, b) -> a, TreeMap::new));
    Map<String, ServicePrincipal> principals = principals(tenant);
    PrincipalIndex index = index(tenant, principals.values());

    List<Identity> identities = new ArrayList<>();
    Map<String, Credential> credentials = new LinkedHashMap<>();
    tenant.users().forEach(user -> identities.add(user(user)));
    tenant.groups().forEach(group -> identities.add(group(group)));
    Map<String, String> identityByAppId = new TreeMap<>();
    for (ServicePrincipal principal : principals.values()) {
      Application application =
          principal.appId() == null || principal.isAgentIdentity()
              ? null
              : applications.get(principal.appId());
      Identity identity = servicePrincipal(principal, application, tenant, index, applications);
      identities.add(identity);
      if (principal.appId() != null && !principal.isAgentIdentity()) {
        identityByAppId.put(principal.appId(), identity.id());
      }
      addCredentials(
          credentials, identity.id(), principal.passwordCredentials(), principal.keyCredentials());
    }
    for (Application application : applications.values()) {
      String holder = identityByAppId.get(application.appId());
      if (holder == null) {
        Identity identity = applicationOnly(application, index);
        identities.add(identity);
        holder = identity.id();
      }
      addCredentials(
          credentials, holder, application.passwordCredentials(), application.keyCredentials());
    }

    AccessMapper.Access access = new AccessMapper(ids, index, principals).map(tenant);
    List<Delegation> delegations = new ArrayList<>(memberships(tenant, index));
    delegations.addAll(access.delegations());
    return new EntraMapping(
        new MappedItems(
            identities,
            new ArrayList<>(credentials.values()),
            access.grants(),
            delegations,
            access.resources(),
            List.of(),
            new ActivityMapper(
                    ids, tenant, identities.stream().map(Identity::id).collect(Collectors.toSet()))
                .map(activity),
            List.of()),
        access.skipped());
  }

  /**
   * Service principals by object id, agent identities from their own endpoint replacing the same
   * object from the general list, since only they carry the blueprint.
   */
  private static Map<String, ServicePrincipal> principals(TenantSnapshot tenant) {
    Map<String, ServicePrincipal> principals = new LinkedHashMap<>();
    tenant.servicePrincipals().forEach(p -> principals.put(p.id(), p));
    tenant.agentIdentities().forEach(p -> principals.put(p.id(), agentTyped(p)));
    return principals;
  }

  /** The agent endpoint may leave out {@code @odata.type}: everything it lists is an agent. */
  private static ServicePrincipal agentTyped(ServicePrincipal p) {
    if (p.isAgentIdentity()) {
      return p;
    }
    return new ServicePrincipal(
        GraphWire.AGENT_IDENTITY,
        p.id(),
        p.appId(),
        p.displayName(),
        p.servicePrincipalType(),
        p.accountEnabled(),
        p.appOwnerOrganizationId(),
        p.agentIdentityBlueprintId(),
        p.createdDateTime(),
        p.tags(),
        p.passwordCredentials(),
        p.keyCredentials(),
        p.appRoles());
  }

  private PrincipalIndex index(TenantSnapshot tenant, Iterable<ServicePrincipal> principals) {
    PrincipalIndex index = new PrincipalIndex(tenant.groupMembers());
    tenant.users().forEach(u -> index.addUser(u.id(), ids.user(u.id())));
    tenant.groups().forEach(g -> index.addGroup(g.id(), ids.group(g.id())));
    principals.forEach(p -> index.add(p.id(), principalId(p)));
    return index;
  }

  private String principalId(ServicePrincipal principal) {
    return ids.principal(principal);
  }

  private Identity user(User user) {
    IdentityRules.Kind kind = IdentityRules.user(user);
    Map<String, String> tags = new TreeMap<>();
    putIfPresent(tags, "userPrincipalName", user.userPrincipalName());
    putIfPresent(tags, "userType", user.userType());
    String email = user.mail() != null ? user.mail() : user.userPrincipalName();
    return new Identity(
        ids.user(user.id()),
        sourceId,
        user.id(),
        kind.kind(),
        firstOf(user.displayName(), user.userPrincipalName(), user.id()),
        email,
        status(user.accountEnabled()),
        Timestamps.iso(user.createdDateTime(), "user " + user.id() + " createdDateTime"),
        null,
        kind.classification(),
        tags);
  }

  private Identity group(Group group) {
    IdentityRules.Kind kind = IdentityRules.group(group);
    return new Identity(
        ids.group(group.id()),
        sourceId,
        group.id(),
        kind.kind(),
        firstOf(group.displayName(), group.id()),
        null,
        IdentityStatus.ENABLED,
        Timestamps.iso(group.createdDateTime(), "group " + group.id() + " createdDateTime"),
        null,
        kind.classification(),
        Map.of());
  }

  private Identity servicePrincipal(
      ServicePrincipal principal,
      @Nullable Application application,
      TenantSnapshot tenant,
      PrincipalIndex index,
      Map<String, Application> applications) {
    String id = principalId(principal);
    IdentityRules.Kind kind = IdentityRules.servicePrincipal(principal, application);
    Map<String, String> tags = new TreeMap<>();
    putIfPresent(tags, "appId", principal.appId());
    putIfPresent(tags, "servicePrincipalType", principal.servicePrincipalType());
    if (principal.tags() != null && !principal.tags().isEmpty()) {
      tags.put("entraTags", String.join(",", principal.tags()));
    }
    if (MICROSOFT_TENANT.equals(principal.appOwnerOrganizationId())) {
      tags.put("publisher", "Microsoft");
    }
    String blueprint = principal.agentIdentityBlueprintId();
    if (blueprint != null) {
      tags.put("blueprintAppId", blueprint);
      Application blueprintApp = applications.get(blueprint);
      tags.put("blueprint", blueprintApp == null ? blueprint : name(blueprintApp));
    }
    Optional<String> owner;
    String created;
    if (principal.isAgentIdentity()) {
      owner =
          index
              .accountable(tenant.agentSponsors().getOrDefault(principal.id(), List.of()))
              .or(
                  () ->
                      index.accountable(
                          tenant.agentOwners().getOrDefault(principal.id(), List.of())));
      created = principal.createdDateTime();
    } else {
      owner = index.accountable(owners(application));
      created = application == null ? principal.createdDateTime() : application.createdDateTime();
    }
    return new Identity(
        id,
        sourceId,
        principal.id(),
        kind.kind(),
        principal.name(),
        null,
        status(principal.accountEnabled()),
        Timestamps.iso(created, "service principal " + principal.id() + " createdDateTime"),
        owner.filter(o -> !o.equals(id)).orElse(null),
        kind.classification(),
        tags);
  }

  private Identity applicationOnly(Application application, PrincipalIndex index) {
    IdentityRules.Kind kind = IdentityRules.applicationOnly(application);
    return new Identity(
        ids.app(application.appId()),
        sourceId,
        application.id(),
        kind.kind(),
        name(application),
        null,
        IdentityStatus.ENABLED,
        Timestamps.iso(
            application.createdDateTime(), "application " + application.id() + " createdDateTime"),
        index.accountable(owners(application)).orElse(null),
        kind.classification(),
        Map.of("appId", application.appId()));
  }

  private void addCredentials(
      Map<String, Credential> into,
      String identityId,
      @Nullable List<PasswordCredential> secrets,
      @Nullable List<KeyCredential> keys) {
    for (PasswordCredential secret :
        Objects.requireNonNullElse(secrets, List.<PasswordCredential>of())) {
      Credential credential = secret(identityId, secret);
      into.putIfAbsent(credential.id(), credential);
    }
    for (KeyCredential key : Objects.requireNonNullElse(keys, List.<KeyCredential>of())) {
      Credential credential = key(identityId, key);
      into.putIfAbsent(credential.id(), credential);
    }
  }

  private Credential secret(String identityId, PasswordCredential secret) {
    String what = "password credential " + secret.keyId();
    Instant start = Timestamps.iso(secret.startDateTime(), what + " startDateTime");
    Instant end = Timestamps.iso(secret.endDateTime(), what + " endDateTime");
    String hint = secret.hint() == null ? null : "secret " + secret.hint() + "***";
    return new Credential(
        identityId + "/secret/" + secret.keyId(),
        sourceId,
        identityId,
        CredentialKind.CLIENT_SECRET,
        secret.keyId(),
        firstOf(secret.displayName(), hint, secret.keyId()),
        credentialStatus(start, end),
        start,
        end,
        null,
        null,
        List.of());
  }

  /** A certificate; a {@code Symmetric} key credential is a shared secret by another name. */
  private Credential key(String identityId, KeyCredential key) {
    String what = "key credential " + key.keyId();
    Instant start = Timestamps.iso(key.startDateTime(), what + " startDateTime");
    Instant end = Timestamps.iso(key.endDateTime(), what + " endDateTime");
    boolean symmetric = "Symmetric".equals(key.type());
    return new Credential(
        identityId + (symmetric ? "/key/" : "/cert/") + key.keyId(),
        sourceId,
        identityId,
        symmetric ? CredentialKind.CLIENT_SECRET : CredentialKind.CERTIFICATE,
        key.keyId(),
        firstOf(key.displayName(), key.keyId()),
        credentialStatus(start, end),
        start,
        end,
        null,
        // For certificates Entra fills customKeyIdentifier with the thumbprint.
        symmetric ? null : key.customKeyIdentifier(),
        List.of());
  }

  private CredentialStatus credentialStatus(@Nullable Instant start, @Nullable Instant end) {
    if (end != null && !end.isAfter(now)) {
      return CredentialStatus.EXPIRED;
    }
    if (start != null && start.isAfter(now)) {
      return CredentialStatus.INACTIVE;
    }
    return CredentialStatus.ACTIVE;
  }

  /** member -> group edges, as the demo tenant records them: no scope of their own. */
  private List<Delegation> memberships(TenantSnapshot tenant, PrincipalIndex index) {
    List<Delegation> delegations = new ArrayList<>();
    tenant
        .groupMembers()
        .forEach(
            (groupId, members) -> {
              for (DirectoryObject member : members) {
                Optional<String> from = index.identity(member.id());
                if (from.isEmpty() || member.id().equals(groupId)) {
                  continue;
                }
                delegations.add(
                    new Delegation(
                        ids.item("member", groupId, member.id()),
                        sourceId,
                        from.get(),
                        ids.group(groupId),
                        DelegationKind.GROUP_MEMBERSHIP,
                        List.of(),
                        null,
                        null));
              }
            });
    return delegations;
  }

  private static List<DirectoryObject> owners(@Nullable Application application) {
    return application == null || application.owners() == null ? List.of() : application.owners();
  }

  private static String name(Application application) {
    return firstOf(application.displayName(), application.appId());
  }

  private static IdentityStatus status(@Nullable Boolean accountEnabled) {
    return Boolean.FALSE.equals(accountEnabled) ? IdentityStatus.DISABLED : IdentityStatus.ENABLED;
  }

  private static void putIfPresent(Map<String, String> tags, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      tags.put(key, value);
    }
  }

  static String firstOf(@Nullable String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    throw new IllegalArgumentException("no name at all");
  }
}
