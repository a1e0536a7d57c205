package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.FakeRealmConnector;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.SyncStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sources}, {@code sync}: profiles on disk, syncs into a real cache, one-line errors. */
class SourcesCliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private Run run(Map<String, String> variables, String... args) {
    ConnectEnvironment connect =
        new ConnectEnvironment(variables, dir, CredentialPrompt.NONE, HttpTuning.DEFAULT);
    CliEnvironment environment =
        new CliEnvironment(new Connectors(List.of(new FakeRealmConnector())), connect, false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Run run(String... args) {
    return run(
        Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "FAKE_SECRET", "s"), args);
  }

  private String cache() {
    return dir.resolve("cache.db").toString();
  }

  @Test
  void addListTestSyncAndRemoveASource() {
    Run add =
        run(
            "sources",
            "add",
            "keycloak",
            "keycloak:agents",
            "--name",
            "Agents",
            "--set",
            "url=http://kc.example",
            "--set",
            "users=3");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(dir.resolve("config/keyward/sources.json")).exists();

    Run test = run("sources", "test", "keycloak:agents");
    assertThat(test.out()).isEqualTo("OK keycloak:agents: realm at http://kc.example\n");

    Run sync = run("sync", "--cache", cache());
    assertThat(sync.exit()).as(sync.err()).isZero();
    assertThat(sync.out())
        .contains("keycloak:agents: fetching users")
        .containsPattern("keycloak:agents: completed, 3 items loaded, 0 removed in [0-9.]+ s");

    Run list = run("sources", "list", "--cache", cache());
    assertThat(list.out())
        .contains("keycloak:agents")
        .contains("Agents")
        .contains("completed ")
        .contains("url = http://kc.example");

    Run remove = run("sources", "remove", "keycloak:agents", "--cache", cache());
    assertThat(remove.out()).isEqualTo("Removed keycloak:agents and its items.\n");
    try (Cache opened = Cache.open(dir.resolve("cache.db"))) {
      assertThat(opened.repository().stats().identities()).isZero();
    }
  }

  @Test
  void aSyncsNotesArePrintedAndTheSyncStillSucceeds() {
    run(
        "sources",
        "add",
        "keycloak",
        "keycloak:agents",
        "--set",
        "url=http://kc.example",
        "--set",
        "note=realm agents stores no login events");

    Run sync = run("sync", "--cache", cache());

    assertThat(sync.exit()).as(sync.err()).isZero();
    assertThat(sync.out())
        .contains("keycloak:agents: completed, 2 items loaded")
        .contains("keycloak:agents: note: realm agents stores no login events\n");
  }

  @Test
  void aFailedSyncExitsNonZeroSaysWhereAndKeepsTheCache() {
    run("sources", "add", "keycloak", "keycloak:agents", "--set", "url=http://kc.example");
    run("sync", "--cache", cache());
    run(
        "sources",
        "add",
        "keycloak",
        "keycloak:agents",
        "--replace",
        "--set",
        "url=http://kc.example",
        "--set",
        "failAt=GET /admin/realms/agents/users");

    Run failed = run("sync", "keycloak:agents", "--cache", cache());

    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.out())
        .contains(
            "keycloak:agents: failed: keycloak:agents: GET /admin/realms/agents/users: HTTP 500");
    try (Cache opened = Cache.open(dir.resolve("cache.db"))) {
      assertThat(opened.repository().stats().identities()).isEqualTo(2);
      assertThat(opened.repository().syncRuns())
          .extracting(r -> r.status())
          .containsExactlyInAnyOrder(SyncStatus.COMPLETED, SyncStatus.FAILED);
    }
  }

  @Test
  void missingCredentialsAreReportedPerSourceWithoutATrace() {
    run("sources", "add", "keycloak", "keycloak:agents", "--set", "url=http://kc.example");

    Run sync =
        run(
            Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString()),
            "sync",
            "--cache",
            cache());

    assertThat(sync.exit()).isEqualTo(1);
    assertThat(sync.out()).isEqualTo("keycloak:agents: cannot connect: set FAKE_SECRET\n");
  }

  @Test
  void aProfileIsCheckedBeforeItIsSaved() {
    Run missing = run("sources", "add", "keycloak", "keycloak:agents");
    Run unknown =
        run("sources", "add", "keycloak", "keycloak:x", "--set", "url=u", "--set", "colour=red");
    Run secret =
        run(
            "sources",
            "add",
            "keycloak",
            "keycloak:y",
            "--set",
            "url=u",
            "--set",
            "clientSecret=x");
    Run kind = run("sources", "add", "okta", "okta:corp");

    assertThat(missing.err())
        .isEqualTo("keyward: source keycloak:agents needs the setting 'url' (Base URL)\n");
    assertThat(unknown.err())
        .contains("unknown setting 'colour'; keycloak knows failAt, note, url, users");
    assertThat(secret.err()).contains("'clientSecret' would hold a secret");
    assertThat(kind.err()).isEqualTo("keyward: unknown kind 'okta'; known: keycloak\n");
    assertThat(Files.exists(dir.resolve("config/keyward/sources.json"))).isFalse();
  }

  @Test
  void syncingAnUnknownSourceIsAnError() {
    Run sync = run("sync", "nope:x", "--cache", cache());

    assertThat(sync.exit()).isEqualTo(1);
    assertThat(sync.err()).isEqualTo("keyward: no source nope:x; see 'keyward sources list'\n");
  }
}
