package io.keyward.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "stats")
public final class StatsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException();
  }
}
