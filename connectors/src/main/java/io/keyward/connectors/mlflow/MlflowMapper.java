package io.keyward.connectors.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.mlflow.MlflowWire.Dataset;
import io.keyward.connectors.mlflow.MlflowWire.DatasetInput;
import io.keyward.connectors.mlflow.MlflowWire.Experiment;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersion;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModel;
import io.keyward.connectors.mlflow.MlflowWire.Run;
import io.keyward.connectors.mlflow.MlflowWire.RunInfo;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import io.keyward.model.domain.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MLflow to the model. Registered models and their versions become resources (a version's parent is
 * its model; external ids are MLflow's own URIs, {@code models:/fraud-scorer/7}); datasets runs
 * logged become resources named by their source URI where it has one, so they meet the same data
 * from other sources; runs become lineage records that read those datasets and wrote the versions
 * registered from them. The user a run or registration recorded is kept as given: the lineage
 * analysis matches it to an identity by email or name when it reads.
 */
final class MlflowMapper {
  /** Tag values that mark a registered model as sensitive. */
  private static final Set<String> SENSITIVE =
      Set.of("true", "yes", "pii", "confidential", "restricted", "sensitive");

  private final String sourceId;

  MlflowMapper(String sourceId) {
    this.sourceId = sourceId;
  }

  /**
   * @param skipped items that could not be mapped, each naming the item ("run 3f2a: no start_time")
   */
  record Mapped(MappedItems items, List<String> skipped) {}

  Mapped map(MlflowSnapshot snapshot) {
    Map<String, Resource> resources = new LinkedHashMap<>();
    List<LineageRecord> runs = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, Boolean> sensitive = new HashMap<>();
    for (RegisteredModel model : snapshot.models()) {
      if (blank(model.name())) {
        skipped.add("a registered model without a name");
        continue;
      }
      Resource resource = model(model.name(), sensitive(model));
      resources.put(resource.id(), resource);
      sensitive.put(model.name(), resource.sensitive());
    }
    Map<String, List<String>> versionsByRun = new HashMap<>();
    for (ModelVersion version : snapshot.versions()) {
      if (blank(version.name()) || blank(version.version())) {
        skipped.add("a model version without name or version");
        continue;
      }
      String parent = modelId(version.name());
      if (!resources.containsKey(parent)) {
        // Versions are listed on their own; their model may have been left out of the reply.
        resources.put(parent, model(version.name(), false));
      }
      Resource resource = version(version, sensitive.getOrDefault(version.name(), false));
      resources.put(resource.id(), resource);
      if (!blank(version.runId())) {
        versionsByRun.computeIfAbsent(version.runId(), r -> new ArrayList<>()).add(resource.id());
      }
      try {
        LineageRecord registration = registration(version, resource.id());
        if (registration != null) {
          runs.add(registration);
        }
      } catch (IllegalArgumentException e) {
        skipped.add(versionLabel(version) + ": " + e.getMessage());
      }
    }
    Map<String, String> experiments = new HashMap<>();
    for (Experiment experiment : snapshot.experiments()) {
      if (!blank(experiment.experimentId()) && !blank(experiment.name())) {
        experiments.put(experiment.experimentId(), experiment.name());
      }
    }
    for (Run run : snapshot.runs()) {
      RunInfo info = run.info();
      if (info == null || blank(info.id())) {
        skipped.add("a run without run_id");
        continue;
      }
      if (blank(info.startTime()) && "SCHEDULED".equals(info.status())) {
        continue; // Not started: no lineage yet, and nothing wrong with it.
      }
      try {
        List<String> inputs = new ArrayList<>();
        for (Resource dataset : datasets(run)) {
          resources.putIfAbsent(dataset.id(), dataset);
          if (!inputs.contains(dataset.id())) {
            inputs.add(dataset.id());
          }
        }
        runs.add(
            run(run, info, experiments, inputs, versionsByRun.getOrDefault(info.id(), List.of())));
      } catch (IllegalArgumentException e) {
        skipped.add("run " + info.id() + ": " + e.getMessage());
      }
    }
    return new Mapped(
        new MappedItems(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.copyOf(resources.values()),
            runs,
            List.of(),
            List.of()),
        skipped);
  }

  private String modelId(String name) {
    return sourceId + ":model/" + name;
  }

  private Resource model(String name, boolean sensitive) {
    return new Resource(
        modelId(name), sourceId, "models:/" + name, ResourceKind.MODEL, name, null, sensitive);
  }

  private Resource version(ModelVersion version, boolean sensitive) {
    String path = version.name() + "/" + version.version();
    return new Resource(
        sourceId + ":model/" + path,
        sourceId,
        "models:/" + path,
        ResourceKind.MODEL_VERSION,
        version.name() + " v" + version.version(),
        modelId(version.name()),
        sensitive);
  }

  /**
   * Registering a version is a publishing step with an actor of its own: who registered it is who
   * put that artifact into the registry, whatever run made it.
   */
  private @Nullable LineageRecord registration(ModelVersion version, String versionId) {
    if (blank(version.userId())) {
      return null;
    }
    Instant created = Timestamps.anyUnit(version.creationTimestamp(), "creation_timestamp");
    if (created == null) {
      throw new IllegalArgumentException("no creation_timestamp");
    }
    String path = version.name() + "/" + version.version();
    RunState state =
        switch (String.valueOf(version.status())) {
          case "FAILED_REGISTRATION" -> RunState.FAILED;
          case "PENDING_REGISTRATION" -> RunState.RUNNING;
          default -> RunState.COMPLETED;
        };
    return new LineageRecord(
        sourceId + ":registration/" + path,
        sourceId,
        "registration of " + path,
        "register " + version.name(),
        version.userId(),
        state,
        created,
        state == RunState.RUNNING ? null : created,
        List.of(),
        List.of(versionId),
        "mlflow model registry");
  }

  private LineageRecord run(
      Run run,
      RunInfo info,
      Map<String, String> experiments,
      List<String> inputs,
      List<String> outputs) {
    Instant started = Timestamps.anyUnit(info.startTime(), "start_time");
    if (started == null) {
      throw new IllegalArgumentException("no start_time");
    }
    Instant ended = Timestamps.anyUnit(info.endTime(), "end_time");
    List<MlflowWire.Tag> tags = run.data() == null ? null : run.data().tags();
    String user =
        !blank(info.userId()) ? info.userId() : MlflowWire.tag(tags, "mlflow.user").orElse(null);
    return new LineageRecord(
        sourceId + ":run/" + info.id(),
        sourceId,
        info.id(),
        job(info, tags, experiments),
        user,
        state(info.status(), ended),
        started,
        ended != null && ended.isBefore(started) ? null : ended,
        inputs,
        outputs,
        MlflowWire.tag(tags, "mlflow.source.name").orElse(null));
  }

  /** The experiment names the job better than a generated run name ("bustling-owl-123"). */
  private static String job(
      RunInfo info, @Nullable List<MlflowWire.Tag> tags, Map<String, String> experiments) {
    if (info.experimentId() != null && experiments.containsKey(info.experimentId())) {
      return experiments.get(info.experimentId());
    }
    if (!blank(info.runName())) {
      return info.runName();
    }
    return MlflowWire.tag(tags, "mlflow.runName")
        .orElse("experiment " + (info.experimentId() == null ? "?" : info.experimentId()));
  }

  private static RunState state(@Nullable String status, @Nullable Instant ended) {
    return switch (String.valueOf(status)) {
      case "RUNNING", "SCHEDULED" -> RunState.RUNNING;
      case "FINISHED" -> RunState.COMPLETED;
      case "FAILED" -> RunState.FAILED;
      case "KILLED" -> RunState.ABORTED;
      default -> ended == null ? RunState.RUNNING : RunState.COMPLETED;
    };
  }

  private List<Resource> datasets(Run run) {
    if (run.inputs() == null || run.inputs().datasetInputs() == null) {
      return List.of();
    }
    List<Resource> datasets = new ArrayList<>();
    for (DatasetInput input : run.inputs().datasetInputs()) {
      Dataset dataset = input == null ? null : input.dataset();
      if (dataset == null || (blank(dataset.name()) && blank(dataset.source()))) {
        continue;
      }
      String location = location(dataset.source());
      String externalId =
          location != null
              ? location
              : dataset.name() + (blank(dataset.digest()) ? "" : "@" + dataset.digest());
      String name = blank(dataset.name()) ? externalId : dataset.name();
      datasets.add(
          new Resource(
              sourceId + ":dataset/" + externalId,
              sourceId,
              externalId,
              ResourceKind.DATASET,
              name,
              null,
              false));
    }
    return datasets;
  }

  /**
   * Where a dataset lives, from its source: JSON inside a string, e.g. {@code {"uri":
   * "s3://lake/tx"}} (S3, HTTP use {@code url}, Delta and Spark {@code path} or {@code
   * table_name}). Null when the source says nothing usable.
   */
  static @Nullable String location(@Nullable String source) {
    if (blank(source)) {
      return null;
    }
    JsonNode json = WireJson.readLeniently(source, JsonNode.class);
    if (json == null || !json.isObject()) {
      return null;
    }
    for (String key : List.of("uri", "url", "path", "table_name")) {
      JsonNode value = json.get(key);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }

  private static boolean sensitive(RegisteredModel model) {
    for (String key : List.of("sensitive", "data_classification", "classification")) {
      var value = MlflowWire.tag(model.tags(), key);
      if (value.isPresent() && SENSITIVE.contains(value.get().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String versionLabel(ModelVersion version) {
    return "model version " + version.name() + "/" + version.version();
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
