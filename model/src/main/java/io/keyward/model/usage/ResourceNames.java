package io.keyward.model.usage;

import io.keyward.model.domain.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a grant's resource pattern may match for an event's resource: the text the event gives,
 * and when that is a cached resource, its source id and, for each resource containing it, the
 * container's ids with a trailing {@code /}, so {@code arn:aws:s3:::lake/*} covers a dataset inside
 * the bucket {@code lake} (as the graph's resource catalog does).
 */
final class ResourceNames {
  private final Map<String, Resource> byId = new HashMap<>();
  private final Map<String, List<String>> names = new HashMap<>();

  ResourceNames(Collection<Resource> resources) {
    resources.forEach(r -> byId.put(r.id(), r));
  }

  List<String> of(String resource) {
    return names.computeIfAbsent(resource, this::collect);
  }

  private List<String> collect(String resource) {
    List<String> found = new ArrayList<>(List.of(resource));
    Resource known = byId.get(resource);
    if (known != null && !known.externalId().equals(resource)) {
      found.add(known.externalId());
    }
    Set<String> seen = new HashSet<>();
    while (known != null && known.parentId() != null && seen.add(known.id())) {
      known = byId.get(known.parentId());
      if (known != null) {
        found.add(known.id() + "/");
        found.add(known.externalId() + "/");
      }
    }
    return found;
  }
}
