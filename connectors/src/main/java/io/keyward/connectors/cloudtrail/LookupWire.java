package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * LookupEvents replies: a page of events, newest first, each carrying the whole CloudTrail record
 * as JSON inside the string {@code CloudTrailEvent}; {@code EventTime} is epoch seconds.
 */
final class LookupWire {
  private LookupWire() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(
      @JsonProperty("Events") @Nullable List<Event> events,
      @JsonProperty("NextToken") @Nullable String nextToken) {

    List<Event> eventList() {
      return events == null ? List.of() : events;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(
      @JsonProperty("EventId") @Nullable String eventId,
      @JsonProperty("EventName") @Nullable String eventName,
      @JsonProperty("EventTime") double eventTime,
      @JsonProperty("CloudTrailEvent") @Nullable String cloudTrailEvent) {}
}
