package io.keyward.model.cache;

import io.keyward.model.domain.Source;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** An open cache file: schema migrations on open, WAL, foreign keys. */
public final class Cache implements AutoCloseable {

  /** Opens or creates the cache, migrating it to the current schema. */
  public static Cache open(Path file) {
    return open(file, Clock.systemUTC());
  }

  /** As {@link #open(Path)}; {@code clock} is "now" for ages and staleness. */
  public static Cache open(Path file, Clock clock) {
    throw new UnsupportedOperationException();
  }

  public SyncSession beginSync(Source source) {
    throw new UnsupportedOperationException();
  }

  public EstateRepository repository() {
    throw new UnsupportedOperationException();
  }

  public Optional<DemoInfo> demoInfo() {
    throw new UnsupportedOperationException();
  }

  public void markDemo(DemoInfo info) {
    throw new UnsupportedOperationException();
  }

  public Path file() {
    throw new UnsupportedOperationException();
  }

  public Clock clock() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
