package io.keyward.connectors.mlflow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * MLflow REST 2.x replies. Timestamps are epoch milliseconds, sometimes sent as strings, so they
 * are read as text; a model version's {@code version} is a string; tags are {@code {key, value}}
 * arrays; a dataset's {@code source}, {@code schema} and {@code profile} are JSON inside strings.
 */
final class MlflowWire {
  private MlflowWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tag(@Nullable String key, @Nullable String value) {}

  /** The value of tag {@code key}, when present and not blank. */
  static Optional<String> tag(@Nullable List<Tag> tags, String key) {
    if (tags == null) {
      return Optional.empty();
    }
    return tags.stream()
        .filter(t -> t != null && key.equals(t.key()) && t.value() != null && !t.value().isBlank())
        .map(Tag::value)
        .findFirst();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Experiment(
      @JsonProperty("experiment_id") @Nullable String experimentId, @Nullable String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ExperimentsPage(
      @Nullable List<Experiment> experiments,
      @JsonProperty("next_page_token") @Nullable String nextPageToken) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RegisteredModel(
      @Nullable String name,
      @JsonProperty("creation_timestamp") @Nullable String creationTimestamp,
      @JsonProperty("user_id") @Nullable String userId,
      @Nullable List<Tag> tags) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RegisteredModelsPage(
      @JsonProperty("registered_models") @Nullable List<RegisteredModel> registeredModels,
      @JsonProperty("next_page_token") @Nullable String nextPageToken) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ModelVersion(
      @Nullable String name,
      @Nullable String version,
      @JsonProperty("creation_timestamp") @Nullable String creationTimestamp,
      @JsonProperty("last_updated_timestamp") @Nullable String lastUpdatedTimestamp,
      @JsonProperty("user_id") @Nullable String userId,
      @Nullable String source,
      @JsonProperty("run_id") @Nullable String runId,
      @Nullable String status,
      @Nullable List<Tag> tags) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ModelVersionsPage(
      @JsonProperty("model_versions") @Nullable List<ModelVersion> modelVersions,
      @JsonProperty("next_page_token") @Nullable String nextPageToken) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RunInfo(
      @JsonProperty("run_id") @Nullable String runId,
      @JsonProperty("run_uuid") @Nullable String runUuid,
      @JsonProperty("experiment_id") @Nullable String experimentId,
      @JsonProperty("run_name") @Nullable String runName,
      @JsonProperty("user_id") @Nullable String userId,
      @Nullable String status,
      @JsonProperty("start_time") @Nullable String startTime,
      @JsonProperty("end_time") @Nullable String endTime) {

    /** {@code run_uuid} is the older name of {@code run_id}; servers still send both. */
    @Nullable String id() {
      return runId != null && !runId.isBlank() ? runId : runUuid;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RunData(@Nullable List<Tag> tags) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Dataset(
      @Nullable String name,
      @Nullable String digest,
      @JsonProperty("source_type") @Nullable String sourceType,
      @Nullable String source) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DatasetInput(@Nullable List<Tag> tags, @Nullable Dataset dataset) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RunInputs(@JsonProperty("dataset_inputs") @Nullable List<DatasetInput> datasetInputs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Run(@Nullable RunInfo info, @Nullable RunData data, @Nullable RunInputs inputs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RunsPage(
      @Nullable List<Run> runs, @JsonProperty("next_page_token") @Nullable String nextPageToken) {}

  /** MLflow's error body. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Problem(
      @JsonProperty("error_code") @Nullable String errorCode, @Nullable String message) {}
}
