package io.keyward.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class FxBackgroundTasksTest {
  private final FxBackgroundTasks tasks = new FxBackgroundTasks();

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void stop() {
    tasks.close();
  }

  @Test
  void resultsArriveOnTheFxThreadAndWorkRunsOffIt() throws Exception {
    CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
    CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();

    Platform.runLater(
        () ->
            tasks.submit(
                progress -> {
                  workOnFx.complete(Platform.isFxApplicationThread());
                  return 42;
                },
                result -> resultOnFx.complete(Platform.isFxApplicationThread() && result == 42),
                resultOnFx::completeExceptionally));

    assertThat(workOnFx.get(5, TimeUnit.SECONDS)).isFalse();
    assertThat(resultOnFx.get(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void failuresReachTheFailureCallback() throws Exception {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();

    Platform.runLater(
        () ->
            tasks.submit(
                progress -> {
                  throw new IllegalStateException("cache gone");
                },
                result -> failure.complete(null),
                failure::complete));

    assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("cache gone");
  }

  @Test
  void aCancelledTaskCallsNothingBackAndPendingReturnsToZero() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean calledBack = new AtomicBoolean();
    CompletableFuture<BackgroundTask> submitted = new CompletableFuture<>();

    Platform.runLater(
        () ->
            submitted.complete(
                tasks.submit(
                    progress -> release.await(5, TimeUnit.SECONDS),
                    result -> calledBack.set(true),
                    failure -> calledBack.set(true))));
    BackgroundTask task = submitted.get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tasks.pending().get()).isEqualTo(1);

    task.cancel();
    release.countDown();

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tasks.pending().get() == 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(calledBack).isFalse();
  }
}
