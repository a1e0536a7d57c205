package io.keyward.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs jobs on one daemon worker thread and hands results to the FX thread. One thread on purpose:
 * the cache repository may be used from any one thread at a time, and queued queries superseded by
 * newer ones are cancelled before they start. Submit from the FX thread, like every other change to
 * UI state.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "keyward-background");
            thread.setDaemon(true);
            return thread;
          });
  private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();

  /** Jobs submitted whose callbacks have not run yet; changes on the FX thread. */
  public ReadOnlyIntegerProperty pending() {
    return pending.getReadOnlyProperty();
  }

  @Override
  public <T> BackgroundTask submit(
      Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    BackgroundTask task = new BackgroundTask();
    pending.set(pending.get() + 1);
    worker.execute(
        () -> {
          Runnable outcome;
          if (task.cancelled()) {
            outcome = () -> {};
          } else {
            outcome = runJob(job, task, onSuccess, onFailure);
          }
          Platform.runLater(
              () -> {
                pending.set(pending.get() - 1);
                if (!task.cancelled()) {
                  outcome.run();
                }
              });
        });
    return task;
  }

  private static <T> Runnable runJob(
      Job<T> job,
      BackgroundTask task,
      Consumer<? super T> onSuccess,
      Consumer<Throwable> onFailure) {
    try {
      T result = job.run(task.reporter(Platform::runLater));
      return () -> onSuccess.accept(result);
    } catch (Exception | LinkageError failure) {
      return () -> onFailure.accept(failure);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
