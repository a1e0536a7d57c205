package io.keyward.app.page.revocations;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.revoke.Preflight;
import io.keyward.connectors.revoke.RevocationResult;
import io.keyward.connectors.revoke.RevocationTarget;
import io.keyward.connectors.revoke.Revocations;
import io.keyward.connectors.revoke.Revoker;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.RevocationAction;
import io.keyward.model.domain.RevocationOutcome;
import io.keyward.model.domain.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationsViewModelTest {
  private static final String TRAINER = "trainer";

  @TempDir Path dir;
  private Cache cache;
  private RevocationsViewModel model;
  private int revoked;
  private int undone;

  /**
   * An AWS revoker that disables an identity irreversibly and deactivates a key reversibly, and
   * counts its calls.
   */
  private final class CountingRevoker implements Revoker {
    @Override
    public List<RevocationAction> actions(RevocationTarget target) {
      return target instanceof RevocationTarget.OfCredential
          ? List.of(RevocationAction.DISABLE_CREDENTIAL)
          : List.of(RevocationAction.DISABLE_IDENTITY);
    }

    @Override
    public Preflight preflight(RevocationAction action, RevocationTarget target) {
      if (!actions(target).contains(action)) {
        throw Revoker.unsupported(action, target, actions(target));
      }
      return target instanceof RevocationTarget.OfCredential
          ? new Preflight(action, target, List.of("deactivates it"), List.of(), "activate it")
          : new Preflight(action, target, List.of("disables it"), List.of("tokens live"), null);
    }

    @Override
    public RevocationResult revoke(Preflight p, SourceProfile profile, ConnectEnvironment env) {
      revoked++;
      return new RevocationResult(RevocationOutcome.DONE, "HTTP 200", "re-read: disabled");
    }

    @Override
    public RevocationResult undo(
        Preflight p, @Nullable String saved, SourceProfile profile, ConnectEnvironment env) {
      undone++;
      return new RevocationResult(RevocationOutcome.UNDONE, "HTTP 200", "re-read: active");
    }
  }

  private final class AwsWithRevoker implements Connector {
    @Override
    public SourceKind kind() {
      return SourceKind.AWS_IAM;
    }

    @Override
    public String cliName() {
      return "aws";
    }

    @Override
    public List<ProfileSetting> settings() {
      return List.of();
    }

    @Override
    public String location(SourceProfile profile) {
      return "111122223333";
    }

    @Override
    public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
      throw new UnsupportedOperationException("not synced here");
    }

    @Override
    public Optional<Revoker> revoker() {
      return Optional.of(new CountingRevoker());
    }
  }

  @BeforeEach
  void open() {
    cache = TestEstate.create(dir.resolve("cache.db"), 0);
    SourceProfile profile =
        new SourceProfile(TestEstate.AWS.id(), SourceKind.AWS_IAM, "AWS production", Map.of());
    Revocations revocations =
        new Revocations(
            cache,
            new Connectors(List.of(new AwsWithRevoker())),
            id -> Optional.of(profile),
            new ConnectEnvironment(Map.of(), dir, CredentialPrompt.NONE, HttpTuning.DEFAULT),
            "analyst",
            TestEstate.CLOCK);
    model =
        new RevocationsViewModel(
            revocations,
            cache.revocationLog(),
            new InlineBackgroundTasks(),
            target -> List.of("goes away: all of " + target.id()));
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void aDestructiveRevocationRunsOnlyOnceTheTargetIsTyped() {
    model.prepare(TRAINER, RevocationAction.DISABLE_IDENTITY);
    assertThat(model.preflight().get().text()).contains("changes: disables it");
    assertThat(model.canExecute().get()).isFalse();

    model.execute();
    assertThat(revoked).isZero();

    model.confirmation().set(TRAINER);
    assertThat(model.canExecute().get()).isTrue();
    model.execute();

    assertThat(revoked).isEqualTo(1);
    assertThat(model.message().get()).isEqualTo("Done: HTTP 200 (re-read: disabled)");
    assertThat(model.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.revocation().actor()).isEqualTo("analyst"));
    assertThat(model.chain().get()).isEqualTo("Audit chain intact: 1 entry");
  }

  @Test
  void aDryRunIsListedAndFiltered() {
    model.prepare(TRAINER, RevocationAction.DISABLE_IDENTITY);
    model.dryRun();

    assertThat(revoked).isZero();
    assertThat(model.entries()).hasSize(1);
    model.outcomeFilter().set(RevocationOutcome.DONE);
    assertThat(model.entries()).isEmpty();
    model.outcomeFilter().set(null);
    model.textFilter().set("trainer");
    assertThat(model.entries()).hasSize(1);
  }

  @Test
  void anUnsupportedActionOrUnknownTargetShowsTheReason() {
    model.prepare(TRAINER, RevocationAction.ROTATE_SECRET);
    assertThat(model.preflight().get()).isNull();
    assertThat(model.message().get()).contains("rotate-secret does not apply to");

    model.prepare("no-such-thing", RevocationAction.DISABLE_IDENTITY);
    assertThat(model.message().get()).contains("no identity, credential, grant or delegation");
  }

  @Test
  void aRequestFromTheConsolePicksAnOfferedActionAndShowsWhatGoesAway() {
    model.prepare(RevokeRequest.of(List.of("trainer-key")));

    assertThat(model.action().get()).isEqualTo(RevocationAction.DISABLE_CREDENTIAL);
    assertThat(model.actions()).containsExactly(RevocationAction.DISABLE_CREDENTIAL);
    assertThat(model.plan())
        .singleElement()
        .satisfies(
            i -> assertThat(i.lostAccess()).containsExactly("goes away: all of trainer-key"));
    assertThat(model.confirmationPhrase().get()).as("reversible, so no typing").isEmpty();

    model.execute();
    assertThat(model.canUndo().get()).isTrue();
    model.undo();

    assertThat(undone).isEqualTo(1);
    assertThat(model.message().get()).isEqualTo("Undone: HTTP 200 (re-read: active)");
    assertThat(model.entries())
        .extracting(e -> e.revocation().outcome())
        .containsExactly(RevocationOutcome.UNDONE, RevocationOutcome.DONE);
  }

  @Test
  void aSelectionIsRevokedItemByItemWithOneResultEach() {
    model.prepare(RevokeRequest.of(List.of("trainer", "ci-deployer", "trainer-key")));

    assertThat(model.action().get())
        .as("offered on the most targets")
        .isEqualTo(RevocationAction.DISABLE_IDENTITY);
    assertThat(model.actions())
        .containsExactly(RevocationAction.DISABLE_CREDENTIAL, RevocationAction.DISABLE_IDENTITY);
    model.runPreflight();
    assertThat(model.plan()).hasSize(3);
    assertThat(model.plan().get(2).problem())
        .contains("disable-identity does not apply to")
        .contains("it supports disable-credential");
    assertThat(model.message().get())
        .isEqualTo("2 of 3 targets can be revoked with disable-identity");
    assertThat(model.confirmationPhrase().get()).isEqualTo("revoke 2");

    model.confirmation().set("trainer");
    assertThat(model.canExecute().get()).isFalse();
    model.confirmation().set("revoke 2");
    model.execute();

    assertThat(revoked).isEqualTo(2);
    assertThat(model.plan())
        .extracting(PlannedItem::result)
        .containsExactly(
            "Done: HTTP 200 (re-read: disabled)", "Done: HTTP 200 (re-read: disabled)", "");
    assertThat(model.message().get()).isEqualTo("Done 2");
    assertThat(model.entries()).hasSize(2);
  }

  @Test
  void aRevocationAnsweringAnAlertMeasuresTheTimeFromIt() {
    model.prepare(new RevokeRequest(List.of("trainer-key"), "al-3"));
    model.execute();

    assertThat(model.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.revocation().alertId()).isEqualTo("al-3");
              assertThat(e.alertToRevocation()).isNotNull();
            });

    model.target().set("trainer");
    assertThat(model.alertId().get()).as("a typed target answers no alert").isNull();
  }
}
