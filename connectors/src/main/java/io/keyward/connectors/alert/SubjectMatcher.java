package io.keyward.connectors.alert;

import io.keyward.connectors.alert.SubjectRef.AwsRole;
import io.keyward.connectors.alert.SubjectRef.AwsUser;
import io.keyward.connectors.alert.SubjectRef.CredentialId;
import io.keyward.connectors.alert.SubjectRef.Email;
import io.keyward.connectors.alert.SubjectRef.ExternalId;
import io.keyward.connectors.alert.SubjectRef.IssuerSubject;
import io.keyward.connectors.alert.SubjectRef.Name;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.Source;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Matches the identifiers an alert names to what the cache holds. A credential wins over an
 * identity (it names the holder too); otherwise references are tried strongest first, as the feed
 * listed them. A name alone matches only when one identity bears it; several identities with one
 * external id (the same ARN imported twice) resolve to the first by id, so matching is stable.
 */
public final class SubjectMatcher {
  private final EstateRepository estate;
  private final Map<String, String> sourceLocations = new HashMap<>();

  public SubjectMatcher(EstateRepository estate) {
    this.estate = estate;
    for (Source source : estate.sources()) {
      sourceLocations.put(source.id(), source.location());
    }
  }

  public SubjectMatch match(List<SubjectRef> refs) {
    for (SubjectRef ref : refs) {
      if (ref instanceof CredentialId id) {
        Optional<Credential> credential =
            first(estate.credentialsByExternalId(id.value()), Credential::id);
        if (credential.isPresent()) {
          return new SubjectMatch(credential.get().identityId(), credential.get().id(), ref);
        }
      }
    }
    for (SubjectRef ref : refs) {
      Optional<Identity> identity = identity(ref);
      if (identity.isPresent()) {
        return new SubjectMatch(identity.get().id(), null, ref);
      }
    }
    return SubjectMatch.NONE;
  }

  private Optional<Identity> identity(SubjectRef ref) {
    if (ref instanceof ExternalId id) {
      return first(estate.identitiesByExternalId(id.value()), Identity::id);
    }
    if (ref instanceof Email email) {
      return first(estate.identitiesByEmail(email.value()), Identity::id)
          .or(() -> first(estate.identitiesByExternalId(email.value()), Identity::id));
    }
    if (ref instanceof AwsRole role) {
      return awsByName(role.name(), "role/", role.account());
    }
    if (ref instanceof AwsUser user) {
      return awsByName(user.name(), "user/", user.account());
    }
    if (ref instanceof IssuerSubject token) {
      return issuerSubject(token);
    }
    if (ref instanceof Name name) {
      return only(estate.identitiesByName(name.value()));
    }
    return Optional.empty(); // a credential id names no identity by itself
  }

  /**
   * The AWS identity {@code name} in {@code account}: its ARN is {@code
   * arn:aws:iam::ACCOUNT:TYPE/[PATH/]NAME}, so the name finds it whatever its path (a role may be
   * classified as an agent or workload; its ARN still says role).
   */
  private Optional<Identity> awsByName(String name, String type, @Nullable String account) {
    String prefix = "arn:aws:iam::" + (account == null ? "" : account + ":") + type;
    return first(
        estate.identitiesByName(name).stream()
            .filter(
                i ->
                    account == null
                        ? i.externalId().contains(":" + type)
                        : i.externalId().startsWith(prefix))
            .filter(i -> i.externalId().endsWith("/" + name))
            .toList(),
        Identity::id);
  }

  /**
   * A token subject: the identity whose own id is {@code sub} (Keycloak, Entra object ids),
   * preferring one from the source the issuer names (a realm URL); else the one identity named so.
   */
  private Optional<Identity> issuerSubject(IssuerSubject token) {
    List<Identity> byId = estate.identitiesByExternalId(token.subject());
    Optional<Identity> fromIssuer =
        first(
            byId.stream()
                .filter(i -> token.issuer().equals(sourceLocations.get(i.sourceId())))
                .toList(),
            Identity::id);
    return fromIssuer
        .or(() -> first(byId, Identity::id))
        .or(() -> only(estate.identitiesByEmail(token.subject())))
        .or(() -> only(estate.identitiesByName(token.subject())));
  }

  private static Optional<Identity> only(List<Identity> found) {
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static <T> Optional<T> first(List<T> found, Function<T, String> id) {
    return found.stream().min(Comparator.comparing(id));
  }
}
