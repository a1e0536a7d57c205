package io.keyward.app.cli;

import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.SyncProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a running sync: on a terminal, one line redrawn in place with a moving bar; otherwise (a
 * pipe, a CI log) one plain line per phase, so logs stay readable.
 */
final class SyncProgressPrinter implements SyncListener {
  private static final int BAR = 20;
  private static final long REDRAW_NANOS = 100_000_000;

  private final PrintWriter out;
  private final boolean terminal;
  private String lastPhase = "";
  private long lastDraw;
  private int tick;

  SyncProgressPrinter(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void progress(SyncProgress progress) {
    if (terminal) {
      long now = System.nanoTime();
      if (progress.phase().equals(lastPhase) && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      lastPhase = progress.phase();
      out.print("\r\033[2K" + bar() + " " + progress.describe());
      out.flush();
    } else if (!progress.phase().equals(lastPhase)) {
      lastPhase = progress.phase();
      out.println(progress.sourceId() + ": " + progress.phase());
      out.flush();
    }
  }

  /** The line that ends a sync: what happened, how much and how long. */
  void finished(SyncOutcome outcome) {
    if (terminal) {
      out.print("\r\033[2K");
    }
    lastPhase = "";
    out.println(summary(outcome));
    for (String note : outcome.notes()) {
      out.println(outcome.sourceId() + ": note: " + note);
    }
    for (String problem : outcome.skipped()) {
      out.println(outcome.sourceId() + ": skipped " + problem);
    }
    out.flush();
  }

  static String summary(SyncOutcome outcome) {
    if (outcome.completed()) {
      return String.format(
          Locale.ROOT,
          "%s: completed, %,d items loaded, %,d removed in %.1f s%s",
          outcome.sourceId(),
          outcome.itemsLoaded(),
          outcome.itemsRemoved(),
          outcome.took().toMillis() / 1000.0,
          outcome.skipped().isEmpty() ? "" : ", " + outcome.skipped().size() + " skipped");
    }
    return outcome.sourceId()
        + ": "
        + outcome.status().name().toLowerCase(Locale.ROOT)
        + (outcome.error() == null ? "" : ": " + outcome.error());
  }

  /** No total is known ahead, so the bar shows motion, not a fraction. */
  private String bar() {
    int at = tick++ % BAR;
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < BAR; i++) {
      bar.append(Math.abs(i - at) < 3 ? '=' : ' ');
    }
    return bar.append(']').toString();
  }
}
