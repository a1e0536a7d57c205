package io.keyward.bench;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.SelectiveSink;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Generates the demo estate (LARGE unless told otherwise) into a fresh cache file and reports how
 * long the ingest took, how big the file got and how much heap it needed. Then generates it once
 * more into a sink that drops everything, to split the time between generator and cache.
 */
public final class IngestBench {
  private static final long SEED = 1;
  private static final Instant AS_OF = Instant.parse("2026-11-23T09:00:00Z");

  public static void main(String[] args) throws IOException {
    DemoScale scale = args.length > 0 ? DemoScale.fromCliName(args[0]) : DemoScale.LARGE;
    Path dir = Files.createTempDirectory("keyward-bench-");
    try {
      run(scale, dir.resolve("cache.db"));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void run(DemoScale scale, Path file) throws IOException {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    // SQLite runs on the calling thread: its CPU time next to the wall time shows how much of the
    // wall time went to waiting (I/O, or other processes on a shared machine).
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    EstateStats stats;
    double ingestSeconds;
    try (Cache cache = Cache.open(file)) {
      DemoEstate.write(cache, scale, SEED, AS_OF);
      ingestSeconds = seconds(start);
      stats = cache.repository().stats();
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long rows =
        stats.identities()
            + stats.credentials()
            + stats.grants()
            + stats.delegations()
            + stats.resources()
            + stats.lineageRecords()
            + stats.accessEvents()
            + stats.alerts();
    double fileMb = (size(file) + size(Path.of(file + "-wal"))) / 1e6;

    long generateStart = System.nanoTime();
    // Into a sink that keeps nothing: what is left of the time is the generator's.
    DemoEstate.write(
        scale, SEED, AS_OF, (source, contents) -> contents.accept(new SelectiveSink() {}));
    double generateSeconds = seconds(generateStart);

    System.out.printf(
        Locale.ROOT,
        "scale %s: %,d identities, %,d grants, %,d rows in all%n",
        scale.cliName(),
        stats.identities(),
        stats.grants(),
        rows);
    System.out.printf(
        Locale.ROOT,
        "ingest %.1f s wall, %.1f s cpu (%,.0f rows/s); generating alone takes %.1f s%n",
        ingestSeconds,
        cpuSeconds,
        rows / ingestSeconds,
        generateSeconds);
    System.out.printf(
        Locale.ROOT, "cache file %.0f MB, peak heap %.0f MB%n", fileMb, peakHeap / 1e6);
    System.out.printf(
        Locale.ROOT,
        "ingest_seconds=%.1f rows=%d rows_per_second=%.0f file_mb=%.0f peak_heap_mb=%.0f"
            + " ingest_cpu_seconds=%.1f generate_seconds=%.1f%n",
        ingestSeconds,
        rows,
        rows / ingestSeconds,
        fileMb,
        peakHeap / 1e6,
        cpuSeconds,
        generateSeconds);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }
}
