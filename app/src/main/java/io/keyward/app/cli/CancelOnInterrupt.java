package io.keyward.app.cli;

import io.keyward.connectors.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a sync or import: cancel the run and give it a moment to roll back and record
 * itself as interrupted, instead of leaving the history to find a dead run on the next start.
 */
final class CancelOnInterrupt implements AutoCloseable {
  private static final long GRACE_SECONDS = 10;

  private final Cancellation cancellation = new Cancellation();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook = new Thread(this::cancelAndWait, "keyward-cancel");

  CancelOnInterrupt() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  Cancellation cancellation() {
    return cancellation;
  }

  private void cancelAndWait() {
    cancellation.cancel();
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: it only waited for this close.
    }
  }
}
