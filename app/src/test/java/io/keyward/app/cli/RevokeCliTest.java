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

    Run show = run("audit", "show", "1", "--cache", cache);
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out())
        .startsWith("Entry 1 (")
        .contains("Action:       disable-identity\n")
        .contains("Target:       " + AGENT + "\n")
        .contains("Outcome:      DRY_RUN\n")
        .contains("Preflight:\n  disable-identity on ")
        .contains("\n  undo: enable it again")
        .doesNotContain("Saved for undo");
    Run missing = run("audit", "show", "2", "--cache", cache);
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err().strip())
        .isEqualTo("keyward: the audit has no entry 2; see 'keyward audit list'");
  }

  @Test
  void aKeysPreflightSaysWhatItsHolderReachesAndWhetherAccessRemains() {
    Run dry =
        run(
            "revoke",
            "disable-credential",
            "aws:111122223333:user/ci-bot/key-1",
            "--dry-run",
            "--cache",
            cache);

    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out())
        .contains("reachable with this credential: 0 identities acted through, 2 permissions")
        .contains("ci-bot holds no other active credential");
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

  /**
   * The demo's ids are shaped as the connectors' mappers make them, so the real revokers (found by
   * Connectors.discover(), as the CLI does) read the source address back from them.
   */
  @Test
  void demoGrantsAndSecretsGetTheirSourcesPreflight() throws Exception {
    Run awsPolicy =
        run(
            "revoke",
            "remove-grant",
            "aws:111122223333:user/ci-bot/grant/inline/ci-bot-access/0/"
                + "secretsmanager:GetSecretValue/"
                + "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/payments-db",
            "--dry-run",
            "--cache",
            cache);
    assertThat(awsPolicy.exit()).as(awsPolicy.err()).isZero();
    assertThat(awsPolicy.out())
        .contains("changes: deletes the inline policy ci-bot-access of the user ci-bot")
        .contains("dry run: nothing sent");

    String secret;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cache);
        Statement st = c.createStatement();
        var rows =
            st.executeQuery(
                "SELECT id FROM credentials WHERE id LIKE"
                    + " 'entra:demo-corp:app/research-agent-blueprint/secret/%'")) {
      assertThat(rows.next()).isTrue();
      secret = rows.getString(1);
    }
    Run entraSecret = run("revoke", "delete-credential", secret, "--dry-run", "--cache", cache);
    assertThat(entraSecret.exit()).as(entraSecret.err()).isZero();
    assertThat(entraSecret.out())
        .contains("changes: removes the client secret ")
        .contains("of research-agent-blueprint for good");

    Run gcpBinding =
        run(
            "revoke",
            "remove-grant",
            "gcp:demo-ml-prod:grant/projects/demo-ml-prod/roles/editor/"
                + "serviceAccount:eval-agent@demo-ml-prod.iam.gserviceaccount.com",
            "--dry-run",
            "--cache",
            cache);
    assertThat(gcpBinding.exit()).as(gcpBinding.err()).isZero();
    assertThat(gcpBinding.out())
        .contains(
            "changes: removes serviceAccount:eval-agent@demo-ml-prod.iam.gserviceaccount.com from"
                + " the binding of roles/editor on projects/demo-ml-prod");
  }
}
