package io.keyward.connectors;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.EstateSink;
import io.keyward.model.cache.IdentityFilter;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a connector sees of a running sync: report the phase and items handled, check for cancel,
 * and load the mapped items. The cache is touched only inside {@link #load}, after everything was
 * fetched, so a failed fetch leaves it as it was.
 */
public final class SyncContext {
  private static final long REPORT_EVERY = 1_000;

  private final Cache cache;
  private final @Nullable Source defaultSource;
  private final String label;
  private final SyncListener listener;
  private final Cancellation cancellation;
  private final LongSupplier nanoTime;
  private @Nullable SyncSession session;
  private String phase = "starting";
  private long items;
  private long phaseStartNanos;
  private final List<String> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  SyncContext(
      Cache cache,
      @Nullable Source defaultSource,
      String label,
      SyncListener listener,
      Cancellation cancellation,
      LongSupplier nanoTime) {
    this.cache = cache;
    this.defaultSource = defaultSource;
    this.label = label;
    this.listener = listener;
    this.cancellation = cancellation;
    this.nanoTime = nanoTime;
    this.phaseStartNanos = nanoTime.getAsLong();
  }

  public Cancellation cancellation() {
    return cancellation;
  }

  /** Starts a new phase ("fetching users"); the item count and rate start again from zero. */
  public void phase(String name) {
    checkCancelled();
    phase = name;
    items = 0;
    phaseStartNanos = nanoTime.getAsLong();
    report();
  }

  /** Counts {@code count} more items handled in the current phase. */
  public void advance(long count) {
    items += count;
    report();
  }

  /**
   * @throws SyncCancelledException when the user asked to stop
   */
  public void checkCancelled() {
    if (cancellation.isCancelled()) {
      throw new SyncCancelledException(sourceLabel());
    }
  }

  /** Loads the items {@code contents} adds as one sync run of the profile's source. */
  public void load(Consumer<EstateSink> contents) {
    if (defaultSource == null) {
      throw new IllegalStateException("an import names the source it loads");
    }
    load(defaultSource, contents);
  }

  /**
   * Records an item the source gave that could not be read, e.g. {@code "line 4: not JSON"}; the
   * run goes on and loads the rest, and its outcome lists what was skipped so scripts can notice.
   */
  public void skip(String problem) {
    skipped.add(problem);
  }

  List<String> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * Records something the run could not read that is not an error of the source, e.g. "the realm
   * stores no login events": the run still completes clean, and the note is kept with it.
   */
  public void note(String note) {
    notes.add(note);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * Loads the items {@code contents} adds as one sync run of {@code source}. Called once per run;
   * the engine completes the run after the connector returns.
   */
  public void load(Source source, Consumer<EstateSink> contents) {
    checkCancelled();
    if (session != null) {
      throw new IllegalStateException("a sync run loads once; " + source.id() + " loaded twice");
    }
    session = cache.beginSync(source);
    phase("loading");
    contents.accept(new CountingSink(session));
    report();
  }

  /**
   * Ids of the identities the cache holds for {@code sourceId}, as last synced: what an import that
   * only enriches another source (a credential report) checks its references against before it
   * loads, so it can say which import must come first.
   */
  public Set<String> identityIds(String sourceId) {
    return cache
        .repository()
        .identities(IdentityFilter.ALL.withSource(sourceId), Integer.MAX_VALUE)
        .items()
        .stream()
        .map(Identity::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * What the cache holds, as last completed: for imports that match their items to other sources'
   * identities and credentials (an alert naming an access key) before they load.
   */
  public EstateRepository estate() {
    return cache.repository();
  }

  @Nullable SyncSession session() {
    return session;
  }

  private String sourceLabel() {
    if (session != null) {
      return session.source().id();
    }
    return label;
  }

  private void report() {
    double seconds = (nanoTime.getAsLong() - phaseStartNanos) / 1e9;
    listener.progress(
        new SyncProgress(sourceLabel(), phase, items, seconds > 0 ? items / seconds : 0));
  }

  /** Counts what goes into the session so the user sees the load move. */
  private final class CountingSink implements EstateSink {
    private final EstateSink target;

    CountingSink(EstateSink target) {
      this.target = target;
    }

    private void counted() {
      items++;
      if (items % REPORT_EVERY == 0) {
        checkCancelled();
        report();
      }
    }

    @Override
    public void add(Identity identity) {
      target.add(identity);
      counted();
    }

    @Override
    public void add(Credential credential) {
      target.add(credential);
      counted();
    }

    @Override
    public void add(Grant grant) {
      target.add(grant);
      counted();
    }

    @Override
    public void add(Delegation delegation) {
      target.add(delegation);
      counted();
    }

    @Override
    public void add(Resource resource) {
      target.add(resource);
      counted();
    }

    @Override
    public void add(LineageRecord record) {
      target.add(record);
      counted();
    }

    @Override
    public void add(AccessEvent event) {
      target.add(event);
      counted();
    }

    @Override
    public void add(Alert alert) {
      target.add(alert);
      counted();
    }
  }
}
