package io.keyward.connectors.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyward.connectors.SourceException;
import org.jspecify.annotations.Nullable;

/**
 * Reads sources' JSON into wire records. Unknown fields are ignored everywhere because sources add
 * fields; a body that is not the expected shape is a {@link SourceException} naming where it came
 * from.
 */
public final class WireJson {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private WireJson() {}

  public static <T> T read(
      String body, Class<T> type, String source, String endpoint, @Nullable String item) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new SourceException(source, endpoint, item, "the reply is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new SourceException(
          source, endpoint, item, "malformed reply: " + e.getOriginalMessage(), e);
    }
  }

  /** For error bodies, which may be anything: null when it is not the shape asked for. */
  public static <T> @Nullable T readLeniently(String body, Class<T> type) {
    try {
      return MAPPER.readValue(body, type);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
