package io.keyward.connectors;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cancel request from the user, shared between the thread that asks and the sync that obeys. The
 * sync checks it between requests; an in-flight request is aborted through {@link #onCancel}.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicReference<Runnable> abortInFlight = new AtomicReference<>(() -> {});

  public void cancel() {
    if (cancelled.compareAndSet(false, true)) {
      abortInFlight.get().run();
    }
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** Runs {@code abort} if the user cancels while the current request is in flight. */
  public void onCancel(Runnable abort) {
    abortInFlight.set(abort);
    if (cancelled.get()) {
      abort.run();
    }
  }

  /** The current request finished: there is nothing left to abort. */
  public void clearOnCancel() {
    abortInFlight.set(() -> {});
  }
}
