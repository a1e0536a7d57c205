package io.keyward.connectors;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.CacheException;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs and imports into a cache: the connector fetches and maps, the engine loads in one
 * transaction and completes the run, which removes what the source no longer has. Whatever goes
 * wrong, the run is recorded with its error and the cache keeps what it held before. The first real
 * sync into a cache holding the demo estate removes the demo first.
 */
public final class SyncEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final Cache cache;
  private final LongSupplier nanoTime;

  public SyncEngine(Cache cache) {
    this(cache, System::nanoTime);
  }

  SyncEngine(Cache cache, LongSupplier nanoTime) {
    this.cache = cache;
    this.nanoTime = nanoTime;
  }

  /** Syncs {@code source} through {@code connection}. */
  public synchronized SyncOutcome sync(
      Source source,
      SourceConnection connection,
      SyncListener listener,
      Cancellation cancellation) {
    return run(source, source.id(), listener, cancellation, connection::sync);
  }

  /**
   * Imports {@code file} in {@code format} as a sync run of the source the file describes, or of
   * {@code sourceId} when given.
   */
  public synchronized SyncOutcome importFile(
      FileImport format,
      Path file,
      @Nullable String sourceId,
      SyncListener listener,
      Cancellation cancellation) {
    return importFile(format, file, sourceId, ImportOptions.NONE, listener, cancellation);
  }

  /** As above, with the options the user gave; options the format does not read are refused. */
  public synchronized SyncOutcome importFile(
      FileImport format,
      Path file,
      @Nullable String sourceId,
      ImportOptions options,
      SyncListener listener,
      Cancellation cancellation) {
    options.checkedFor(format);
    return run(
        null,
        sourceId == null ? format.name() : sourceId,
        listener,
        cancellation,
        context -> format.read(file, sourceId, options, context));
  }

  private SyncOutcome run(
      @Nullable Source source,
      String label,
      SyncListener listener,
      Cancellation cancellation,
      Consumer<SyncContext> work) {
    long start = nanoTime.getAsLong();
    SyncContext context = new SyncContext(cache, source, label, listener, cancellation, nanoTime);
    if (cache.removeDemo()) {
      // Real items never mix with made-up ones; the demo can be written again anywhere.
      LOG.info(
          "{}: removed the demo estate from {} before the first real sync", label, cache.file());
      context.phase("removed the demo estate from this cache");
    }
    SyncStatus status = SyncStatus.FAILED;
    long removed = 0;
    String error = null;
    try {
      work.accept(context);
      context.checkCancelled();
      if (context.session() == null) {
        // The source had nothing at all: an empty run still removes what it used to have.
        context.load(ignored -> {});
      }
      context.phase("removing what the source no longer has");
      removed = context.session().complete(runNote(context.skipped(), context.notes()));
      status = SyncStatus.COMPLETED;
    } catch (SyncCancelledException e) {
      status = SyncStatus.INTERRUPTED;
      error = "cancelled by the user";
    } catch (SourceException | CacheException | IllegalArgumentException e) {
      // IllegalArgumentException: a mapped item failed the domain's validation.
      error = e.getMessage();
      LOG.warn("{}: sync failed: {}", label, error);
    } catch (RuntimeException e) {
      // A bug, not bad input: keep the trace in the log, give the user one line.
      error = "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.error("{}: sync failed unexpectedly", label, e);
    } finally {
      error = finish(context.session(), source, status, error);
    }
    SyncSession session = context.session();
    String sourceId = session != null ? session.source().id() : label;
    long runId = session != null ? session.runId() : 0;
    long loaded = status == SyncStatus.COMPLETED && session != null ? session.loaded() : 0;
    Duration took = Duration.ofNanos(nanoTime.getAsLong() - start);
    return new SyncOutcome(
        sourceId, runId, status, loaded, removed, took, error, context.skipped(), context.notes());
  }

  /**
   * What the sync history says of a completed run: the connector's notes, then of skipped items how
   * many, and the first few with their place.
   */
  private static @Nullable String runNote(List<String> skipped, List<String> notes) {
    if (skipped.isEmpty()) {
      return notes.isEmpty() ? null : String.join("; ", notes);
    }
    String noted = notes.isEmpty() ? "" : String.join("; ", notes) + "; ";
    String first = String.join("; ", skipped.subList(0, Math.min(3, skipped.size())));
    return noted
        + "skipped "
        + skipped.size()
        + (skipped.size() == 1 ? " item: " : " items: ")
        + first
        + (skipped.size() > 3 ? "; ..." : "");
  }

  /**
   * Closes the run: a completed one is already committed, anything else rolls back. A failure
   * before any load still leaves a FAILED run in the history when the source is known.
   */
  private @Nullable String finish(
      @Nullable SyncSession session,
      @Nullable Source source,
      SyncStatus status,
      @Nullable String error) {
    SyncSession toClose = session;
    if (toClose == null && source != null) {
      toClose = cache.beginSync(source);
    }
    if (toClose == null) {
      return error;
    }
    if (status == SyncStatus.FAILED && error != null) {
      toClose.fail(error);
    }
    toClose.close();
    return error;
  }
}
