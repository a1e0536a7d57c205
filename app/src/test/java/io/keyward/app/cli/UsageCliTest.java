package io.keyward.app.cli;

import static io.keyward.app.cli.ScoreCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.app.cli.ScoreCliTest.Run;
import org.junit.jupiter.api.Test;

/** keyward usage on the demo estate. */
class UsageCliTest extends OnDemoCache {
  static final String CI_BOT = "aws:111122223333:user/ci-bot";
  static final String PRICING = "aws:111122223333:user/pricing-agent";

  @Test
  void unusedListsGrantsWithTheirEvidenceAndCountsTheRest() throws Exception {
    JsonNode json = json("usage", "unused", "--json", "--limit", "0", "--cache", cache);

    assertThat(json.get("days").asInt()).isEqualTo(90);
    JsonNode counts = json.get("counts");
    assertThat(counts.get("unused").asInt()).isEqualTo(json.get("unused").size()).isPositive();
    assertThat(counts.get("used").asInt()).isPositive();
    assertThat(counts.get("unknown").asInt()).isZero();
    JsonNode secret = find(json.get("unused"), CI_BOT, "secretsmanager:GetSecretValue");
    assertThat(secret.get("status").asText()).isEqualTo("UNUSED");
    assertThat(secret.get("lastUse").isNull()).isTrue();
    assertThat(secret.get("evidence").asText()).startsWith("never used, as its source reports");
    JsonNode dynamo = find(json.get("unused"), PRICING, "dynamodb:*");
    assertThat(dynamo.get("lastUse").get("basis").asText()).isEqualTo("event");
    assertThat(dynamo.get("lastUse").get("eventId").asText()).startsWith("cloudtrail:");
    assertThat(dynamo.get("principalName").asText()).isEqualTo("pricing-agent");
  }

  @Test
  void aShorterWindowFindsMoreUnusedAndTheTextSaysHowMany() throws Exception {
    int ninety =
        json("usage", "unused", "--json", "--cache", cache).get("counts").get("unused").asInt();
    int ten =
        json("usage", "unused", "--json", "--days", "10", "--cache", cache)
            .get("counts")
            .get("unused")
            .asInt();
    assertThat(ten).isGreaterThan(ninety);

    Run text = run("usage", "unused", "--limit", "2", "--cache", cache);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("^[\\d,]+ of [\\d,]+ grants not used in 90 days");
    assertThat(text.out()).contains("more (--limit 0 lists all)");
  }

  @Test
  void identityShowsUsedVsGrantedAndDeniedAttempts() throws Exception {
    JsonNode json = json("usage", "identity", PRICING, "--json", "--cache", cache);

    assertThat(json.get("identity").get("kind").asText()).isEqualTo("AGENT");
    assertThat(json.get("held").get(0).get("permission").asText()).isEqualTo("dynamodb:*");
    assertThat(json.get("unexplained"))
        .anySatisfy(
            a -> {
              assertThat(a.get("action").asText()).isEqualTo("s3:GetObject");
              assertThat(a.get("denied").asBoolean()).isTrue();
            });

    Run text = run("usage", "identity", "pricing-agent", "--cache", cache);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .startsWith("pricing-agent (agent, " + PRICING + ")")
        .contains(
            "UNUSED  dynamodb:*", "Seen doing, explained by no grant:", "DENIED  s3:GetObject");
  }

  @Test
  void anUnknownTargetOrBadWindowIsOneLine() {
    Run missing = run("usage", "identity", "nobody-at-all", "--cache", cache);
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err().strip())
        .startsWith("keyward: no identity, credential or alert matches 'nobody-at-all'");
    Run zero = run("usage", "unused", "--days", "0", "--cache", cache);
    assertThat(zero.exit()).isNotZero();
    assertThat(zero.err().strip()).isEqualTo("keyward: the window is at least one day, not 0");
  }

  private static JsonNode find(JsonNode grants, String principal, String permission) {
    for (JsonNode g : grants) {
      if (g.get("principal").asText().equals(principal)
          && g.get("permission").asText().equals(permission)) {
        return g;
      }
    }
    throw new AssertionError("no unused grant " + permission + " of " + principal);
  }
}
