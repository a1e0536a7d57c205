package io.keyward.model.graph;

import io.keyward.model.domain.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of the estate and which of them a grant's resource pattern covers. A pattern covers
 * a resource when it matches its id or the source's id for it (wildcards as in IAM), or names
 * something inside it ({@code arn:aws:s3:::lake/raw/*} reaches into the bucket {@code lake}). A
 * pattern that matches a resource or everything in it ({@code lake/*}) also covers what the
 * resource contains (a model its versions, a bucket its datasets). {@code *}, {@code /} (a tenant
 * root) and {@code projects/...} (a GCP project) cover every resource of the grant's source.
 */
final class ResourceCatalog {
  private final List<Resource> resources;
  private final Map<String, int[]> children = new HashMap<>();
  private final Map<Long, int[]> covered = new java.util.concurrent.ConcurrentHashMap<>();

  ResourceCatalog(List<Resource> resources) {
    this.resources = List.copyOf(resources);
    Map<String, List<Integer>> byParent = new HashMap<>();
    for (int r = 0; r < this.resources.size(); r++) {
      String parent = this.resources.get(r).parentId();
      if (parent != null) {
        byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(r);
      }
    }
    byParent.forEach(
        (parent, list) ->
            children.put(parent, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  int size() {
    return resources.size();
  }

  Resource get(int index) {
    return resources.get(index);
  }

  /**
   * Indexes of the resources a pattern covers when granted in a source, both given as ids of {@code
   * texts}; remembered per pair, as a million grants repeat a few patterns.
   */
  int[] covered(int pattern, int source, StringTable texts) {
    long key = ((long) source << 32) | (pattern & 0xffffffffL);
    int[] found = covered.get(key);
    if (found == null) {
      found = match(texts.get(pattern), source == StringTable.NONE ? "" : texts.get(source));
      covered.put(key, found);
    }
    return found;
  }

  private int[] match(String pattern, String sourceId) {
    boolean sourceWide =
        pattern.equals("*") || pattern.equals("/") || pattern.startsWith("projects/");
    boolean[] hit = new boolean[resources.size()];
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < resources.size(); r++) {
      Resource resource = resources.get(r);
      boolean whole =
          sourceWide
              ? resource.sourceId().equals(sourceId)
              : whole(pattern, resource.id()) || whole(pattern, resource.externalId());
      if (whole && !hit[r]) {
        addWithContents(r, hit, order);
      } else if (!hit[r]
          && (inside(pattern, resource.id()) || inside(pattern, resource.externalId()))) {
        hit[r] = true;
        order.add(r);
      }
    }
    return order.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean whole(String pattern, String id) {
    return Glob.matches(pattern, id) || pattern.equals(id + "/*");
  }

  private static boolean inside(String pattern, String id) {
    return pattern.startsWith(id + "/");
  }

  private void addWithContents(int r, boolean[] hit, List<Integer> order) {
    hit[r] = true;
    order.add(r);
    for (int child : children.getOrDefault(resources.get(r).id(), new int[0])) {
      if (!hit[child]) {
        addWithContents(child, hit, order);
      }
    }
  }
}
