package io.keyward.connectors.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.FileStem;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.mlflow.MlflowWire.ExperimentsPage;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersionsPage;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModelsPage;
import io.keyward.connectors.mlflow.MlflowWire.RunsPage;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code keyward import --source mlflow FILE}: saved REST replies of one server, as one JSON object
 * keyed by endpoint: {@code registered-models/search}, {@code model-versions/search}, {@code
 * runs/search} and, optionally, {@code experiments/search} (for job names). Each value is one
 * reply, or an array of replies when the list took several pages. See docs/connect/mlflow.md for
 * the curl commands that make it.
 */
final class MlflowRepliesImport implements FileImport {
  static final String EXPERIMENTS = "experiments/search";
  static final String MODELS = "registered-models/search";
  static final String VERSIONS = "model-versions/search";
  static final String RUNS = "runs/search";
  private static final Set<String> KEYS = Set.of(EXPERIMENTS, MODELS, VERSIONS, RUNS);

  @Override
  public String name() {
    return "mlflow";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.MLFLOW;
  }

  @Override
  public String description() {
    return "saved MLflow REST replies: {\"registered-models/search\": ..., \"model-versions/search\":"
        + " ..., \"runs/search\": ...}";
  }

  @Override
  public void read(Path file, @Nullable String sourceId, SyncContext context) {
    String id = sourceId != null ? sourceId : "mlflow:" + FileStem.of(file, "registry");
    context.phase("reading " + file.getFileName());
    JsonNode json = json(file, id);
    if (!json.isObject() || !json.fieldNames().hasNext()) {
      throw problem(id, file, null, "not a JSON object of replies keyed by endpoint");
    }
    for (var names = json.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!KEYS.contains(key)) {
        throw problem(id, file, key, "unknown endpoint; expected some of " + KEYS);
      }
    }
    MlflowSnapshot snapshot =
        new MlflowSnapshot(
            replies(
                file, id, json, EXPERIMENTS, ExperimentsPage.class, ExperimentsPage::experiments),
            replies(
                file,
                id,
                json,
                MODELS,
                RegisteredModelsPage.class,
                RegisteredModelsPage::registeredModels),
            replies(
                file,
                id,
                json,
                VERSIONS,
                ModelVersionsPage.class,
                ModelVersionsPage::modelVersions),
            replies(file, id, json, RUNS, RunsPage.class, RunsPage::runs));
    Source source =
        new Source(
            id,
            SourceKind.MLFLOW,
            "MLflow " + file.getFileName(),
            file.toAbsolutePath().toString());
    MlflowLoad.load(snapshot, source, context);
  }

  private static <P, T> List<T> replies(
      Path file,
      String id,
      JsonNode json,
      String key,
      Class<P> type,
      Function<P, @Nullable List<T>> items) {
    JsonNode value = json.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<JsonNode> pages = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(pages::add);
    } else {
      pages.add(value);
    }
    List<T> all = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String item = pages.size() == 1 ? key : key + " page " + (i + 1);
      try {
        List<T> found = items.apply(WireJson.MAPPER.treeToValue(pages.get(i), type));
        if (found != null) {
          all.addAll(found);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw problem(id, file, item, "not an MLflow " + key + " reply: " + e.getMessage());
      }
    }
    return all;
  }

  private static JsonNode json(Path file, String id) {
    try {
      return WireJson.read(
          Files.readString(file, StandardCharsets.UTF_8),
          JsonNode.class,
          id,
          file.toString(),
          null);
    } catch (IOException e) {
      throw problem(id, file, null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static SourceException problem(
      String id, Path file, @Nullable String item, String problem) {
    return new SourceException(id, file.toString(), item, problem);
  }
}
