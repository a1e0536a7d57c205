package io.keyward.model.snapshot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What changed among the items of one kind, by id, each list sorted by id. */
public record KindDiff(List<String> added, List<String> removed, List<ItemChange> changed) {
  public KindDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** Compares two sets of domain records keyed by id, field by field. */
  static <R extends Record> KindDiff of(Map<String, R> before, Map<String, R> after) {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<ItemChange> changed = new ArrayList<>();
    for (String id : new TreeMap<>(after).keySet()) {
      R old = before.get(id);
      if (old == null) {
        added.add(id);
      } else {
        List<String> fields = differingFields(old, after.get(id));
        if (!fields.isEmpty()) {
          changed.add(new ItemChange(id, fields));
        }
      }
    }
    new TreeMap<>(before)
        .keySet().stream().filter(id -> !after.containsKey(id)).forEach(removed::add);
    return new KindDiff(added, removed, changed);
  }

  private static List<String> differingFields(Record a, Record b) {
    List<String> fields = new ArrayList<>();
    for (RecordComponent component : a.getClass().getRecordComponents()) {
      try {
        Object left = component.getAccessor().invoke(a);
        Object right = component.getAccessor().invoke(b);
        if (!Objects.equals(left, right)) {
          fields.add(component.getName());
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("a record's accessor cannot be read", e);
      }
    }
    return fields;
  }
}
