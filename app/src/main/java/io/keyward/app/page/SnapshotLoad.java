package io.keyward.app.page;

import io.keyward.app.task.BackgroundTasks;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Reads a page's data in the background the first time the page shows, and again on reload, with
 * the loading and failure state the page binds to. For pages that show one snapshot of the cache.
 */
public final class SnapshotLoad<T> {
  private final BackgroundTasks tasks;
  private final BackgroundTasks.Job<T> read;
  private final Consumer<T> show;
  private final String failurePrefix;
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
  private boolean loaded;

  /**
   * @param failurePrefix how a failure reads to the user, e.g. "Could not read the sources"
   */
  public SnapshotLoad(
      BackgroundTasks tasks, BackgroundTasks.Job<T> read, Consumer<T> show, String failurePrefix) {
    this.tasks = tasks;
    this.read = read;
    this.show = show;
    this.failurePrefix = failurePrefix;
  }

  /** Loads on the first call; later calls keep what is shown. */
  public void activate() {
    if (!loaded) {
      reload();
    }
  }

  public void reload() {
    loaded = true;
    loading.set(true);
    tasks.submit(
        read,
        snapshot -> {
          show.accept(snapshot);
          failure.set("");
          loading.set(false);
        },
        error -> {
          failure.set(failurePrefix + ": " + error.getMessage());
          loading.set(false);
        });
  }

  public ReadOnlyBooleanProperty loading() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty failure() {
    return failure.getReadOnlyProperty();
  }
}
