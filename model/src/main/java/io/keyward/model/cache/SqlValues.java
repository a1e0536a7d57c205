package io.keyward.model.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** How domain values are stored: instants as epoch ms, enums by name, lists and maps as JSON. */
final class SqlValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<LinkedHashMap<String, String>> ORDERED_MAP =
      new TypeReference<>() {};

  private SqlValues() {}

  static void setInstant(PreparedStatement st, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setLong(index, value.toEpochMilli());
    }
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return Enum.valueOf(type, rs.getString(column));
  }

  static String json(List<String> values) {
    return write(values);
  }

  static String json(Map<String, String> values) {
    // Sorted, so equal maps are stored as equal text.
    return write(new TreeMap<>(values));
  }

  /** A map whose order means something, kept in that order. */
  static String orderedJson(Map<String, String> values) {
    return write(new LinkedHashMap<>(values));
  }

  static Map<String, String> orderedMap(ResultSet rs, String column) throws SQLException {
    return read(rs.getString(column), ORDERED_MAP);
  }

  static List<String> stringList(ResultSet rs, String column) throws SQLException {
    return read(rs.getString(column), STRING_LIST);
  }

  static Map<String, String> stringMap(ResultSet rs, String column) throws SQLException {
    return read(rs.getString(column), STRING_MAP);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + value, e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new CacheException("damaged JSON column in cache: " + e.getOriginalMessage(), e);
    }
  }
}
