package io.keyward.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.task.InlineBackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotLoadTest {
  private final AtomicInteger reads = new AtomicInteger();
  private final List<Integer> shown = new ArrayList<>();
  private boolean broken;

  private final SnapshotLoad<Integer> load =
      new SnapshotLoad<>(
          new InlineBackgroundTasks(),
          progress -> {
            if (broken) {
              throw new IllegalStateException("database is locked");
            }
            return reads.incrementAndGet();
          },
          shown::add,
          "Could not read the estate");

  @Test
  void readsOnceOnActivationAndAgainOnReload() {
    load.activate();
    load.activate();
    assertThat(shown).containsExactly(1);
    load.reload();
    assertThat(shown).containsExactly(1, 2);
    assertThat(load.loading().get()).isFalse();
  }

  @Test
  void aFailureIsShownUntilTheNextReadSucceeds() {
    broken = true;
    load.activate();
    assertThat(load.failure().get()).isEqualTo("Could not read the estate: database is locked");
    assertThat(load.loading().get()).isFalse();
    assertThat(shown).isEmpty();

    broken = false;
    load.reload();
    assertThat(load.failure().get()).isEmpty();
    assertThat(shown).containsExactly(1);
  }
}
