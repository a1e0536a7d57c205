package io.keyward.model.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns the few distinct strings a million grants repeat (permissions, resource patterns,
 * conditions), so the index stores an int per grant instead of three strings.
 */
final class StringTable {
  static final int NONE = -1;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> values = new ArrayList<>();

  int intern(String value) {
    Integer id = ids.get(value);
    if (id != null) {
      return id;
    }
    int next = values.size();
    ids.put(value, next);
    values.add(value);
    return next;
  }

  int internNullable(@org.jspecify.annotations.Nullable String value) {
    return value == null ? NONE : intern(value);
  }

  String get(int id) {
    return values.get(id);
  }

  int size() {
    return values.size();
  }
}
