package io.keyward.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keyward.connectors.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFileTest {
  @TempDir Path dir;
  private final List<String> skipped = new ArrayList<>();

  private List<FeedItem> read(String content) throws IOException {
    return FeedFile.read(Files.writeString(dir.resolve("feed"), content), "test", skipped::add);
  }

  @Test
  void aPrettyPrintedDocumentIsOneItem() throws IOException {
    List<FeedItem> items = read("{\n  \"a\": 1,\n  \"b\": {\"c\": 2}\n}\n");

    assertThat(items).singleElement().satisfies(i -> assertThat(i.place()).isEqualTo("document"));
    assertThat(items.get(0).json().path("b").path("c").asInt()).isEqualTo(2);
  }

  @Test
  void anArrayIsOneItemPerElement() throws IOException {
    List<FeedItem> items = read("[{\"a\":1},\n {\"a\":2}, \"eyJ.x.y\"]");

    assertThat(items).extracting(FeedItem::place).containsExactly("item 1", "item 2", "item 3");
    assertThat(items.get(2).json().asText()).isEqualTo("eyJ.x.y");
  }

  @Test
  void ndjsonSkipsAMalformedLineWithItsNumberAndReadsTheRest() throws IOException {
    List<FeedItem> items = read("{\"a\":1}\n\n{\"a\":2}\n{\"a\":\n{\"a\":4}\n");

    assertThat(items).extracting(FeedItem::place).containsExactly("line 1", "line 3", "line 5");
    assertThat(skipped).singleElement().asString().startsWith("line 4: not JSON (");
  }

  @Test
  void linesThatAreNotJsonArePassedOnAsText() throws IOException {
    List<FeedItem> items = read("\uFEFFeyJhbGciOiJub25lIn0.e30.\neyJ.b.c\n");

    assertThat(items)
        .extracting(i -> i.json().asText())
        .containsExactly("eyJhbGciOiJub25lIn0.e30.", "eyJ.b.c");
  }

  @Test
  void aBrokenSingleDocumentFailsTheFileNamingTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"a\": 1,\n  \"b\": \n}\n");

    assertThatThrownBy(() -> FeedFile.read(file, "ocsf", skipped::add))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("ocsf: " + file + " (line 4): not JSON");
  }

  @Test
  void anEmptyFileHasNoItems() throws IOException {
    assertThat(read(" \n")).isEmpty();
    assertThat(skipped).isEmpty();
  }
}
