package io.keyward.app.task;

import java.util.function.Consumer;

/**
 * The one seam for work too slow for the FX thread. Callbacks always run on the thread that owns
 * the UI state (the FX thread in the console, the caller's thread in tests), so view models never
 * create threads or synchronise.
 */
public interface BackgroundTasks {

  /**
   * Runs {@code job}; exactly one of the callbacks runs afterwards, unless the task was cancelled
   * first, in which case neither does.
   */
  <T> BackgroundTask submit(
      Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** A unit of background work; it reports progress and should stop early once cancelled. */
  @FunctionalInterface
  interface Job<T> {
    T run(Progress progress) throws Exception;
  }

  /** What a running job sees of its task. */
  interface Progress {
    /** Reports completion between 0 and 1. */
    void update(double fraction);

    /** Says what the job is doing now, e.g. "fetching users, 1,200 items". */
    void message(String text);

    boolean cancelled();
  }
}
