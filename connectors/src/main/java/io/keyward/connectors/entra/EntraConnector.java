package io.keyward.connectors.entra;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.PartsRevoker;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.domain.SourceKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Microsoft Entra ID through Microsoft Graph v1.0, as an app registration with read-only
 * application permissions (see docs/connect/entra.md).
 */
public final class EntraConnector implements Connector {
  @Override
  public SourceKind kind() {
    return SourceKind.ENTRA_ID;
  }

  @Override
  public String cliName() {
    return "entra";
  }

  @Override
  public List<ProfileSetting> settings() {
    return EntraSettings.SETTINGS;
  }

  @Override
  public String location(SourceProfile profile) {
    return EntraSettings.location(profile);
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    EntraSettings settings = EntraSettings.from(profile, environment);
    EntraCredential credential = EntraCredential.resolve(settings, environment);
    return new EntraConnection(
        profile.id(), settings, credential, environment.http(), Clock.systemUTC());
  }

  @Override
  public Optional<Revoker> revoker() {
    return Optional.of(
        new PartsRevoker(
            List.of(
                new PrincipalRevoker(GraphApi::open),
                new PasswordRevoker(GraphApi::open),
                new AssignmentRevoker(GraphApi::open))));
  }
}
