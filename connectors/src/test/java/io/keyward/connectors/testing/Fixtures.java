package io.keyward.connectors.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Recorded source payloads under {@code src/test/resources/fixtures/<source>/}. */
public final class Fixtures {
  private Fixtures() {}

  public static String text(String source, String file) {
    String resource = "/fixtures/" + source + "/" + file;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path path(String source, String file) {
    try {
      var url = Fixtures.class.getResource("/fixtures/" + source + "/" + file);
      if (url == null) {
        throw new IllegalArgumentException("no fixture " + source + "/" + file);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
