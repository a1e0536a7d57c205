package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The graph and risk commands on the demo estate, whose planted answers are known. */
class GraphCliTest {
  private static final String RESEARCH_AGENT = "entra:demo-corp:agent/research-agent";
  private static final String DATA_LAKE_READER = "aws:111122223333:role/DataLakeReader";
  @TempDir static Path dir;
  private static String cache;

  record Run(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  @BeforeAll
  static void demo() {
    cache = dir.resolve("demo.db").toString();
    assertThat(run("demo", "--seed", "7", "--cache", cache).exit()).isZero();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run graph(String... args) {
    List<String> all = new ArrayList<>(List.of("graph"));
    all.addAll(List.of(args));
    all.addAll(List.of("--cache", cache));
    return run(all.toArray(new String[0]));
  }

  @Test
  void blastRadiusFollowsTheChainToTheRoleAndItsBucket() throws Exception {
    Run run = graph("blast-radius", "alice.nguyen", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();

    assertThat(json.get("start").get("id").asText()).isEqualTo("entra:demo-corp:user/alice.nguyen");
    JsonNode role = find(json.get("identities"), "id", DATA_LAKE_READER);
    assertThat(role.get("depth").asInt()).isEqualTo(3);
    assertThat(role.get("conditional").asBoolean()).isTrue();
    assertThat(role.get("via").get("kind").asText()).isEqualTo("ASSUME_ROLE");
    assertThat(role.get("via").get("condition").asText()).contains("AssumeRoleWithWebIdentity");
    JsonNode lake = find(json.get("resources"), "id", "arn:aws:s3:::demo-corp-lake");
    assertThat(lake.get("privilege").asText()).isEqualTo("READ");
    assertThat(lake.get("sensitive").asBoolean()).isTrue();
    assertThat(find(json.get("grants"), "permission", "s3:GetObject").get("holder").asText())
        .isEqualTo(DATA_LAKE_READER);

    Run text = graph("blast-radius", "alice.nguyen@demo-corp.example");
    assertThat(text.out())
        .contains("Blast radius of Alice Nguyen", "DataLakeReader", "demo-corp-lake");
  }

  @Test
  void aCredentialMeansItsHolder() throws Exception {
    Run run = graph("blast-radius", "aws:111122223333:user/deploy-agent/key-1", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.json().get("start").get("name").asText()).isEqualTo("deploy-agent");
    assertThat(run.json().get("grants").get(0).get("privilege").asText()).isEqualTo("ADMIN");
  }

  @Test
  void chainsShowTheEscalatingHop() throws Exception {
    Run run = graph("chains", "research-agent", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode chain = run.json().get("chains").get(0);

    assertThat(chain.get("principals").get(0).asText())
        .isEqualTo("entra:demo-corp:user/alice.nguyen");
    JsonNode escalation = chain.get("escalations").get(0);
    assertThat(escalation.get("hop").asInt()).isEqualTo(2);
    assertThat(escalation.get("widenedBy").asText()).isEqualTo(RESEARCH_AGENT);
    assertThat(escalation.get("extraScope").get(0).asText()).isEqualTo("datasets:write");
    assertThat(escalation.get("exercised").get("delegation").asText()).isNotBlank();
    assertThat(graph("chains", "research-agent").out())
        .contains("! Alice Nguyen -[ON_BEHALF_OF datasets:read]-> research-agent", "hop 2");
  }

  @Test
  void pathsListTheShortestFirst() throws Exception {
    Run run = graph("paths", "alice.nguyen", "DataLakeReader", "-k", "2", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode paths = run.json().get("paths");

    assertThat(paths).hasSize(1);
    assertThat(paths.get(0).get("hops")).hasSize(3);
    assertThat(paths.get(0).get("principals").get(3).asText()).isEqualTo(DATA_LAKE_READER);
    assertThat(graph("paths", "DataLakeReader", "alice.nguyen").out()).contains("out of reach");
  }

  @Test
  void escalationsListThePlantedWideningHop() throws Exception {
    Run run = graph("escalations", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = run.json();

    assertThat(json.get("total").asInt()).isEqualTo(json.get("escalations").size());
    assertThat(
            find(json.get("escalations"), "widenedBy", RESEARCH_AGENT)
                .get("extraScope")
                .get(0)
                .asText())
        .isEqualTo("datasets:write");
    assertThat(graph("escalations", "--limit", "1").out()).contains("hop(s) widen scope", "chain:");
  }

  @Test
  void riskRanksTheOwnerlessAdminAgentFirstWithItsFactors() throws Exception {
    Run run = run("risk", "--top", "3", "--json", "--cache", cache);
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode first = run.json().get("identities").get(0);

    assertThat(first.get("id").asText()).isEqualTo("aws:111122223333:user/deploy-agent");
    assertThat(first.get("score").asInt()).isBetween(80, 100);
    assertThat(first.get("factors")).isNotEmpty();
    JsonNode factor = first.get("factors").get(0);
    for (String key : new String[] {"factor", "label", "points", "max", "reason"}) {
      assertThat(factor.has(key)).as(key).isTrue();
    }
    assertThat(run.json().get("identities")).hasSize(3);
    assertThat(run("risk", "--cache", cache).out())
        .contains("deploy-agent", "+25 Privilege breadth");
  }

  @Test
  void reachAndCyclesAnswer() throws Exception {
    Run reach = graph("reach", "arn:aws:s3:::demo-corp-lake", "--json");
    assertThat(reach.exit()).as(reach.err()).isZero();
    assertThat(
            find(reach.json().get("principals"), "id", "entra:demo-corp:user/alice.nguyen")
                .get("hops")
                .asInt())
        .isEqualTo(3);
    Run cycles = graph("cycles", "--json");
    assertThat(cycles.exit()).as(cycles.err()).isZero();
    assertThat(cycles.json().get("cycles").isArray()).isTrue();
  }

  @Test
  void ambiguousAndUnknownKeysFailOnOneLine() {
    Run ambiguous = graph("blast-radius", "forecast-agent-3");
    assertThat(ambiguous.exit()).isEqualTo(1);
    assertThat(ambiguous.err())
        .startsWith("keyward: 'forecast-agent-3' is ambiguous")
        .contains("entra:demo-corp:agent/forecast-agent-3", "gcp:demo-ml-prod:sa/forecast-agent-3");
    assertThat(ambiguous.err().strip()).doesNotContain("\n");

    Run unknown = graph("chains", "nobody-at-all");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err())
        .startsWith("keyward: no identity, credential or alert matches 'nobody-at-all'");

    Run missing = run("graph", "escalations", "--cache", dir.resolve("none.db").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no cache at");
  }

  private static JsonNode find(JsonNode array, String key, String value) {
    for (JsonNode item : array) {
      if (item.get(key).asText().equals(value)) {
        return item;
      }
    }
    throw new AssertionError("no item with " + key + " = " + value + " in " + array);
  }
}
