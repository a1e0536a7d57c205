package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.alert.SubjectMatcher;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.EstateSink;
import io.keyward.model.domain.AccessEvent;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * One run's mapping of CloudTrail records, wherever they came from (log files or LookupEvents):
 * each record to its access events as it is read, then the sessions and chains the records added up
 * to. Records should come oldest first, so calls made with an issued key find its session.
 */
final class TrailMapping {
  private final Sessions sessions;
  private final Chains chains;
  private final RecordMapper mapper;

  /**
   * @param estate the cache as last completed, whose identities the records are linked to
   * @param now what issued sessions' expiry is measured against
   */
  TrailMapping(String sourceId, EstateRepository estate, Instant now) {
    this.sessions = new Sessions(sourceId, now);
    this.chains = new Chains(sourceId, estate);
    this.mapper =
        new RecordMapper(sourceId, new Principals(new SubjectMatcher(estate)), sessions, chains);
  }

  /**
   * @throws IllegalArgumentException naming what the record lacks when it is no CloudTrail record
   */
  void map(JsonNode record, Consumer<AccessEvent> out) {
    mapper.map(record, out);
  }

  /** Writes the session credentials and observed chains, after the last record. */
  void finish(EstateSink sink) {
    sessions.writeTo(sink::add);
    chains.writeTo(sink::add);
  }
}
