package io.keyward.app.cli;

import io.keyward.connectors.SourceException;
import io.keyward.model.cache.CacheException;
import io.keyward.model.snapshot.SnapshotException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and a non-zero exit, never a stack trace. Set
 * {@code KEYWARD_DEBUG=1} to see the trace when reporting a bug.
 */
final class UserErrors implements IExecutionExceptionHandler {
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println("keyward: " + message(e));
    if (System.getenv("KEYWARD_DEBUG") != null) {
      e.printStackTrace(command.getErr());
    }
    command.getErr().flush();
    return FAILURE;
  }

  private static String message(Exception e) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String text = shown.getMessage();
    if (text == null || text.isBlank()) {
      return shown.getClass().getSimpleName();
    }
    boolean expected =
        shown instanceof CacheException
            || shown instanceof SourceException
            || shown instanceof SnapshotException
            || shown instanceof IllegalArgumentException;
    return expected ? text : text + " (" + shown.getClass().getSimpleName() + ")";
  }
}
