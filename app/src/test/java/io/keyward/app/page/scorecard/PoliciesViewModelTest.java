package io.keyward.app.page.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.app.page.PageContext;
import io.keyward.app.task.InlineBackgroundTasks;
import io.keyward.model.cache.Cache;
import io.keyward.model.scorecard.ViolationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliciesViewModelTest {
  static final String TRIAGE =
      "{\"ai_agent_id\":\"triage-agent\",\"owner_id\":\"alice.nguyen\",\"access_level\":\"read_only\","
          + "\"max_token_exp_minutes\":30,\"x_ticket\":\"SEC-7\"}";

  @TempDir Path dir;
  Cache cache;
  PoliciesViewModel viewModel;
  final AtomicInteger changes = new AtomicInteger();

  @BeforeEach
  void open() {
    cache = TestEstate.create(dir.resolve("cache.db"), 0);
    PageContext context =
        new PageContext(
            cache.repository(),
            cache.repository().sources(),
            new InlineBackgroundTasks(),
            TestEstate.CLOCK);
    viewModel = new PoliciesViewModel(context, cache, changes::incrementAndGet);
    viewModel.activate();
  }

  @AfterEach
  void close() {
    cache.close();
  }

  @Test
  void startsEmptyWithATemplateThatNeedsAnAgentAndOwner() {
    assertThat(viewModel.rows()).isEmpty();
    assertThat(viewModel.editorText().get()).isEqualTo(PoliciesViewModel.TEMPLATE);
    assertThat(viewModel.valid().get()).isFalse();
    assertThat(viewModel.validation().get())
        .isEqualTo(
            "ai_agent_id: expected a non-empty string, found the string \"\"\n"
                + "owner_id: expected a non-empty string, found the string \"\"");
  }

  @Test
  void validatesWhileTypingAndSavesWithViolations() {
    viewModel.editorText().set(TRIAGE);
    assertThat(viewModel.valid().get()).isTrue();
    assertThat(viewModel.validation().get())
        .isEqualTo("Valid policy for triage-agent; fields kept as written: x_ticket");

    viewModel.save();

    assertThat(changes.get()).isEqualTo(1);
    assertThat(cache.repository().policies())
        .singleElement()
        .satisfies(p -> assertThat(p.document()).contains("SEC-7"));
    assertThat(viewModel.rows())
        .singleElement()
        .satisfies(row -> assertThat(row.agentName()).isEqualTo("triage-agent"));
    PolicyRow selected = viewModel.selected().get();
    assertThat(selected).isNotNull();
    // triage-agent holds * on * (admin) and a 60-minute session: both break the policy.
    assertThat(selected.violations())
        .extracting(v -> v.kind())
        .contains(ViolationKind.TOKEN_LIFETIME, ViolationKind.ACCESS_LEVEL);
    assertThat(viewModel.notice().get()).isEqualTo("Saved triage-agent from the editor");
  }

  @Test
  void anInvalidEditCannotBeSaved() {
    viewModel
        .editorText()
        .set("{\"ai_agent_id\":\"x\",\"owner_id\":\"y\",\"access_level\":\"root\"}");
    assertThat(viewModel.valid().get()).isFalse();
    assertThat(viewModel.validation().get()).startsWith("access_level: expected one of read_only");
    viewModel.save();
    assertThat(cache.repository().policies()).isEmpty();
    assertThat(changes.get()).isZero();
  }

  @Test
  void selectingAPolicyEditsItAndDeleteRemovesIt() {
    viewModel.editorText().set(TRIAGE);
    viewModel.save();
    viewModel.newPolicy();
    assertThat(viewModel.selected().get()).isNull();
    viewModel.selected().set(viewModel.rows().get(0));
    assertThat(viewModel.editorText().get())
        .contains("\"ai_agent_id\" : \"triage-agent\"", "\"x_ticket\" : \"SEC-7\"");
    viewModel.delete();
    assertThat(viewModel.rows()).isEmpty();
    assertThat(cache.repository().policies()).isEmpty();
    assertThat(changes.get()).isEqualTo(2);
  }

  @Test
  void importsAFileOrSaysWhyNot() throws Exception {
    Path good = dir.resolve("good.json");
    Files.writeString(good, "[" + TRIAGE + "]");
    viewModel.importFile(good);
    assertThat(viewModel.rows()).hasSize(1);
    assertThat(viewModel.notice().get()).isEqualTo("Saved triage-agent from good.json");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"ai_agent_id\": 7}");
    viewModel.importFile(bad);
    assertThat(viewModel.notice().get())
        .startsWith(
            "bad.json is invalid: ai_agent_id: expected a non-empty string, found the number 7");
    assertThat(viewModel.rows()).hasSize(1);
  }
}
