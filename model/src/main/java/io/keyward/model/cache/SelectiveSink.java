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
 * A sink for readers that want only some kinds of item: every kind a subclass does not override is
 * dropped.
 */
public abstract class SelectiveSink implements EstateSink {
  @Override
  public void add(Identity identity) {}

  @Override
  public void add(Credential credential) {}

  @Override
  public void add(Grant grant) {}

  @Override
  public void add(Delegation delegation) {}

  @Override
  public void add(Resource resource) {}

  @Override
  public void add(LineageRecord record) {}

  @Override
  public void add(AccessEvent event) {}

  @Override
  public void add(Alert alert) {}
}
