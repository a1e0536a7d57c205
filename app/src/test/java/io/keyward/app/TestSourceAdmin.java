package io.keyward.app;

import io.keyward.app.page.sources.SourceAdmin;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.SourceProfiles;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.model.cache.Cache;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The source administration a test console runs with: profiles in {@code dir}, only the {@link
 * FakeRealmConnector}, no prompt, and nobody told of estate changes.
 */
public final class TestSourceAdmin {
  private TestSourceAdmin() {}

  /**
   * @param variables the environment the connector reads its secret from
   */
  public static SourceAdmin of(
      Cache cache, Path dir, Map<String, String> variables, BackgroundTasks tasks) {
    return new SourceAdmin(
        new SourceProfiles(dir.resolve("sources.json")),
        new Connectors(List.of(new FakeRealmConnector())),
        new ConnectEnvironment(variables, dir, CredentialPrompt.NONE, HttpTuning.DEFAULT),
        cache,
        tasks,
        () -> {});
  }
}
