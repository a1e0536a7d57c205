package io.keyward.connectors.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventSpoolTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void handsRecordsBackOldestFirstAndSameTimeRecordsInTheOrderTheyHappened() throws IOException {
    List<String> read = new ArrayList<>();
    try (EventSpool spool = new EventSpool()) {
      // As LookupEvents answers: newest first; "b2" happened after "b1" in the same second.
      spool.add("c", 30, record("c"));
      spool.add("b2", 20, record("b2"));
      spool.add("b1", 20, record("b1"));
      spool.add("a", 10, record("a"));
      spool.oldestFirst((id, record) -> read.add(id + "=" + record.get("eventID").asText()));
      assertThat(spool.size()).isEqualTo(4);
    }
    assertThat(read).containsExactly("a=a", "b1=b1", "b2=b2", "c=c");
  }

  @Test
  void manyRecordsOfEverySizeComeBackWholeAndInTimeOrder() throws IOException {
    int n = 5_000;
    List<Double> times = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (EventSpool spool = new EventSpool()) {
      for (int i = 0; i < n; i++) {
        // Times out of order, records from a few bytes to a few kilobytes.
        spool.add(
            "e" + i,
            (i * 7919L) % n,
            JSON.createObjectNode().put("eventID", "e" + i).put("pad", "x".repeat(i % 3000)));
      }
      spool.oldestFirst(
          (id, record) -> {
            assertThat(record.get("eventID").asText()).isEqualTo(id);
            int i = Integer.parseInt(id.substring(1));
            assertThat(record.get("pad").asText()).hasSize(i % 3000);
            times.add((double) ((i * 7919L) % n));
            ids.add(id);
          });
    }
    assertThat(ids).hasSize(n).doesNotHaveDuplicates();
    assertThat(times).isSorted();
  }

  @Test
  void aSessionTokenNeverReachesTheFile() throws IOException {
    JsonNode issued =
        JSON.readTree(
            "{\"eventID\":\"e\",\"eventName\":\"AssumeRole\",\"responseElements\":{\"credentials\":"
                + "{\"accessKeyId\":\"ASIAEXAMPLE\",\"sessionToken\":\"FwoGZXIvYXdzEXAMPLE\","
                + "\"expiration\":\"Nov 23, 2026, 10:00:00 AM\"}}}");
    Set<Path> before = spools();
    List<JsonNode> read = new ArrayList<>();
    try (EventSpool spool = new EventSpool()) {
      spool.add("e", 1, issued);
      Set<Path> created = new HashSet<>(spools());
      created.removeAll(before);
      assertThat(created).hasSize(1);
      Path file = created.iterator().next();
      assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain("FwoGZXIvYXdzEXAMPLE");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      spool.oldestFirst((id, record) -> read.add(record));
    }
    assertThat(read.get(0).at("/responseElements/credentials/accessKeyId").asText())
        .isEqualTo("ASIAEXAMPLE");
    assertThat(read.get(0).at("/responseElements/credentials").has("sessionToken")).isFalse();
    assertThat(spools()).isEqualTo(before);
  }

  private static JsonNode record(String id) {
    return JSON.createObjectNode().put("eventID", id);
  }

  private static Set<Path> spools() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return new HashSet<>(
          files.filter(p -> p.getFileName().toString().startsWith("keyward-cloudtrail-")).toList());
    }
  }
}
