package io.keyward.connectors.openlineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.Timestamps;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.openlineage.OpenLineageWire.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads OpenLineage events from a file in any of the three shapes producers and tools write: one
 * event (pretty-printed or not), a JSON array of events, or NDJSON (one event per line, as the file
 * transport and most log shippers write). A bad NDJSON line or array element is reported ("line 4:
 * ...") and skipped so the good ones still load; a file that is none of the three fails.
 */
final class EventFile {
  /**
   * An event that passed validation.
   *
   * @param where how reports name it: {@code line 4}, {@code event 2} or {@code the event}
   */
  record ReadEvent(String where, Event event, Instant time) {}

  private static final ObjectReader ONE_VALUE =
      WireJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path path;
  private final String label;
  private final Consumer<String> skip;

  /**
   * @param label how errors name the source
   * @param skip told each unreadable event, prefixed with where it is
   */
  EventFile(Path path, String label, Consumer<String> skip) {
    this.path = path;
    this.label = label;
    this.skip = skip;
  }

  List<ReadEvent> read() {
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      List<String> head = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        head.add(line);
        if (!line.isBlank()) {
          break;
        }
      }
      if (line == null) {
        return List.of();
      }
      String first = line.strip();
      if (first.startsWith("[")) {
        return array(rest(head, reader));
      }
      if (first.startsWith("{") && !parses(first)) {
        // Not a whole event on one line: one pretty-printed event, or NDJSON with a bad line 1.
        String whole = rest(head, reader);
        JsonNode single = parse(whole);
        if (single != null) {
          return one("the event", single).map(List::of).orElseThrow();
        }
        return lines(whole.lines().toList().iterator(), 1);
      }
      List<ReadEvent> events = lines(head.iterator(), 1);
      events.addAll(lines(reader.lines().iterator(), head.size() + 1));
      return events;
    } catch (IOException | UncheckedIOException e) {
      throw new SourceException(
          label, path.toString(), null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private List<ReadEvent> array(String text) {
    JsonNode array = parse(text);
    if (array == null || !array.isArray()) {
      throw new SourceException(label, path.toString(), null, "not a JSON array of events");
    }
    List<ReadEvent> events = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      one("event " + (i + 1), array.get(i)).ifPresent(events::add);
    }
    return events;
  }

  private List<ReadEvent> lines(Iterator<String> lines, int firstNumber) {
    List<ReadEvent> events = new ArrayList<>();
    int number = firstNumber;
    while (lines.hasNext()) {
      String line = lines.next();
      String where = "line " + number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        one(where, ONE_VALUE.readTree(line)).ifPresent(events::add);
      } catch (JsonProcessingException e) {
        skip.accept(where + ": not JSON (" + e.getOriginalMessage() + ")");
      }
    }
    return events;
  }

  /** Validates one event; a problem is reported as skipped unless the file is that one event. */
  private Optional<ReadEvent> one(String where, JsonNode json) {
    try {
      if (!json.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      Event event = WireJson.MAPPER.treeToValue(json, Event.class);
      Instant time = Timestamps.anyUnit(event.eventTime(), "eventTime");
      if (time == null) {
        throw new IllegalArgumentException("no eventTime");
      }
      check(event);
      return Optional.of(new ReadEvent(where, event, time));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String problem =
          e instanceof JsonProcessingException bad ? bad.getOriginalMessage() : e.getMessage();
      if (where.equals("the event")) {
        throw new SourceException(label, path.toString(), null, problem);
      }
      skip.accept(where + ": " + problem);
      return Optional.empty();
    }
  }

  private static void check(Event event) {
    if (event.run() != null) {
      if (blank(event.run().runId())) {
        throw new IllegalArgumentException("a run event without run.runId");
      }
      if (event.job() == null || blank(event.job().namespace()) || blank(event.job().name())) {
        throw new IllegalArgumentException("run " + event.run().runId() + " names no job");
      }
    } else if (event.job() == null && event.dataset() == null) {
      throw new IllegalArgumentException("neither a run, a job nor a dataset event");
    }
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static boolean parses(String text) {
    return parse(text) != null;
  }

  private static @Nullable JsonNode parse(String text) {
    try {
      return ONE_VALUE.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String rest(List<String> head, BufferedReader reader) throws IOException {
    StringBuilder text = new StringBuilder(String.join("\n", head));
    String line;
    while ((line = reader.readLine()) != null) {
      text.append('\n').append(line);
    }
    return text.toString();
  }
}
