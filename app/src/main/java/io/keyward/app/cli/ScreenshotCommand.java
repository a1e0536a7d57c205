package io.keyward.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "screenshot")
public final class ScreenshotCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException();
  }
}
