package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The MLflow registry: registered models and their versions, and the runs that produced the older
 * versions. churn-predictor version 2 came from a run with no {@code user_id}: nobody can say which
 * pipeline identity produced it.
 */
final class MlflowServerStory extends SourceStory {
  static final String FRAUD_SCORER = model("fraud-scorer");
  static final String CHURN_PREDICTOR = model("churn-predictor");
  static final String SUPPORT_SUMMARIZER = model("support-summarizer");

  MlflowServerStory(long seed, DemoTime time) {
    super(DemoSources.MLFLOW, seed, time);
  }

  static String model(String name) {
    return DemoSources.MLFLOW.id() + ":model/" + name;
  }

  static String version(String model, int version) {
    return model + "/" + version;
  }

  @Override
  void write(EstateSink sink) {
    registeredModel(sink, FRAUD_SCORER, true, 8);
    registeredModel(sink, CHURN_PREDICTOR, true, 3);
    registeredModel(sink, SUPPORT_SUMMARIZER, false, 1);

    sink.add(
        run(
            "train_fraud",
            GcpProjectStory.TRAINER,
            time.daysAgo(60),
            List.of(AwsAccountStory.TRANSACTIONS),
            version(FRAUD_SCORER, 6)));
    sink.add(
        run(
            "train_fraud",
            GcpProjectStory.TRAINER,
            time.daysAgo(30),
            List.of(AwsAccountStory.TRANSACTIONS, GcpProjectStory.CUSTOMERS),
            version(FRAUD_SCORER, 7)));
    // Logged from a notebook without auth: MLflow recorded no user_id.
    sink.add(
        run(
            "train_churn",
            null,
            time.daysAgo(45),
            List.of(GcpProjectStory.CUSTOMERS),
            version(CHURN_PREDICTOR, 2)));
  }

  private void registeredModel(EstateSink sink, String id, boolean sensitive, int versions) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    sink.add(new Resource(id, source.id(), name, ResourceKind.MODEL, name, null, sensitive));
    for (int v = 1; v <= versions; v++) {
      sink.add(
          new Resource(
              version(id, v),
              source.id(),
              name + "/" + v,
              ResourceKind.MODEL_VERSION,
              name + " v" + v,
              id,
              sensitive));
    }
  }

  private LineageRecord run(
      String job, @Nullable String identity, Instant started, List<String> inputs, String output) {
    String runId = ids.hex(32);
    return new LineageRecord(
        source.id() + ":run/" + runId,
        source.id(),
        runId,
        job,
        identity,
        RunState.COMPLETED,
        started,
        started.plusSeconds(3_600 + ids.random().nextInt(7_200)),
        inputs,
        List.of(output),
        "mlflow 2.19.0");
  }
}
