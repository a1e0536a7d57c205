package io.keyward.model.snapshot;

import java.util.List;

/**
 * An item present on both sides with different content.
 *
 * @param fields the names of the fields that differ, as the domain record names them
 */
public record ItemChange(String id, List<String> fields) {
  public ItemChange {
    fields = List.copyOf(fields);
  }
}
