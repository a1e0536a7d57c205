package io.keyward.connectors.aws;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.revoke.PartsRevoker;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.domain.SourceKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import okhttp3.HttpUrl;

/** AWS IAM: one account per source, read through the IAM Query API or from CLI exports. */
public final class AwsConnector implements Connector {
  static final String ENDPOINT = "endpoint";
  static final String DEFAULT_ENDPOINT = "https://iam.amazonaws.com/";

  @Override
  public SourceKind kind() {
    return SourceKind.AWS_IAM;
  }

  @Override
  public String cliName() {
    return "aws";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        AwsCredentials.PROFILE,
        ProfileSetting.optional(
            ENDPOINT,
            "IAM endpoint",
            DEFAULT_ENDPOINT,
            "The IAM Query API; change only for tests"));
  }

  @Override
  public String location(SourceProfile profile) {
    String local = profile.id().substring(profile.id().indexOf(':') + 1);
    return Arn.isAccountId(local) ? "account " + local : endpoint(profile).toString();
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    AwsCredentials credentials = AwsCredentials.resolve(profile, environment);
    return new AwsConnection(profile.id(), client(profile, environment, credentials), credentials);
  }

  @Override
  public Optional<Revoker> revoker() {
    BiFunction<SourceProfile, ConnectEnvironment, IamQueryClient> clients =
        (profile, environment) ->
            client(profile, environment, AwsCredentials.resolve(profile, environment));
    return Optional.of(
        new PartsRevoker(
            List.of(
                new AccessKeyRevoker(clients),
                new PolicyRevoker(clients),
                new RoleSessionRevoker(clients, Clock.systemUTC()))));
  }

  private static IamQueryClient client(
      SourceProfile profile, ConnectEnvironment environment, AwsCredentials credentials) {
    return new IamQueryClient(
        environment
            .http()
            .builder(profile.id())
            .rules(IamReplyRules.INSTANCE)
            .auth(SigV4Auth.iam(credentials, Clock.systemUTC()))
            .build(),
        endpoint(profile),
        environment.http().sleeper());
  }

  @Override
  public List<FileImport> imports() {
    return List.of(new AuthorizationImport(), new CredentialReportImport());
  }

  private static HttpUrl endpoint(SourceProfile profile) {
    String url = profile.setting(ENDPOINT).orElse(DEFAULT_ENDPOINT);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": endpoint '" + url + "' is not an http(s) URL");
    }
    return parsed;
  }
}
