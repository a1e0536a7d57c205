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
 * Where a sync run or generator puts what it found. Items may arrive in any order: references
 * between them are checked when the run completes, not on each add.
 */
public interface EstateSink {
  void add(Identity identity);

  void add(Credential credential);

  void add(Grant grant);

  void add(Delegation delegation);

  void add(Resource resource);

  void add(LineageRecord record);

  void add(AccessEvent event);

  void add(Alert alert);
}
