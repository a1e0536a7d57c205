package io.keyward.model.demo;

import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import io.keyward.model.domain.Alert;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.LineageRecord;
import io.keyward.model.domain.Resource;
import java.util.EnumMap;
import java.util.Map;

/** Counts what streams through it and keeps nothing else, so LARGE runs in little memory. */
final class CountingSink implements EstateSink {
  long identities;
  long credentials;
  long grants;
  long delegations;
  long resources;
  long lineage;
  long events;
  long alerts;
  final Map<IdentityKind, Long> identitiesByKind = new EnumMap<>(IdentityKind.class);

  long rows() {
    return identities + credentials + grants + delegations + resources + lineage + events + alerts;
  }

  @Override
  public void add(Identity item) {
    identities++;
    identitiesByKind.merge(item.kind(), 1L, Long::sum);
  }

  @Override
  public void add(Credential item) {
    credentials++;
  }

  @Override
  public void add(Grant item) {
    grants++;
  }

  @Override
  public void add(Delegation item) {
    delegations++;
  }

  @Override
  public void add(Resource item) {
    resources++;
  }

  @Override
  public void add(LineageRecord item) {
    lineage++;
  }

  @Override
  public void add(AccessEvent item) {
    events++;
  }

  @Override
  public void add(Alert item) {
    alerts++;
  }
}
