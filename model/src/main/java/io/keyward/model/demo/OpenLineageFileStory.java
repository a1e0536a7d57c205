package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.RunState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Airflow's OpenLineage file: pipeline identities reading datasets and writing model versions. The
 * churn retraining emits no ownership facet, so churn-predictor version 3 has no producing
 * identity.
 */
final class OpenLineageFileStory extends SourceStory {
  private static final String AIRFLOW = "https://git.demo-corp.example/data/airflow-dags/tree/v3.2";

  OpenLineageFileStory(long seed, DemoTime time) {
    super(DemoSources.OPENLINEAGE, seed, time);
  }

  @Override
  void write(EstateSink sink) {
    String fraudV8 = MlflowServerStory.version(MlflowServerStory.FRAUD_SCORER, 8);
    List<String> fraudInputs = List.of(AwsAccountStory.TRANSACTIONS, GcpProjectStory.CUSTOMERS);
    sink.add(
        run(
            "retrain_fraud.train",
            GcpProjectStory.TRAINER,
            RunState.FAILED,
            time.daysAgo(3),
            Duration.ofMinutes(14),
            fraudInputs,
            List.of()));
    sink.add(
        run(
            "retrain_fraud.train",
            GcpProjectStory.TRAINER,
            RunState.COMPLETED,
            time.daysAgo(2),
            Duration.ofMinutes(95),
            fraudInputs,
            List.of(fraudV8)));
    sink.add(
        run(
            "retrain_fraud.evaluate",
            GcpProjectStory.EVAL_AGENT,
            RunState.COMPLETED,
            time.daysAgo(2).plus(Duration.ofHours(2)),
            Duration.ofMinutes(20),
            List.of(fraudV8, GcpProjectStory.CUSTOMERS),
            List.of()));
    sink.add(
        run(
            "retrain_churn.train",
            null,
            RunState.COMPLETED,
            time.daysAgo(5),
            Duration.ofMinutes(50),
            List.of(GcpProjectStory.CUSTOMERS),
            List.of(MlflowServerStory.version(MlflowServerStory.CHURN_PREDICTOR, 3))));
    sink.add(
        run(
            "support_summarizer.finetune",
            AwsAccountStory.TRAINING_JOB_ROLE,
            RunState.COMPLETED,
            time.daysAgo(9),
            Duration.ofHours(6),
            List.of(HuggingFaceOrgStory.TICKETS_DATASET),
            List.of(
                MlflowServerStory.version(MlflowServerStory.SUPPORT_SUMMARIZER, 1),
                HuggingFaceOrgStory.SUMMARIZER_MODEL)));
    sink.add(
        run(
            "ingest_transactions",
            AwsAccountStory.BATCH_INGEST,
            RunState.RUNNING,
            time.minutesAgo(25),
            null,
            List.of(),
            List.of(AwsAccountStory.TRANSACTIONS)));
    sink.add(
        run(
            "retrain_churn.features",
            GcpProjectStory.TRAINER,
            RunState.ABORTED,
            time.daysAgo(6),
            Duration.ofMinutes(3),
            List.of(GcpProjectStory.CUSTOMERS),
            List.of()));
  }

  private LineageRecord run(
      String job,
      @Nullable String identity,
      RunState state,
      Instant started,
      @Nullable Duration took,
      List<String> inputs,
      List<String> outputs) {
    String runId = ids.uuidV7(started);
    return new LineageRecord(
        source.id() + ":run/" + runId,
        source.id(),
        runId,
        job,
        identity,
        state,
        started,
        took == null ? null : started.plus(took),
        inputs,
        outputs,
        AIRFLOW);
  }
}
