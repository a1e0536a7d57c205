package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.app.cli.ScoreCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keyward snapshot: exit codes, one-line refusals and the JSON contracts. */
class SnapshotCliTest {
  @TempDir Path dir;
  Path cache;
  Path snapshot;

  @BeforeEach
  void exportDemo() {
    cache = dir.resolve("demo.db");
    assertThat(ScoreCliTest.run("demo", "--cache", cache.toString()).exit()).isZero();
    snapshot = dir.resolve("demo.kwsnap");
    Run export =
        ScoreCliTest.run(
            "snapshot", "export", "--out", snapshot.toString(), "--cache", cache.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).startsWith("Wrote " + snapshot + ": 400 identities");
  }

  @Test
  void readCommandsRunOnASnapshotGivenAsTheCacheAndChangingOnesAreRefused() throws Exception {
    String snap = snapshot.toString();
    JsonNode stats = new ObjectMapper().readTree(run("stats", "--json", "--cache", snap));
    assertThat(stats.get("identities").get("total").asInt()).isEqualTo(400);
    assertThat(run("risk", "--top", "1", "--cache", snap)).isNotBlank();
    assertThat(run("timeline", "pricing-agent", "--cache", snap))
        .startsWith("pricing-agent (aws:111122223333:user/pricing-agent): ");
    assertThat(run("usage", "identity", "pricing-agent", "--cache", snap))
        .startsWith("pricing-agent (agent, ");
    assertThat(run("audit", "verify", "--cache", snap)).isNotBlank();
    assertThat(run("score", "--cache", snap)).startsWith("Maturity: step 1 of 4");

    String profiles = dir.resolve("sources.json").toString();
    String fixture = dir.resolve("findings.ndjson").toString();
    Files.writeString(dir.resolve("findings.ndjson"), "");
    for (String[] changing :
        new String[][] {
          {"revoke", "disable-identity", "pricing-agent", "--dry-run"},
          {"sync", "--profiles", profiles},
          {"import", "--source", "ocsf", fixture},
          {"sources", "remove", "aws:111122223333", "--profiles", profiles}
        }) {
      String[] args = Arrays.copyOf(changing, changing.length + 2);
      args[changing.length] = "--cache";
      args[changing.length + 1] = snap;
      Run refused = ScoreCliTest.run(args);
      assertThat(refused.exit()).as(String.join(" ", changing)).isNotZero();
      assertThat(refused.err().strip())
          .as(String.join(" ", changing))
          .isEqualTo(
              "keyward: "
                  + snap
                  + " is a snapshot, which opens read-only; this command changes a cache file");
    }
    assertThat(run("sources", "list", "--profiles", profiles, "--cache", snap))
        .contains("aws:111122223333");
  }

  private static String run(String... args) {
    Run r = ScoreCliTest.run(args);
    assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r.out();
  }

  @Test
  void verifyPrintsTheManifestAndExitsZero() throws Exception {
    Run verify = ScoreCliTest.run("snapshot", "verify", snapshot.toString());
    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(verify.out()).contains("Intact snapshot", "Signed:         no", "400 identities");

    JsonNode json =
        new ObjectMapper()
            .readTree(ScoreCliTest.run("snapshot", "verify", "--json", snapshot.toString()).out());
    assertThat(json.get("intact").asBoolean()).isTrue();
    assertThat(json.get("signedBy").isNull()).isTrue();
    JsonNode manifest = json.get("manifest");
    assertThat(manifest.get("format").asText()).isEqualTo("keyward-snapshot");
    assertThat(manifest.get("counts").get("identities").asLong()).isEqualTo(400);
    assertThat(manifest.get("entries").get("cache.db").asText()).hasSize(64);
  }

  @Test
  void aDamagedSnapshotExitsOneWithOneLine() throws Exception {
    byte[] bytes = Files.readAllBytes(snapshot);
    Path truncated = Files.write(dir.resolve("cut.kwsnap"), Arrays.copyOf(bytes, 1000));

    Run verify = ScoreCliTest.run("snapshot", "verify", truncated.toString());
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.out()).isEmpty();
    assertThat(verify.err()).startsWith("keyward: " + truncated + " was refused: it is truncated");
    assertThat(verify.err().strip()).doesNotContain("\n");

    Run missing = ScoreCliTest.run("snapshot", "verify", dir.resolve("none.kwsnap").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).endsWith("was refused: no such file" + System.lineSeparator());
  }

  @Test
  void aSignedExportIsVerifiedAsSignedByTheKeygenKey() throws Exception {
    Run keygen = ScoreCliTest.run("snapshot", "keygen", "--out", dir.resolve("keys").toString());
    assertThat(keygen.exit()).as(keygen.err()).isZero();
    String fingerprint = keygen.out().strip().replaceAll(".*fingerprint ", "");
    Path signed = dir.resolve("signed.kwsnap");
    Run export =
        ScoreCliTest.run(
            "snapshot",
            "export",
            "--out",
            signed.toString(),
            "--sign-key",
            dir.resolve("keys/snapshot-signing.pem").toString(),
            "--cache",
            cache.toString());
    assertThat(export.exit()).as(export.err()).isZero();

    JsonNode json =
        new ObjectMapper()
            .readTree(ScoreCliTest.run("snapshot", "verify", "--json", signed.toString()).out());
    assertThat(json.get("signedBy").asText()).isEqualTo(fingerprint).startsWith("SHA256:");

    Run pinned =
        ScoreCliTest.run("snapshot", "verify", "--expect-key", fingerprint, signed.toString());
    assertThat(pinned.exit()).as(pinned.err()).isZero();
    Run unsigned =
        ScoreCliTest.run("snapshot", "verify", "--expect-key", fingerprint, snapshot.toString());
    assertThat(unsigned.exit()).isEqualTo(1);
    assertThat(unsigned.err()).contains("was refused: it is not signed; expected key SHA256:");
    Run other =
        ScoreCliTest.run("snapshot", "verify", "--expect-key", "SHA256:other=", signed.toString());
    assertThat(other.exit()).isEqualTo(1);
    assertThat(other.err()).contains("was refused: it is signed by key " + fingerprint + ", not");
  }

  @Test
  void diffJsonHasEveryKindAndTheLevels() throws Exception {
    Run diff =
        ScoreCliTest.run(
            "snapshot", "diff", "--json", snapshot.toString(), "--cache", cache.toString());
    assertThat(diff.exit()).as(diff.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(diff.out());
    for (String kind : new String[] {"identities", "credentials", "grants", "delegations"}) {
      assertThat(json.get(kind).get("added")).isEmpty();
      assertThat(json.get(kind).get("removed")).isEmpty();
      assertThat(json.get(kind).get("changed")).isEmpty();
    }
    assertThat(json.get("maturityLevel").get("before").asInt())
        .isEqualTo(json.get("maturityLevel").get("after").asInt());
    assertThat(json.get("before").asText()).isEqualTo(snapshot.toString());
  }

  @Test
  void aRedactedSnapshotIsNotComparedWithTheCache() {
    Path redacted = dir.resolve("red.kwsnap");
    ScoreCliTest.run(
        "snapshot",
        "export",
        "--redact",
        "--out",
        redacted.toString(),
        "--cache",
        cache.toString());
    Run diff =
        ScoreCliTest.run("snapshot", "diff", redacted.toString(), "--cache", cache.toString());
    assertThat(diff.exit()).isEqualTo(1);
    assertThat(diff.err())
        .isEqualTo(
            "keyward: cannot compare a redacted snapshot with an unredacted one: every name differs"
                + System.lineSeparator());
  }
}
