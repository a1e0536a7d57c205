package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of one log file, gzip or plain, to a {@link Records} callback one at a time,
 * so memory stays flat however large the file. A file is either CloudTrail's own {@code
 * {"Records":[...]}} document, read token by token, or one record per line.
 */
final class RecordReader {
  /** What the reader hands on: each record with its 1-based index, and each unreadable one. */
  interface Records {
    void record(JsonNode record, long index);

    void unreadable(long index, String problem);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();
  private static final Pattern RECORDS_DOCUMENT = Pattern.compile("^\\s*\\{\\s*\"Records\"\\s*:");
  private static final int PEEK = 512;
  private static final Set<String> READ =
      Set.of(
          "eventTime",
          "eventSource",
          "eventName",
          "eventID",
          "eventType",
          "awsRegion",
          "sourceIPAddress",
          "userIdentity",
          "requestParameters",
          "responseElements",
          "errorCode",
          "resources",
          "recipientAccountId");

  private RecordReader() {}

  /**
   * @throws IOException when the file cannot be read at all (missing, not gzip after all)
   */
  static void read(Path file, Records out) throws IOException {
    try (InputStream in = open(file)) {
      in.mark(PEEK);
      byte[] head = in.readNBytes(PEEK);
      in.reset();
      if (RECORDS_DOCUMENT.matcher(new String(head, StandardCharsets.UTF_8)).find()) {
        document(in, out);
      } else {
        lines(in, out);
      }
    }
  }

  /**
   * One record given as JSON text, as LookupEvents hands each event's {@code CloudTrailEvent}, read
   * like a record of a file.
   *
   * @throws JsonProcessingException when the text is not JSON
   */
  static JsonNode record(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return record(parser);
    }
  }

  /** The file's first readable record, if any; reads no further. */
  static Optional<JsonNode> first(Path file) throws IOException {
    JsonNode[] found = new JsonNode[1];
    try {
      read(
          file,
          new Records() {
            @Override
            public void record(JsonNode record, long index) {
              found[0] = record;
              throw new Stop();
            }

            @Override
            public void unreadable(long index, String problem) {}
          });
    } catch (Stop stop) {
      // found it
    }
    return Optional.ofNullable(found[0]);
  }

  /** Ends a read early from inside the callback. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    // Gzip by its magic number, whatever the name says: S3 downloads sometimes lose the .gz.
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    return raw;
  }

  private static void document(InputStream in, Records out) throws IOException {
    long index = 0;
    try (JsonParser parser = FACTORY.createParser(in)) {
      parser.nextToken(); // {
      parser.nextToken(); // "Records"
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        out.unreadable(1, "Records is not an array");
        return;
      }
      while (true) {
        index++;
        JsonToken token;
        try {
          token = parser.nextToken();
          if (token == JsonToken.END_ARRAY || token == null) {
            return;
          }
          out.record(record(parser), index);
        } catch (JsonProcessingException e) {
          // Past a syntax error the parser cannot find the next record's start.
          out.unreadable(
              index, "not JSON (" + e.getOriginalMessage() + "); the rest of the file is unread");
          return;
        }
      }
    }
  }

  /**
   * The record the parser is at, with only the fields the mapping reads: CloudTrail records carry
   * as much again that Keyward has no use for (user agent, request id, TLS details, additional
   * event data), and skipping it instead of building it into the tree is most of the parsing time.
   */
  private static JsonNode record(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return parser.readValueAsTree(); // not a record: the mapper says what it is instead
    }
    ObjectNode record = JSON.getNodeFactory().objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (READ.contains(field)) {
        record.set(field, parser.readValueAsTree());
      } else {
        parser.skipChildren();
      }
    }
    return record;
  }

  private static void lines(InputStream in, Records out) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long index = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      index++;
      JsonNode record;
      try {
        record = record(line);
      } catch (JsonProcessingException e) {
        out.unreadable(index, "not JSON (" + e.getOriginalMessage() + ")");
        continue;
      }
      out.record(record, index);
    }
  }
}
