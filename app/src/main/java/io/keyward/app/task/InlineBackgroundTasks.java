package io.keyward.app.task;

import java.util.function.Consumer;

/**
 * Runs each job at once on the caller's thread: view-model tests need neither threads nor waits.
 */
public final class InlineBackgroundTasks implements BackgroundTasks {
  private int submitted;

  @Override
  public <T> BackgroundTask submit(
      Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    submitted++;
    BackgroundTask task = new BackgroundTask();
    T result;
    try {
      result = job.run(task.reporter(Runnable::run));
    } catch (Exception failure) {
      onFailure.accept(failure);
      return task;
    }
    onSuccess.accept(result);
    return task;
  }

  /** How many jobs ran, so tests can check that a command did or did not query. */
  public int submitted() {
    return submitted;
  }
}
