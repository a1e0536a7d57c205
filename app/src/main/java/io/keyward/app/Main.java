package io.keyward.app;

import io.keyward.app.cli.KeywardCommand;

/**
 * Entry point of the launcher. Without arguments it opens the console; with arguments it runs the
 * CLI. Deliberately not a JavaFX {@code Application}, so the class path launch works on plain JDKs.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(KeywardCommand.execute(args));
  }
}
