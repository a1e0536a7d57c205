package io.keyward.connectors.openlineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.openlineage.OwnerRules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerRulesTest {
  @TempDir Path dir;

  @Test
  void everyConditionOfARuleMustMatchAndTheFirstRuleWins() {
    OwnerRules rules =
        new OwnerRules(
            List.of(
                new Rule("train_?", "prod", null, "a"),
                new Rule("train_*", null, "https://github.com/acme/", "b"),
                new Rule(null, null, "https://github.com/", "c")));

    assertThat(rules.identity("prod", "train_x", null)).isEqualTo("a");
    assertThat(rules.identity("dev", "train_x", "https://github.com/acme/t")).isEqualTo("b");
    assertThat(rules.identity("dev", "train_xy", "https://github.com/other")).isEqualTo("c");
    assertThat(rules.identity("dev", "train.x", "https://gitlab.com/x")).isNull();
  }

  @Test
  void globsAreLiteralApartFromStarAndQuestionMark() {
    OwnerRules rules = new OwnerRules(List.of(new Rule("a.b*", null, null, "x")));
    assertThat(rules.identity("n", "a.bc", null)).isEqualTo("x");
    assertThat(rules.identity("n", "axbc", null)).isNull();
  }

  @Test
  void badRuleFilesAreRefusedNamingTheFile() throws IOException {
    Path noIdentity = Files.writeString(dir.resolve("r.json"), "{\"rules\":[{\"job\":\"x\"}]}");
    assertThatThrownBy(() -> OwnerRules.read(noIdentity))
        .hasMessageContaining("r.json")
        .hasMessageContaining("needs an identity");

    Path nothingToMatch =
        Files.writeString(dir.resolve("n.json"), "{\"rules\":[{\"identity\":\"x\"}]}");
    assertThatThrownBy(() -> OwnerRules.read(nothingToMatch))
        .hasMessageContaining("no job, namespace or producer");

    Path notJson = Files.writeString(dir.resolve("j.json"), "{rules");
    assertThatThrownBy(() -> OwnerRules.read(notJson)).hasMessageContaining("not valid JSON");
  }
}
