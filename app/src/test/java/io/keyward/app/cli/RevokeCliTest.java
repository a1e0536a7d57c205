package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code keyward revoke} and {@code keyward audit} on the demo estate, without any source. */
class RevokeCliTest {
  private static final String AGENT = "keycloak:agents:client/support-agent";

  @TempDir Path dir;
  private String cache;

  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void demo() {
    cache = dir.resolve("demo.db").toString();
    assertThat(run("demo", "--scale", "demo", "--cache", cache).exit()).isZero();
  }

  @Test
  void aDryRunPrintsThePreflightAndIsAudited() {
    Run dry = run("revoke", "disable-identity", AGENT, "--dry-run", "--cache", cache);

    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains("disable-identity on ")
        .contains("changes: disables the client support-agent")
        .contains("cannot: access tokens already issued stay valid")
        .contains("undo: enable it again")
        .contains("goes away: ")
        .contains(" acted through, ")
        .contains("dry run: nothing sent")
        .contains("audit entry 1 ");
    Run list = run("audit", "list", "--cache", cache);
    assertThat(list.out()).contains("disable-identity  " + AGENT + "  DRY_RUN");
  }

  @Test
  void anActionTheSourceDoesNotOfferIsRefusedInOneLine() {
    Run refused = run("revoke", "remove-delegation", AGENT, "--dry-run", "--cache", cache);

    assertThat(refused.exit()).isNotZero();
    assertThat(refused.err().strip())
        .startsWith("keyward: remove-delegation does not apply to")
        .contains("it supports disable-identity, rotate-secret")
        .doesNotContain("\n");
  }

  @Test
  void aDestructiveActionWantsTypedConfirmation() {
    Run refused = run("revoke", "rotate-secret", AGENT, "--cache", cache);

    assertThat(refused.exit()).isNotZero();
    assertThat(refused.out()).contains("This cannot be undone. Type " + AGENT + " to confirm:");
    assertThat(refused.err()).contains("keyward: not confirmed; nothing was sent");
    assertThat(run("audit", "list", "--cache", cache).out()).isBlank();
  }

  @Test
  void executingWithoutAProfileFailsAndIsAudited() {
    Run failed =
        run(
            "revoke",
            "disable-identity",
            AGENT,
            "--profiles",
            dir.resolve("none.json").toString(),
            "--cache",
            cache);

    assertThat(failed.exit()).isNotZero();
    assertThat(failed.out()).contains("failed: no saved profile for the source keycloak:agents");
    assertThat(run("audit", "list", "--cache", cache).out()).contains("FAILED");
  }

  @Test
  void auditVerifyFindsAnEditedEntry() throws Exception {
    run("revoke", "disable-identity", AGENT, "--dry-run", "--cache", cache);
    run("revoke", "rotate-secret", AGENT, "--dry-run", "--cache", cache);
    Run intact = run("audit", "verify", "--cache", cache);
    assertThat(intact.exit()).isZero();
    assertThat(intact.out()).startsWith("intact: 2 entries, head ");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache);
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER revocations_no_update");
      st.execute("UPDATE revocations SET actor = 'someone else' WHERE seq = 1");
    }
    Run broken = run("audit", "verify", "--cache", cache);

    assertThat(broken.exit()).isNotZero();
    assertThat(broken.out())
        .contains("entry 1 (")
        .contains("it was edited")
        .contains("BROKEN: 2 entries");
  }

  @Test
  void anUnknownTargetOrActionIsOneLine() {
    assertThat(run("revoke", "disable-identity", "nobody-at-all", "--cache", cache).err())
        .contains("keyward: no identity, credential, grant or delegation in the cache matches");
    assertThat(run("revoke", "nuke", AGENT, "--cache", cache).err())
        .contains("keyward: unknown action 'nuke'; use one of disable-credential,");
  }
}
