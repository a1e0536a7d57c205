package io.keyward.connectors.entra;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.RevocationTarget.OfCredential;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.connectors.revoke.VerifiedChange;
import io.keyward.connectors.revoke.VerifiedChange.Observed;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Removes a client secret (a password credential) with {@code removePassword} from where it lives:
 * the app registration or the service principal (the sync merges both onto one identity, so the
 * revoker reads both). Certificates are not offered: {@code removeKey} needs a proof signed by
 * another of the app's keys.
 */
final class PasswordRevoker implements Revoker {
  private final BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis;

  PasswordRevoker(BiFunction<SourceProfile, ConnectEnvironment, GraphApi> apis) {
    this.apis = apis;
  }

  @Override
  public List<RevocationAction> actions(RevocationTarget target) {
    return target instanceof OfCredential c
            && c.credential().kind() == CredentialKind.CLIENT_SECRET
            && c.credential()
                .id()
                .equals(c.holder().id() + "/secret/" + c.credential().externalId())
        ? List.of(RevocationAction.DELETE_CREDENTIAL)
        : List.of();
  }

  @Override
  public Preflight preflight(RevocationAction action, RevocationTarget target) {
    Revoker.requireOffered(this, action, target);
    OfCredential secret = (OfCredential) target;
    return new Preflight(
        action,
        target,
        List.of(
            "removes the client secret "
                + secret.credential().externalId()
                + " ("
                + secret.credential().displayName()
                + ") of "
                + secret.holder().name()
                + " for good: whatever signs in with it gets no new tokens"),
        List.of(
            PrincipalRevoker.ISSUED_TOKENS,
            "the app's other secrets and certificates keep working"),
        null);
  }

  @Override
  public RevocationResult revoke(
      Preflight preflight, SourceProfile profile, ConnectEnvironment environment) {
    GraphApi api = apis.apply(profile, environment);
    OfCredential secret = (OfCredential) preflight.target();
    String keyId = secret.credential().externalId();
    String item = preflight.target().describe();
    List<String> places = places(secret.holder());
    return VerifiedChange.ensure(
        () -> places.stream().filter(place -> holds(api, place, keyId, item)).findFirst(),
        place ->
            new Observed(
                place.isEmpty(),
                "GET passwordCredentials of "
                    + String.join(" and ", places)
                    + ": "
                    + place.map(p -> keyId + " still on " + p).orElse(keyId + " absent")),
        place ->
            "removePassword on "
                + place.orElseThrow()
                + ": HTTP "
                + api.calls()
                    .send(
                        "POST",
                        api.url(place.orElseThrow() + "/removePassword"),
                        WireJson.MAPPER.createObjectNode().put("keyId", keyId),
                        item)
                    .status(),
        RevocationOutcome.DONE);
  }

  /** The app registration (by appId) and the service principal the secret may live on. */
  private static List<String> places(Identity holder) {
    List<String> places = new ArrayList<>();
    Optional.ofNullable(holder.tags().get("appId"))
        .ifPresent(appId -> places.add("/applications(appId='" + appId + "')"));
    GraphPrincipal.of(holder)
        .filter(GraphPrincipal::isServicePrincipal)
        .ifPresent(sp -> places.add(sp.path("")));
    return places;
  }

  private static boolean holds(GraphApi api, String place, String keyId, String item) {
    Optional<JsonNode> read =
        api.calls().find(api.url(place + "?$select=passwordCredentials"), item);
    if (read.isEmpty()) {
      return false;
    }
    for (JsonNode secret : read.get().path("passwordCredentials")) {
      if (keyId.equals(secret.path("keyId").asText())) {
        return true;
      }
    }
    return false;
  }
}
