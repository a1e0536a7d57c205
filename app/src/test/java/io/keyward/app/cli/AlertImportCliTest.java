package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code keyward import} of alert feeds: skipped lines, import options, a profile's JWKS. */
class AlertImportCliTest {
  private static final String CLAIMS =
      "{\"iss\":\"https://sso.example.com\",\"jti\":\"j-1\",\"iat\":1732352400,"
          + "\"sub_id\":{\"format\":\"email\",\"email\":\"erin@example.com\"},"
          + "\"events\":{\"https://schemas.openid.net/secevent/caep/event-type/session-revoked\":"
          + "{\"event_timestamp\":1732352390}}}";
  private static KeyPair keys;

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void makeKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String b64(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return b64(bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
  }

  private static String signed(String claims) throws Exception {
    String input =
        b64(
                "{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"secevent+jwt\"}"
                    .getBytes(StandardCharsets.UTF_8))
            + "."
            + b64(claims.getBytes(StandardCharsets.UTF_8));
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(keys.getPrivate());
    rsa.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64(rsa.sign());
  }

  private Path jwks() throws Exception {
    RSAPublicKey key = (RSAPublicKey) keys.getPublic();
    return Files.writeString(
        dir.resolve("jwks.json"),
        "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\""
            + b64(key.getModulus())
            + "\",\"e\":\""
            + b64(key.getPublicExponent())
            + "\"}]}");
  }

  private String cache() {
    return dir.resolve("cache.db").toString();
  }

  @Test
  void aMalformedLineIsPrintedWithItsNumberAndTheCommandFailsWhileTheRestLoads() throws Exception {
    String finding =
        "{\"class_uid\":2004,\"time\":1732352400000,\"severity_id\":4,"
            + "\"metadata\":{\"product\":{\"name\":\"SOC\"}},\"finding_info\":{\"uid\":\"f-%d\"}}";
    Path file =
        Files.writeString(
            dir.resolve("findings.ndjson"),
            String.format(finding, 1) + "\n{\"class_uid\":2004,\n" + String.format(finding, 3));

    Run run = run("import", "--source", "ocsf", file.toString(), "--cache", cache());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("ocsf:soc: skipped line 2: not JSON")
        .contains("ocsf:soc: completed, 2 items loaded");
  }

  @Test
  void signedEventsNeedTheJwksOrAnExplicitAllowUnsigned() throws Exception {
    Path events = Files.writeString(dir.resolve("events.jwt"), signed(CLAIMS) + "\n");

    Run refused = run("import", "--source", "caep", events.toString(), "--cache", cache());
    Run verified =
        run(
            "import",
            "--source",
            "caep",
            events.toString(),
            "--jwks",
            jwks().toString(),
            "--cache",
            cache());
    Run unverified =
        run(
            "import",
            "--source",
            "caep",
            events.toString(),
            "--allow-unsigned",
            "--cache",
            cache());

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("skipped line 1: signature not verified: no JWKS given");
    assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
    assertThat(verified.out()).contains("caep:sso.example.com: completed, 1 items loaded");
    assertThat(unverified.exit()).isZero();
  }

  @Test
  void aTamperedEventFailsTheImport() throws Exception {
    String[] parts = signed(CLAIMS).split("\\.");
    String tampered =
        parts[0]
            + "."
            + b64(CLAIMS.replace("erin@", "mallory@").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    Path events = Files.writeString(dir.resolve("tampered.jwt"), tampered + "\n");

    Run run =
        run(
            "import",
            "--source",
            "caep",
            events.toString(),
            "-o",
            "jwks=" + jwks(),
            "--allow-unsigned",
            "--cache",
            cache());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("skipped line 1: signature does not verify against kid k1");
  }

  @Test
  void aFeedProfileLendsItsJwksToAnImportUnderItsId() throws Exception {
    Path events = Files.writeString(dir.resolve("events.jwt"), signed(CLAIMS) + "\n");
    String profiles = dir.resolve("sources.json").toString();
    Run added =
        run(
            "sources",
            "add",
            "caep",
            "caep:receiver",
            "--name",
            "Receiver",
            "--set",
            "file=" + events,
            "--set",
            "jwks=" + jwks(),
            "--profiles",
            profiles);
    assertThat(added.exit()).as(added.err()).isZero();

    Run run =
        run(
            "import",
            "--source",
            "caep",
            events.toString(),
            "--source-id",
            "caep:receiver",
            "--profiles",
            profiles,
            "--cache",
            cache());

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("caep:receiver: completed, 1 items loaded");
  }

  @Test
  void optionsTheFormatDoesNotTakeAreAOneLineError() throws Exception {
    Path file = Files.writeString(dir.resolve("f.json"), "[]");

    Run run =
        run("import", "--source", "ocsf", file.toString(), "--jwks", "k.json", "--cache", cache());
    Run list = run("import", "--list");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("keyward: ocsf does not take the option jwks; it takes none");
    assertThat(list.out()).contains("caep").contains("-o jwks=...").contains("guardduty");
  }
}
