package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.model.scorecard.Criteria;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** keyward score and keyward policy on the demo estate. */
class ScoreCliTest {
  @TempDir Path dir;
  Path cache;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @BeforeEach
  void demo() {
    cache = dir.resolve("demo.db");
    assertThat(run("demo", "--cache", cache.toString()).exit()).isZero();
  }

  @Test
  void jsonGivesTheLevelAndEveryCriterionWithStatusAndEvidenceIds() throws Exception {
    Run score = run("score", "--format", "json", "--cache", cache.toString());
    assertThat(score.exit()).as(score.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(score.out());
    assertThat(json.get("level").get("number").asInt()).isEqualTo(1);
    assertThat(json.get("criteria")).hasSize(Criteria.ALL.size());
    for (JsonNode criterion : json.get("criteria")) {
      assertThat(criterion.get("status").asText()).isIn("PASS", "FAIL", "UNKNOWN");
      for (JsonNode evidence : criterion.get("evidence")) {
        assertThat(evidence.get("ids")).isNotEmpty();
      }
    }
  }

  @Test
  void htmlGoesToTheFileAndTheSummaryToStderr() throws Exception {
    Path report = dir.resolve("report.html");
    Run score =
        run("score", "--format", "html", "--out", report.toString(), "--cache", cache.toString());
    assertThat(score.exit()).as(score.err()).isZero();
    assertThat(score.out()).isEmpty();
    assertThat(score.err()).contains("Wrote the html scorecard to", "(level 1, Ad hoc)");
    assertThat(Files.readString(report))
        .startsWith("<!DOCTYPE html>")
        .contains("Maturity scorecard");
  }

  @Test
  void textScopedToATeam() {
    Run score = run("score", "--scope", "tag:team=security", "--cache", cache.toString());
    assertThat(score.exit()).as(score.err()).isZero();
    assertThat(score.out()).startsWith("Maturity: step").contains("(team = security,");
  }

  @Test
  void scoringTheSameStateTwiceKeepsOneHistoryPoint() throws Exception {
    run("score", "--cache", cache.toString());
    Run again = run("score", "--format", "json", "--cache", cache.toString());
    assertThat(new ObjectMapper().readTree(again.out()).get("history")).hasSize(1);
  }

  @Test
  void badOptionsAreOneLineErrors() {
    Run scope = run("score", "--scope", "team=ml", "--cache", cache.toString());
    assertThat(scope.exit()).isEqualTo(1);
    assertThat(scope.err().strip())
        .isEqualTo(
            "keyward: scope 'team=ml' is not one of: all, source:ID, tag:KEY=VALUE (e.g."
                + " tag:team=ml)");
    Run format = run("score", "--format", "pdf", "--cache", cache.toString());
    assertThat(format.err().strip())
        .isEqualTo("keyward: --format pdf is not one of: text, json, html");
    Run none = run("score", "--cache", dir.resolve("none.db").toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).startsWith("keyward: no cache at");
  }

  @Test
  void thresholdsFromAFile() throws Exception {
    Path profile = dir.resolve("t.json");
    Files.writeString(profile, "{\"minShortLivedShare\": 0.9}");
    Run score =
        run(
            "score",
            "--format",
            "json",
            "--thresholds",
            profile.toString(),
            "--cache",
            cache.toString());
    JsonNode json = new ObjectMapper().readTree(score.out());
    assertThat(json.get("criteria").get(5).get("id").asText()).isEqualTo("short-lived-credentials");
    assertThat(json.get("criteria").get(5).get("status").asText()).isEqualTo("FAIL");
    Files.writeString(profile, "{\"minShortLivedShare\": \"most\"}");
    Run bad = run("score", "--thresholds", profile.toString(), "--cache", cache.toString());
    assertThat(bad.err().strip())
        .isEqualTo(
            "keyward: the thresholds profile is invalid: minShortLivedShare: expected a share"
                + " between 0 and 1, found the string \"most\"");
  }

  @Test
  void policyImportThenCheck() throws Exception {
    Path file = dir.resolve("policies.json");
    Files.writeString(
        file,
        "[{\"ai_agent_id\":\"deploy-agent\",\"owner_id\":\"alice.nguyen@demo-corp.example\","
            + "\"access_level\":\"read_only\",\"max_token_exp_minutes\":60,\"x_note\":\"kept\"}]");
    Run imported = run("policy", "import", file.toString(), "--cache", cache.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out().strip())
        .isEqualTo("Imported 1 policy from policies.json: deploy-agent");

    Run check = run("policy", "check", "--json", "--cache", cache.toString());
    assertThat(check.exit()).isEqualTo(PolicyCheckCommand.VIOLATIONS);
    JsonNode json = new ObjectMapper().readTree(check.out());
    assertThat(json.get("policies").asInt()).isEqualTo(5);
    JsonNode deploy = null;
    for (JsonNode agent : json.get("agents")) {
      if (agent.get("policy").asText().equals("deploy-agent")) {
        deploy = agent;
      }
    }
    assertThat(deploy).isNotNull();
    assertThat(deploy.get("agentId").asText()).isEqualTo("aws:111122223333:user/deploy-agent");
    assertThat(deploy.get("violations").findValuesAsText("kind"))
        .contains("TOKEN_LIFETIME", "ACCESS_LEVEL");

    Run text = run("policy", "check", "--cache", cache.toString());
    assertThat(text.out()).contains("triage-agent: keeps to its policy", "deploy-agent: ");
  }

  @Test
  void anInvalidPolicyFileIsRefusedWithEveryProblem() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"ai_agent_id\":\"x\",\"access_level\":\"root\"}");
    Run imported = run("policy", "import", file.toString(), "--cache", cache.toString());
    assertThat(imported.exit()).isEqualTo(1);
    assertThat(imported.err().strip())
        .isEqualTo(
            "keyward: bad.json is invalid: owner_id: expected a non-empty string, found nothing;"
                + " access_level: expected one of read_only, read_only_sensitive_data, read_write,"
                + " read_write_sensitive_data, admin, found the string \"root\"");
  }
}
