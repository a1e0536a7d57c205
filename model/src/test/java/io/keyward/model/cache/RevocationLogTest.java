package io.keyward.model.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.model.domain.Revocation;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationLogTest {
  @TempDir Path dir;

  private static Revocation attempt(String id, RevocationOutcome outcome, String alert) {
    return new Revocation(
        id,
        SmallEstate.NOW,
        "analyst",
        RevocationAction.DISABLE_CREDENTIAL,
        "old-key",
        SmallEstate.AWS.id(),
        outcome,
        "sets the access key Inactive",
        outcome == RevocationOutcome.DRY_RUN ? "dry-run: nothing sent" : "UpdateAccessKey: 200",
        outcome == RevocationOutcome.DRY_RUN ? "" : "ListAccessKeys: Inactive",
        alert,
        null);
  }

  private Path auditOfThree() {
    Path file = dir.resolve("cache.db");
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      SmallEstate.load(cache);
      RevocationLog log = cache.revocationLog();
      log.append(attempt("r1", RevocationOutcome.DRY_RUN, null));
      log.append(attempt("r2", RevocationOutcome.DONE, "al-2"));
      log.append(attempt("r3", RevocationOutcome.ALREADY_DONE, null));
    }
    return file;
  }

  /** What someone with sqlite3 could do: drop the guard triggers, then change rows. */
  private static void tamper(Path file, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("DROP TRIGGER revocations_no_update");
      st.execute("DROP TRIGGER revocations_no_delete");
      for (String sql : statements) {
        st.execute(sql);
      }
    }
  }

  private static AuditCheck verify(Path file) {
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      return cache.revocationLog().verify();
    }
  }

  @Test
  void chainsEveryEntryToTheOneBefore() {
    Path file = auditOfThree();
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      var entries = cache.revocationLog().list(RevocationFilter.ALL);
      assertThat(entries).extracting(RevocationEntry::sequence).containsExactly(3L, 2L, 1L);
      assertThat(entries.get(2).previousHash()).isEqualTo(RevocationLog.GENESIS);
      assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(2).hash());
      assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
      AuditCheck check = cache.revocationLog().verify();
      assertThat(check.intact()).isTrue();
      assertThat(check.entries()).isEqualTo(3);
      assertThat(check.head()).isEqualTo(entries.get(0).hash());
    }
  }

  @Test
  void measuresTheTimeFromTheAlertThatLedToIt() {
    try (Cache cache = Cache.open(auditOfThree(), SmallEstate.CLOCK)) {
      var done =
          cache.revocationLog().list(new RevocationFilter(RevocationOutcome.DONE, null, "")).get(0);
      assertThat(done.revocation().alertId()).isEqualTo("al-2");
      assertThat(done.alertToRevocation()).isEqualTo(Duration.ofDays(1));
    }
  }

  @Test
  void filtersByOutcomeActionAndText() {
    try (Cache cache = Cache.open(auditOfThree(), SmallEstate.CLOCK)) {
      RevocationLog log = cache.revocationLog();
      assertThat(log.list(new RevocationFilter(RevocationOutcome.DRY_RUN, null, "")))
          .extracting(e -> e.revocation().id())
          .containsExactly("r1");
      assertThat(log.list(new RevocationFilter(null, RevocationAction.REVOKE_SESSIONS, "")))
          .isEmpty();
      assertThat(log.list(new RevocationFilter(null, null, "OLD-KEY"))).hasSize(3);
      assertThat(log.list(new RevocationFilter(null, null, "nobody"))).isEmpty();
    }
  }

  @Test
  void sqliteItselfRefusesToChangeOrDeleteEntries() {
    try (Cache cache = Cache.open(auditOfThree(), SmallEstate.CLOCK)) {
      assertThat(cache.removeDemo()).isFalse();
    }
    Path file = dir.resolve("cache.db");
    assertThatThrownBy(
            () -> {
              try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                  Statement st = c.createStatement()) {
                st.execute("UPDATE revocations SET actor = 'someone else'");
              }
            })
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> {
              try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                  Statement st = c.createStatement()) {
                st.execute("DELETE FROM revocations WHERE seq = 2");
              }
            })
        .hasMessageContaining("append-only");
    assertThat(verify(file).intact()).isTrue();
  }

  @Test
  void findsAnEditedEntry() throws Exception {
    Path file = auditOfThree();
    tamper(file, "UPDATE revocations SET outcome = 'DONE' WHERE seq = 1");

    AuditCheck check = verify(file);

    assertThat(check.intact()).isFalse();
    assertThat(check.problems())
        .containsExactly("entry 1 (r1): its content does not match its hash; it was edited");
  }

  @Test
  void findsARemovedEntry() throws Exception {
    Path file = auditOfThree();
    tamper(file, "DELETE FROM revocations WHERE seq = 2");

    assertThat(verify(file).problems())
        .containsExactly(
            "entry 3 (r3): expected entry 2 here; entries were removed",
            "entry 3 (r3): does not follow the entry before it; entries were removed or"
                + " reordered");
  }

  @Test
  void findsReorderedEntries() throws Exception {
    Path file = auditOfThree();
    // Swap the first two entries' places, keeping each row's own hash.
    tamper(
        file,
        "UPDATE revocations SET seq = 10 WHERE seq = 1",
        "UPDATE revocations SET seq = 1 WHERE seq = 2",
        "UPDATE revocations SET seq = 2 WHERE seq = 10");

    AuditCheck check = verify(file);

    assertThat(check.intact()).isFalse();
    assertThat(check.problems())
        .anyMatch(p -> p.startsWith("entry 1 (r2): does not follow the entry before it"));
  }

  private static Revocation saving(String id, RevocationOutcome outcome, String saved) {
    Revocation r = attempt(id, outcome, null);
    return new Revocation(
        r.id(),
        r.time(),
        r.actor(),
        RevocationAction.REMOVE_GRANT,
        "inline-grant",
        r.sourceId(),
        outcome,
        r.preflight(),
        r.result(),
        r.verification(),
        null,
        saved);
  }

  @Test
  void keepsWhatTheLatestCompletedActionSavedForItsUndoInsideTheChain() throws Exception {
    Path file = auditOfThree();
    try (Cache cache = Cache.open(file, SmallEstate.CLOCK)) {
      RevocationLog log = cache.revocationLog();
      assertThat(log.savedBy(RevocationAction.REMOVE_GRANT, "inline-grant")).isEmpty();
      log.append(saving("r4", RevocationOutcome.DONE, "{\"Version\":\"first\"}"));
      log.append(saving("r5", RevocationOutcome.DONE, "{\"Version\":\"second\"}"));
      log.append(saving("r6", RevocationOutcome.FAILED, "{\"Version\":\"failed\"}"));

      assertThat(log.savedBy(RevocationAction.REMOVE_GRANT, "inline-grant"))
          .contains("{\"Version\":\"second\"}");
      assertThat(log.savedBy(RevocationAction.DISABLE_CREDENTIAL, "inline-grant")).isEmpty();
      assertThat(log.list(RevocationFilter.ALL).get(1).revocation().saved())
          .isEqualTo("{\"Version\":\"second\"}");
      assertThat(log.verify().intact()).isTrue();

      RevocationEntry fifth = log.find(5).orElseThrow();
      assertThat(fifth.text())
          .startsWith("Entry 5 (r5)\nTime:         " + SmallEstate.NOW + " by analyst\n")
          .contains("Action:       remove-grant\nTarget:       inline-grant\n")
          .contains("Preflight:\n  sets the access key Inactive\n")
          .contains("Saved for undo:\n  {\"Version\":\"second\"}\n")
          .endsWith("Previous:     " + log.find(4).orElseThrow().hash());
      assertThat(log.find(2).orElseThrow().text())
          .contains("Alert:        al-2, 1440 min before this attempt\n")
          .doesNotContain("Saved for undo");
      assertThat(log.find(7)).isEmpty();
    }

    tamper(file, "UPDATE revocations SET saved = '{\"Statement\":\"*\"}' WHERE seq = 5");

    assertThat(verify(file).problems())
        .containsExactly("entry 5 (r5): its content does not match its hash; it was edited");
  }

  @Test
  void refusesToAuditWhileASyncHoldsTheWriteConnection() {
    try (Cache cache = Cache.open(dir.resolve("cache.db"), SmallEstate.CLOCK);
        SyncSession open = cache.beginSync(SmallEstate.AWS)) {
      assertThatThrownBy(() -> cache.revocationLog().requireWritable())
          .hasMessage("a sync run is open on this cache; revoke once it has finished");
      assertThatThrownBy(
              () -> cache.revocationLog().append(attempt("r1", RevocationOutcome.DRY_RUN, null)))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
