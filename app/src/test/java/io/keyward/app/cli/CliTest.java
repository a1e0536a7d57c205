package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.model.domain.IdentityKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void demoThenStatsJsonFollowsTheContract() throws Exception {
    Path cache = dir.resolve("demo.db");
    Run demo = run("demo", "--scale", "demo", "--seed", "7", "--cache", cache.toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Wrote the demo demo estate (seed 7)");

    Run stats = run("stats", "--json", "--cache", cache.toString());
    assertThat(stats.exit()).as(stats.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(stats.out());
    assertThat(json.get("identities").get("total").asLong()).isPositive();
    for (IdentityKind kind : IdentityKind.values()) {
      assertThat(json.get("identities").get("byKind").has(kind.name())).as(kind.name()).isTrue();
    }
    for (String key :
        new String[] {
          "credentials",
          "grants",
          "delegations",
          "resources",
          "lineageRecords",
          "accessEvents",
          "alerts",
          "sources",
          "syncRuns"
        }) {
      assertThat(json.get(key).isIntegralNumber()).as(key).isTrue();
    }
    assertThat(json.get("sources").asLong()).isGreaterThanOrEqualTo(11);
    long byKindSum = 0;
    for (var kind :
        (Iterable<Map.Entry<String, JsonNode>>) json.get("identities").get("byKind")::fields) {
      byKindSum += kind.getValue().asLong();
    }
    assertThat(byKindSum).isEqualTo(json.get("identities").get("total").asLong());
  }

  @Test
  void theSameSeedWritesTheSameEstate() {
    run("demo", "--seed", "3", "--cache", dir.resolve("a.db").toString());
    run("demo", "--seed", "3", "--cache", dir.resolve("b.db").toString());
    assertThat(run("stats", "--json", "--cache", dir.resolve("a.db").toString()).out())
        .isEqualTo(run("stats", "--json", "--cache", dir.resolve("b.db").toString()).out());
  }

  @Test
  void demoRefusesToOverwriteUnlessAsked() throws Exception {
    Path cache = dir.resolve("taken.db");
    Files.writeString(cache, "keep me");
    Run refused = run("demo", "--cache", cache.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).startsWith("keyward: ").contains("--replace");
    assertThat(Files.readString(cache)).isEqualTo("keep me");

    assertThat(run("demo", "--replace", "--cache", cache.toString()).exit()).isZero();
  }

  @Test
  void statsTextListsTheCounts() {
    Path cache = dir.resolve("demo.db");
    run("demo", "--cache", cache.toString());
    Run stats = run("stats", "--cache", cache.toString());
    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).contains("Identities").contains("agent").contains("Grants");
  }

  @Test
  void errorsAreOneLineWithoutATrace() throws Exception {
    Run missing = run("stats", "--cache", dir.resolve("nope.db").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err().strip()).startsWith("keyward: no cache at").doesNotContain("\n");

    Path corrupt = dir.resolve("corrupt.db");
    Files.write(corrupt, new byte[4096]);
    Files.writeString(corrupt, "this is not a database at all, just text".repeat(100));
    Run damaged = run("stats", "--cache", corrupt.toString());
    assertThat(damaged.exit()).isEqualTo(1);
    assertThat(damaged.err().strip())
        .contains("cannot be used as a Keyward cache")
        .doesNotContain("\tat ");

    Run badScale = run("demo", "--scale", "galactic", "--cache", dir.resolve("x.db").toString());
    assertThat(badScale.exit()).isEqualTo(1);
    assertThat(badScale.err()).contains("galactic").contains("demo|large|huge");
  }

  @Test
  void defaultCacheFollowsXdg() {
    assertThat(CacheOption.defaultFile(Map.of("XDG_DATA_HOME", "/data")))
        .isEqualTo(Path.of("/data/keyward/cache.db"));
    assertThat(CacheOption.defaultFile(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local/share/keyward/cache.db"));
  }

  @Test
  void importsAnAwsAuthorizationDetailsFileThroughTheDiscoveredConnector() throws Exception {
    Path file = dir.resolve("authz.json");
    Files.writeString(
        file,
        """
        {"UserDetailList":[{"Path":"/","UserName":"ci-bot","UserId":"AIDAEXAMPLE1",
          "Arn":"arn:aws:iam::111122223333:user/ci-bot","CreateDate":"2024-02-03T04:05:06Z",
          "GroupList":[],"UserPolicyList":[],"AttachedManagedPolicies":[],
          "Tags":[{"Key":"keyward:kind","Value":"agent"}]}],
         "GroupDetailList":[],"RoleDetailList":[],"Policies":[]}
        """);
    Path cache = dir.resolve("cache.db");

    Run imported =
        run("import", "--source", "aws-authz", file.toString(), "--cache", cache.toString());
    Run broken = run("import", "--source", "aws-authz", dir.resolve("nope.json").toString());

    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("aws:111122223333: completed, 1 items loaded");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).startsWith("keyward: aws-authz: no file ");
  }
}
