package io.keyward.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The level is the highest step whose criteria all pass, lower steps included. */
class ScorecardLevelTest {

  /** A criterion that answers what it is told, so the level logic is tested on its own. */
  record Fixed(String id, MaturityStep step, Status status, int items) implements Criterion {
    @Override
    public CriterionInfo info() {
      return new CriterionInfo(
          id, step, id, "fix " + id, Effort.MEDIUM, Set.of(Risk.ACCOUNTABILITY), List.of());
    }

    @Override
    public Finding evaluate(Estate estate, Thresholds thresholds) {
      List<String> ids = IntStream.range(0, items).mapToObj(i -> id + i).toList();
      return new Finding(
          info(),
          status,
          id,
          items,
          status == Status.FAIL
              ? List.of(new Evidence(EvidenceKind.IDENTITY, id, ids))
              : List.of());
    }
  }

  static Scorecard score(Criterion... criteria) {
    return Scorecard.compute(
        Fixture.with().build(), Scope.All.INSTANCE, Thresholds.DEFAULTS, List.of(criteria));
  }

  @Test
  void everythingPassingIsAdaptive() {
    Scorecard s =
        score(
            new Fixed("f", MaturityStep.FOUNDATION, Status.PASS, 0),
            new Fixed("e", MaturityStep.ENHANCED, Status.PASS, 0),
            new Fixed("a", MaturityStep.ADAPTIVE, Status.PASS, 0));
    assertThat(s.level()).isEqualTo(MaturityStep.ADAPTIVE);
    assertThat(s.next()).isEmpty();
    assertThat(s.nextMoves()).isEmpty();
  }

  @Test
  void oneFailingFoundationCriterionKeepsTheEstateAdHocWhateverPassesAbove() {
    Scorecard s =
        score(
            new Fixed("f1", MaturityStep.FOUNDATION, Status.PASS, 0),
            new Fixed("f2", MaturityStep.FOUNDATION, Status.FAIL, 3),
            new Fixed("e", MaturityStep.ENHANCED, Status.PASS, 0),
            new Fixed("a", MaturityStep.ADAPTIVE, Status.PASS, 0));
    assertThat(s.level()).isEqualTo(MaturityStep.AD_HOC);
    assertThat(s.next()).contains(MaturityStep.FOUNDATION);
  }

  @Test
  void anUnknownCriterionDoesNotCountAsMet() {
    Scorecard s =
        score(
            new Fixed("f", MaturityStep.FOUNDATION, Status.PASS, 0),
            new Fixed("e", MaturityStep.ENHANCED, Status.UNKNOWN, 0),
            new Fixed("a", MaturityStep.ADAPTIVE, Status.PASS, 0));
    assertThat(s.level()).isEqualTo(MaturityStep.FOUNDATION);
  }

  @Test
  void nextMovesListTheNextStepsOpenCriteriaCheapestFirst() {
    Scorecard s =
        score(
            new Fixed("f", MaturityStep.FOUNDATION, Status.PASS, 0),
            new Fixed("big", MaturityStep.ENHANCED, Status.FAIL, 40),
            new Fixed("small", MaturityStep.ENHANCED, Status.FAIL, 1),
            new Fixed("unmeasured", MaturityStep.ENHANCED, Status.UNKNOWN, 0),
            new Fixed("later", MaturityStep.ADAPTIVE, Status.FAIL, 1));
    assertThat(s.nextMoves())
        .extracting(m -> m.finding().id())
        .containsExactly("small", "unmeasured", "big");
    assertThat(s.nextMoves().get(0).points()).isEqualTo(3);
    assertThat(s.nextMoves().get(2).size()).isEqualTo(Effort.HIGH);
  }

  @Test
  void theHistoryEntryKeepsLevelAndEveryStatusInOrder() {
    Scorecard s =
        score(
            new Fixed("f", MaturityStep.FOUNDATION, Status.PASS, 0),
            new Fixed("e", MaturityStep.ENHANCED, Status.FAIL, 2));
    var entry = s.toEntry(7);
    assertThat(entry.level()).isEqualTo(2);
    assertThat(entry.syncRunId()).isEqualTo(7);
    assertThat(entry.scope()).isEqualTo("all");
    assertThat(entry.criteria()).containsExactly(Map.entry("f", "PASS"), Map.entry("e", "FAIL"));
  }

  @Test
  void everyCriterionHasAUniqueIdRisksAndARemediation() {
    assertThat(Criteria.ALL).extracting(c -> c.info().id()).doesNotHaveDuplicates();
    assertThat(Criteria.ALL)
        .allSatisfy(
            c -> {
              assertThat(c.info().risks()).isNotEmpty();
              assertThat(c.info().controls()).isNotEmpty();
              assertThat(c.info().remediation()).isNotBlank();
              assertThat(c.info().step()).isNotEqualTo(MaturityStep.AD_HOC);
            });
  }
}
