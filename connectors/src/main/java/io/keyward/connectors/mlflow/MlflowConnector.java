package io.keyward.connectors.mlflow;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.SourceKind;
import java.util.List;

/** MLflow tracking servers and model registries over the REST API 2.x. */
public final class MlflowConnector implements Connector {
  private final int pageSize;

  public MlflowConnector() {
    this(MlflowClient.PAGE_SIZE);
  }

  /** For tests: small pages make paging visible with a handful of items. */
  MlflowConnector(int pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.MLFLOW;
  }

  @Override
  public String cliName() {
    return "mlflow";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required(
            MlflowSettings.URL,
            "Tracking URL",
            "The MLflow server, e.g. https://mlflow.example.com or https://WORKSPACE."
                + "cloud.databricks.com; credentials from "
                + MlflowSettings.TOKEN_VARIABLE
                + " or "
                + MlflowSettings.USERNAME_VARIABLE
                + "/"
                + MlflowSettings.PASSWORD_VARIABLE));
  }

  @Override
  public String location(SourceProfile profile) {
    return MlflowSettings.of(profile).url().toString();
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    MlflowSettings settings = MlflowSettings.of(profile);
    return new MlflowConnection(
        source(profile), settings, MlflowSettings.login(environment), environment, pageSize);
  }

  @Override
  public List<FileImport> imports() {
    return List.of(new MlflowRepliesImport());
  }
}
