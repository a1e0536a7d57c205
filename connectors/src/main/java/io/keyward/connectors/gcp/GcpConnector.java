package io.keyward.connectors.gcp;

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
import okhttp3.HttpUrl;

/** Google Cloud IAM of one project: {@code keyward sources add gcp}. */
public final class GcpConnector implements Connector {
  static final String PROJECT_ID = "projectId";
  static final String IAM_URL = "iamUrl";
  static final String RESOURCE_MANAGER_URL = "resourceManagerUrl";
  static final String CREDENTIALS_FILE = "credentialsFile";
  static final String DEFAULT_IAM_URL = "https://iam.googleapis.com";
  static final String DEFAULT_RESOURCE_MANAGER_URL = "https://cloudresourcemanager.googleapis.com";

  private static final List<ProfileSetting> SETTINGS =
      List.of(
          ProfileSetting.required(
              PROJECT_ID, "Project id", "The project to read, e.g. ml-prod-123456"),
          ProfileSetting.optional(
              IAM_URL, "IAM API URL", DEFAULT_IAM_URL, "Where the IAM API answers"),
          ProfileSetting.optional(
              RESOURCE_MANAGER_URL,
              "Resource Manager API URL",
              DEFAULT_RESOURCE_MANAGER_URL,
              "Where the Resource Manager API answers"),
          ProfileSetting.optional(
              CREDENTIALS_FILE,
              "Service-account key file",
              "A JSON key file; else GOOGLE_OAUTH_ACCESS_TOKEN, GOOGLE_APPLICATION_CREDENTIALS or"
                  + " a prompt for an access token"));

  @Override
  public SourceKind kind() {
    return SourceKind.GCP_IAM;
  }

  @Override
  public String cliName() {
    return "gcp";
  }

  @Override
  public List<ProfileSetting> settings() {
    return SETTINGS;
  }

  @Override
  public String location(SourceProfile profile) {
    return "projects/" + profile.setting(PROJECT_ID).orElse("?");
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    String project = profile.require(PROJECT_ID);
    return new GcpConnection(
        profile.id(),
        project,
        url(profile, IAM_URL, DEFAULT_IAM_URL),
        url(profile, RESOURCE_MANAGER_URL, DEFAULT_RESOURCE_MANAGER_URL),
        GcpCredentials.resolve(profile, environment),
        environment.http(),
        Clock.systemUTC());
  }

  @Override
  public Optional<Revoker> revoker() {
    return Optional.of(
        new PartsRevoker(
            List.of(new ServiceAccountRevoker(GcpApi::open), new BindingRevoker(GcpApi::open))));
  }

  @Override
  public List<FileImport> imports() {
    return List.of(new ServiceAccountsImport(), new IamPolicyImport());
  }

  static HttpUrl url(SourceProfile profile, String key, String defaultUrl) {
    String value = profile.setting(key).orElse(defaultUrl);
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": " + key + " '" + value + "' is not an http(s) URL");
    }
    return url;
  }
}
