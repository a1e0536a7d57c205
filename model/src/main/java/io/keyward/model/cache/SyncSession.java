package io.keyward.model.cache;

import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;

/**
 * One sync run of one source. Everything added lands in one transaction; {@link #complete()}
 * removes what this source had but the run did not see, then commits. Closing without completing
 * rolls back: a failed or interrupted run changes nothing but the sync history.
 */
public final class SyncSession implements EstateSink, AutoCloseable {
  @Override
  public void add(Identity item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(Credential item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(Grant item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(Delegation item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(Resource item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(LineageRecord item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(AccessEvent item) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void add(Alert item) {
    throw new UnsupportedOperationException();
  }

  public void complete() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
