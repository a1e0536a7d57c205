package io.keyward.connectors.mlflow;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.mlflow.MlflowWire.Experiment;
import io.keyward.model.domain.Source;
import java.util.List;
import java.util.Objects;

/** One MLflow server reached with one login. */
final class MlflowConnection implements SourceConnection {
  private final Source source;
  private final MlflowSettings settings;
  private final MlflowSettings.Login login;
  private final ConnectEnvironment environment;
  private final int pageSize;

  MlflowConnection(
      Source source,
      MlflowSettings settings,
      MlflowSettings.Login login,
      ConnectEnvironment environment,
      int pageSize) {
    this.source = source;
    this.settings = settings;
    this.login = login;
    this.environment = environment;
    this.pageSize = pageSize;
  }

  @Override
  public String test() {
    int models = client(new Cancellation()).firstModels().size();
    return "MLflow at "
        + settings.url()
        + " as "
        + login.who()
        + ": registry readable"
        + (models == 0 ? " (no registered models yet)" : "");
  }

  @Override
  public void sync(SyncContext context) {
    MlflowClient client = client(context.cancellation());
    context.phase("reading experiments");
    List<Experiment> experiments = client.experiments(context::advance);
    context.phase("reading registered models");
    var models = client.registeredModels(context::advance);
    context.phase("reading model versions");
    var versions = client.modelVersions(context::advance);
    context.phase("reading runs");
    var runs =
        client.runs(
            experiments.stream().map(Experiment::experimentId).filter(Objects::nonNull).toList(),
            context::advance);
    MlflowLoad.load(new MlflowSnapshot(experiments, models, versions, runs), source, context);
  }

  private MlflowClient client(Cancellation cancellation) {
    return new MlflowClient(
        environment
            .http()
            .builder(source.id())
            .auth(login.auth())
            .rules(new MlflowReplyRules())
            .build(),
        settings.url(),
        pageSize,
        cancellation);
  }
}
