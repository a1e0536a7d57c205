package io.keyward.app.task;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A submitted job as its owner sees it. {@link #progress()} is -1 while the job reports nothing (an
 * indeterminate indicator) and changes only on the thread that delivers callbacks.
 */
public final class BackgroundTask {
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private volatile boolean cancelled;

  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public ReadOnlyDoubleProperty progress() {
    return progress.getReadOnlyProperty();
  }

  /** What the job last said it is doing; empty until it says something. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  /** The job's view of this task; progress updates reach {@link #progress()} through {@code ui}. */
  BackgroundTasks.Progress reporter(Executor ui) {
    return new BackgroundTasks.Progress() {
      @Override
      public void update(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        ui.execute(() -> progress.set(clamped));
      }

      @Override
      public void message(String text) {
        ui.execute(() -> message.set(text));
      }

      @Override
      public boolean cancelled() {
        return cancelled;
      }
    };
  }
}
