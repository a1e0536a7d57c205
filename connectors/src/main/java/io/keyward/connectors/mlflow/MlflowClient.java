package io.keyward.connectors.mlflow;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.mlflow.MlflowWire.Experiment;
import io.keyward.connectors.mlflow.MlflowWire.ExperimentsPage;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersion;
import io.keyward.connectors.mlflow.MlflowWire.ModelVersionsPage;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModel;
import io.keyward.connectors.mlflow.MlflowWire.RegisteredModelsPage;
import io.keyward.connectors.mlflow.MlflowWire.Run;
import io.keyward.connectors.mlflow.MlflowWire.RunsPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The MLflow REST API under {@code {url}/api/2.0/mlflow}, read-only. Every list pages with {@code
 * page_token} / {@code next_page_token} and ends when no token comes back.
 */
final class MlflowClient {
  static final int PAGE_SIZE = 1000;
  private static final MediaType JSON = MediaType.get("application/json");

  private final SourceHttp http;
  private final HttpUrl api;
  private final int pageSize;
  private final Cancellation cancellation;

  MlflowClient(SourceHttp http, HttpUrl url, int pageSize, Cancellation cancellation) {
    this.http = http;
    this.api = url.newBuilder().addPathSegments("api/2.0/mlflow").build();
    this.pageSize = pageSize;
    this.cancellation = cancellation;
  }

  /** The first registered models: proof the server answers and the credentials read. */
  List<RegisteredModel> firstModels() {
    RegisteredModelsPage page =
        get(url("registered-models/search", null, 1), RegisteredModelsPage.class);
    return page.registeredModels() == null ? List.of() : page.registeredModels();
  }

  List<Experiment> experiments(LongConsumer progress) {
    return pages(
        token -> get(url("experiments/search", token, pageSize), ExperimentsPage.class),
        ExperimentsPage::experiments,
        ExperimentsPage::nextPageToken,
        progress);
  }

  List<RegisteredModel> registeredModels(LongConsumer progress) {
    return pages(
        token -> get(url("registered-models/search", token, pageSize), RegisteredModelsPage.class),
        RegisteredModelsPage::registeredModels,
        RegisteredModelsPage::nextPageToken,
        progress);
  }

  List<ModelVersion> modelVersions(LongConsumer progress) {
    return pages(
        token -> get(url("model-versions/search", token, pageSize), ModelVersionsPage.class),
        ModelVersionsPage::modelVersions,
        ModelVersionsPage::nextPageToken,
        progress);
  }

  /** Runs of the given experiments, active and deleted, through {@code POST runs/search}. */
  List<Run> runs(List<String> experimentIds, LongConsumer progress) {
    if (experimentIds.isEmpty()) {
      return List.of();
    }
    return pages(
        token -> post("runs/search", runsQuery(experimentIds, token), RunsPage.class),
        RunsPage::runs,
        RunsPage::nextPageToken,
        progress);
  }

  private Map<String, Object> runsQuery(List<String> experimentIds, @Nullable String token) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("experiment_ids", experimentIds);
    body.put("max_results", pageSize);
    body.put("run_view_type", "ALL");
    if (token != null) {
      body.put("page_token", token);
    }
    return body;
  }

  private HttpUrl url(String path, @Nullable String token, int max) {
    HttpUrl.Builder url =
        api.newBuilder()
            .addPathSegments(path)
            .addQueryParameter("max_results", Integer.toString(max));
    if (token != null) {
      url.addQueryParameter("page_token", token);
    }
    return url.build();
  }

  private <T> T get(HttpUrl url, Class<T> type) {
    Request request = new Request.Builder().url(url).get().build();
    String endpoint = "GET " + url.encodedPath();
    HttpReply reply = http.send(endpoint, request, null, cancellation);
    return WireJson.read(reply.body(), type, http.source(), endpoint, null);
  }

  private <T> T post(String path, Object body, Class<T> type) {
    HttpUrl url = api.newBuilder().addPathSegments(path).build();
    String json;
    try {
      json = WireJson.MAPPER.writeValueAsString(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    Request request = new Request.Builder().url(url).post(RequestBody.create(json, JSON)).build();
    String endpoint = "POST " + url.encodedPath();
    HttpReply reply = http.send(endpoint, request, null, cancellation);
    return WireJson.read(reply.body(), type, http.source(), endpoint, null);
  }

  /**
   * Follows page tokens to the end. A token seen twice would loop forever; that is the server's
   * fault and reported as such.
   */
  private <P, T> List<T> pages(
      Function<@Nullable String, P> fetch,
      Function<P, @Nullable List<T>> items,
      Function<P, @Nullable String> next,
      LongConsumer progress) {
    List<T> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String token = null;
    do {
      P page = fetch.apply(token);
      List<T> found = items.apply(page);
      if (found != null) {
        all.addAll(found);
        progress.accept(found.size());
      }
      token = next.apply(page);
      if (token != null && token.isBlank()) {
        token = null;
      }
      if (token != null && !seen.add(token)) {
        throw new SourceException(
            http.source(),
            api.encodedPath(),
            null,
            "the server sent page token " + token + " twice");
      }
    } while (token != null);
    return all;
  }
}
