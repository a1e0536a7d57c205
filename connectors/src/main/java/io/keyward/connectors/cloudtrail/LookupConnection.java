package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SyncContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A live CloudTrail profile: the event history of one region through {@code LookupEvents}, the last
 * {@code lookbackDays} days of management events, fetched whole into an {@link EventSpool} and then
 * mapped oldest first exactly as log files are.
 */
final class LookupConnection implements SourceConnection {
  private final String sourceId;
  private final LookupEventsClient client;
  private final String region;
  private final int lookbackDays;
  private final String credentialsOrigin;
  private final Clock clock;

  LookupConnection(
      String sourceId,
      LookupEventsClient client,
      String region,
      int lookbackDays,
      String credentialsOrigin,
      Clock clock) {
    this.sourceId = sourceId;
    this.client = client;
    this.region = region;
    this.lookbackDays = lookbackDays;
    this.credentialsOrigin = credentialsOrigin;
    this.clock = clock;
  }

  @Override
  public String test() {
    Instant end = end();
    List<LookupWire.Event> latest =
        client.page(start(end), end, 1, null, new Cancellation()).eventList();
    return "CloudTrail LookupEvents in "
        + region
        + " at "
        + client.endpoint()
        + " answers with credentials from "
        + credentialsOrigin
        + "; "
        + (latest.isEmpty()
            ? "no events in the last " + lookbackDays + " days"
            : "latest event " + describe(latest.get(0)));
  }

  @Override
  public void sync(SyncContext context) {
    Instant end = end();
    context.phase("fetching events of the last " + lookbackDays + " days in " + region);
    try (EventSpool spool = new EventSpool()) {
      String token = null;
      do {
        context.checkCancelled();
        LookupWire.Page page =
            client.page(
                start(end), end, LookupEventsClient.PAGE_SIZE, token, context.cancellation());
        for (LookupWire.Event event : page.eventList()) {
          Optional<JsonNode> record = read(event, context);
          if (record.isPresent()) {
            spool.add(eventId(event), event.eventTime(), record.get());
          }
        }
        context.advance(page.eventList().size());
        token = page.nextToken();
      } while (token != null && !token.isEmpty());
      TrailMapping mapping = new TrailMapping(sourceId, context.estate(), clock.instant());
      context.load(
          sink -> {
            try {
              spool.oldestFirst(
                  (eventId, record) -> {
                    try {
                      mapping.map(record, sink::add);
                    } catch (IllegalArgumentException e) {
                      context.skip("event " + eventId + ": " + e.getMessage());
                    }
                  });
            } catch (IOException e) {
              throw spoolFailure(e);
            }
            mapping.finish(sink);
          });
    } catch (IOException e) {
      throw spoolFailure(e);
    }
  }

  /** The event's record; empty, with the event reported as skipped, when it does not read. */
  private static Optional<JsonNode> read(LookupWire.Event event, SyncContext context) {
    String id = eventId(event);
    String json = event.cloudTrailEvent();
    if (json == null || json.isBlank()) {
      context.skip("event " + id + ": no CloudTrailEvent");
      return Optional.empty();
    }
    try {
      return Optional.of(RecordReader.record(json));
    } catch (JsonProcessingException e) {
      context.skip(
          "event " + id + ": CloudTrailEvent is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      context.skip("event " + id + ": CloudTrailEvent is unreadable: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String eventId(LookupWire.Event event) {
    return event.eventId() == null ? "without EventId" : event.eventId();
  }

  private SourceException spoolFailure(IOException e) {
    return new SourceException(
        sourceId,
        client.endpoint().toString(),
        null,
        "cannot keep the fetched events in a temporary file: " + e.getMessage(),
        e);
  }

  private static String describe(LookupWire.Event event) {
    return (event.eventName() == null ? "?" : event.eventName())
        + " at "
        + Instant.ofEpochMilli(Math.round(event.eventTime() * 1000));
  }

  private Instant end() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private Instant start(Instant end) {
    return end.minus(Duration.ofDays(lookbackDays));
  }
}
