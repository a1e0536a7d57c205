package io.keyward.connectors.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
  @TempDir Path dir;

  private final List<String> read = new ArrayList<>();

  private void read(Path file) throws IOException {
    RecordReader.read(
        file,
        new RecordReader.Records() {
          @Override
          public void record(JsonNode record, long index) {
            read.add(index + ":" + record);
          }

          @Override
          public void unreadable(long index, String problem) {
            read.add(index + ":! " + problem);
          }
        });
  }

  @Test
  void gzipIsRecognisedByItsContentAndOnlyTheFieldsMappedAreKept() throws IOException {
    Path file = dir.resolve("downloaded-without-extension");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          """
          {"Records":[{"eventID":"a","userAgent":"aws-cli","tlsDetails":{"tlsVersion":"TLSv1.3"},"userIdentity":{"type":"Root"}},{"eventID":"b"}]}"""
              .getBytes(StandardCharsets.UTF_8));
    }

    read(file);

    assertThat(read)
        .containsExactly(
            "1:{\"eventID\":\"a\",\"userIdentity\":{\"type\":\"Root\"}}", "2:{\"eventID\":\"b\"}");
  }

  @Test
  void aSyntaxErrorInARecordsDocumentEndsThatFileAndSaysSo() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file, "{\"Records\":[{\"eventID\":\"a\"},{\"eventID\" \"b\"},{\"eventID\":\"c\"}]}");

    read(file);

    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isEqualTo("1:{\"eventID\":\"a\"}");
    assertThat(read.get(1)).startsWith("2:! not JSON").endsWith("the rest of the file is unread");
  }

  @Test
  void eventTimeReadsCloudTrailsFormAndFallsBackForOthers() {
    EventTime time = new EventTime();

    assertThat(time.parse("2026-11-20T10:00:07Z")).hasToString("2026-11-20T10:00:07Z");
    assertThat(time.parse("2026-11-20T10:00:07.250+01:00")).hasToString("2026-11-20T09:00:07.250Z");
    assertThatThrownBy(() -> time.parse("2026-02-30T10:00:00Z"))
        .hasMessage("eventTime '2026-02-30T10:00:00Z' is not an ISO-8601 time");
  }
}
