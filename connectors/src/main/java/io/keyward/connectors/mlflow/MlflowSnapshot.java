package io.keyward.connectors.mlflow;

import io.keyward.connectors.mlflow.MlflowWire.Experiment;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersion;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModel;
import io.keyward.connectors.mlflow.MlflowWire.Run;
import java.util.List;

/** Everything read from one MLflow server, live or from a file, before mapping. */
record MlflowSnapshot(
    List<Experiment> experiments,
    List<RegisteredModel> models,
    List<ModelVersion> versions,
    List<Run> runs) {

  MlflowSnapshot {
    experiments = List.copyOf(experiments);
    models = List.copyOf(models);
    versions = List.copyOf(versions);
    runs = List.copyOf(runs);
  }
}
