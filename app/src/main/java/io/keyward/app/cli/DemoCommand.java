package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheException;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyward demo}: writes the synthetic demo estate into a new cache file. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Write the synthetic demo estate (every source kind, planted problems) to a cache.")
public final class DemoCommand implements Callable<Integer> {
  /** The seed the console uses on first start, so every new user sees the same estate. */
  public static final long DEFAULT_SEED = 42;

  @Mixin CacheOption cache = new CacheOption();

  @Option(
      names = "--scale",
      defaultValue = "demo",
      paramLabel = "demo|large|huge",
      description = "demo: hundreds; large: 100k identities, 1M grants; huge: 1M and 10M.")
  String scale;

  @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, description = "Generator seed.")
  long seed;

  @Option(
      names = "--replace",
      description = "Delete an existing cache file first (it is refused otherwise).")
  boolean replace;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DemoScale demoScale = DemoScale.fromCliName(scale);
    Path file = cache.file();
    if (Files.exists(file)) {
      if (!replace) {
        throw new CacheException(
            file + " already exists; choose another --cache or pass --replace to overwrite it");
      }
      deleteCache(file);
    }
    long started = System.nanoTime();
    EstateStats stats = write(file, demoScale, seed, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Wrote the %s demo estate (seed %d) to %s: %,d identities, %,d grants in %.1f s%n",
        demoScale.cliName(),
        seed,
        file,
        stats.identities(),
        stats.grants(),
        (System.nanoTime() - started) / 1e9);
    out.flush();
    return 0;
  }

  /**
   * Generates relative to the start of today (UTC), so runs on the same day with one seed write
   * identical estates while ages still read as of today.
   */
  static EstateStats write(Path file, DemoScale scale, long seed, Clock clock) {
    Instant asOf = clock.instant().truncatedTo(ChronoUnit.DAYS);
    try (Cache opened = Cache.open(file, clock)) {
      DemoEstate.write(opened, scale, seed, asOf);
      return opened.repository().stats();
    }
  }

  /**
   * What a first start does where no cache exists yet: writes the demo estate there, saying so on
   * {@code err}, so a new user sees a working console (and its screenshots) at once.
   */
  static void writeOnFirstStart(Path file, PrintWriter err) {
    if (!Files.exists(file)) {
      err.println("keyward: no cache at " + file + " yet; writing the demo estate there first");
      err.flush();
      write(file, DemoScale.DEMO, DEFAULT_SEED, Clock.systemUTC());
    }
  }

  private static void deleteCache(Path file) throws IOException {
    Files.deleteIfExists(file);
    for (Path sidecar : Cache.sidecars(file)) {
      Files.deleteIfExists(sidecar);
    }
  }
}
