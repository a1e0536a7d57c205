package io.keyward.model.graph;

import io.keyward.model.domain.Privilege;
import io.keyward.model.domain.Resource;
import java.util.List;

/**
 * A resource in the estate that effective grants cover.
 *
 * @param privilege the most the start can do to it
 * @param permissions the permissions that cover it
 * @param holderId the nearest principal holding one of them
 * @param conditional whether every way to it passes a condition (of a hop or of the grant)
 */
public record ReachedResource(
    Resource resource,
    Privilege privilege,
    List<String> permissions,
    String holderId,
    boolean conditional) {

  public ReachedResource {
    permissions = List.copyOf(permissions);
  }
}
