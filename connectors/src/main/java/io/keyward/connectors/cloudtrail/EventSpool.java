package io.keyward.connectors.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The records LookupEvents hands over newest first, kept in a temporary file until they are read
 * back oldest first: the mapping needs an issuance before the calls made with what it issued, and a
 * busy account's 90 days of history do not fit in memory. Only each record's position and time stay
 * in memory. Session tokens are dropped before a record is written; the file is readable by its
 * owner only and deleted on {@link #close()}.
 */
final class EventSpool implements AutoCloseable {
  /** What the spool hands back, one record at a time. */
  @FunctionalInterface
  interface Reader {
    void record(String eventId, JsonNode record);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final DataOutputStream out;
  private long[] offsets = new long[1024];
  private double[] times = new double[1024];
  private int count;
  private long written;

  EventSpool() throws IOException {
    // POSIX temp files are created rw------- by the JDK.
    file = Files.createTempFile("keyward-cloudtrail-", ".spool");
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** Keeps {@code record}, less its session token, which happened at {@code time} (epoch s). */
  void add(String eventId, double time, JsonNode record) throws IOException {
    if (count == offsets.length) {
      offsets = Arrays.copyOf(offsets, count * 2);
      times = Arrays.copyOf(times, count * 2);
    }
    byte[] id = eventId.getBytes(StandardCharsets.UTF_8);
    byte[] json = JSON.writeValueAsBytes(withoutSessionToken(record));
    out.writeInt(id.length);
    out.write(id);
    out.writeInt(json.length);
    out.write(json);
    offsets[count] = written;
    times[count] = time;
    count++;
    written += Integer.BYTES * 2L + id.length + json.length;
  }

  int size() {
    return count;
  }

  /**
   * Hands every record to {@code reader} by time, oldest first; records of the same time in the
   * reverse of the order they were added, i.e. as they happened when they came newest first.
   */
  void oldestFirst(Reader reader) throws IOException {
    out.flush();
    Integer[] order =
        IntStream.range(0, count).map(i -> count - 1 - i).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      for (int i : order) {
        // One read per record: its length is the distance to the next one.
        long end = i + 1 < count ? offsets[i + 1] : written;
        byte[] bytes = new byte[Math.toIntExact(end - offsets[i])];
        in.seek(offsets[i]);
        in.readFully(bytes);
        ByteBuffer record = ByteBuffer.wrap(bytes);
        String eventId = new String(chunk(record), StandardCharsets.UTF_8);
        reader.record(eventId, JSON.readTree(chunk(record)));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The next length-prefixed part of a record. */
  private static byte[] chunk(ByteBuffer record) {
    byte[] bytes = new byte[record.getInt()];
    record.get(bytes);
    return bytes;
  }

  /** An issuing call's reply carries the session token; the mapping has no use for it. */
  private static JsonNode withoutSessionToken(JsonNode record) {
    if (record.path("responseElements").path("credentials") instanceof ObjectNode credentials) {
      credentials.remove("sessionToken");
    }
    return record;
  }
}
