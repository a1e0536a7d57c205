package io.keyward.connectors.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the events of a feed file in any of the shapes feeds export: one JSON document (possibly
 * pretty-printed), a JSON array, or one event per line (NDJSON, or compact JWTs). In a file of
 * lines, a line that is not JSON is handed over as text; a line that starts like JSON but is not is
 * skipped with its line number while the others are read. A file is read as lines when it is not
 * one JSON document but some of its lines are.
 */
public final class FeedFile {
  private static final ObjectReader STRICT =
      WireJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FeedFile() {}

  /**
   * @param label names the source in errors: the given source id, else the format
   * @param skip told of each line that cannot be read, e.g. "line 4: not JSON (...)"
   * @throws SourceException when the file cannot be read or a whole-file document is malformed
   */
  public static List<FeedItem> read(Path file, String label, Consumer<String> skip) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SourceException(
          label, file.toString(), null, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String body = text.strip();
    if (body.isEmpty()) {
      return List.of();
    }
    if (body.startsWith("[")) {
      return array(document(body, label, file));
    }
    if (!body.startsWith("{") || (!parses(body) && body.lines().anyMatch(FeedFile::parses))) {
      return lines(text, skip);
    }
    return List.of(new FeedItem("document", document(body, label, file)));
  }

  private static List<FeedItem> array(JsonNode array) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      items.add(new FeedItem("item " + (i + 1), array.get(i)));
    }
    return items;
  }

  private static List<FeedItem> lines(String text, Consumer<String> skip) {
    List<FeedItem> items = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String place = "line " + (i + 1);
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("{") && !line.startsWith("[")) {
        items.add(new FeedItem(place, TextNode.valueOf(line)));
        continue;
      }
      try {
        items.add(new FeedItem(place, STRICT.readTree(line)));
      } catch (JsonProcessingException e) {
        skip.accept(place + ": not JSON (" + e.getOriginalMessage() + ")");
      }
    }
    return items;
  }

  private static JsonNode document(String body, String label, Path file) {
    try {
      return STRICT.readTree(body);
    } catch (JsonProcessingException e) {
      throw new SourceException(
          label,
          file.toString(),
          e.getLocation() == null ? null : "line " + e.getLocation().getLineNr(),
          "not JSON: " + e.getOriginalMessage(),
          e);
    }
  }

  private static boolean parses(String json) {
    try {
      STRICT.readTree(json.strip());
      return true;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
