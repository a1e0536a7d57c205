package io.keyward.model.lineage;

import io.keyward.model.domain.Resource;
import io.keyward.model.domain.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cache's resources by id and by external id. Sources name one thing differently (AWS holds a
 * dataset as an S3 URI, an OpenLineage file names the same URI under its own id), so a resource's
 * aliases are the resources sharing its external id, and a grant on any alias, or on any of their
 * parents, reaches it.
 */
final class ResourceIndex {
  private final Map<String, Resource> byId = new HashMap<>();
  private final Map<String, List<Resource>> byExternalId = new HashMap<>();
  private final Map<String, Source> sources = new HashMap<>();

  ResourceIndex(List<Resource> resources, List<Source> sources) {
    for (Resource resource : resources) {
      byId.put(resource.id(), resource);
      byExternalId.computeIfAbsent(resource.externalId(), k -> new ArrayList<>()).add(resource);
    }
    sources.forEach(source -> this.sources.put(source.id(), source));
  }

  ResourceRef ref(String id) {
    return new ResourceRef(id, byId.get(id));
  }

  /** {@code id}'s resource and every resource that names the same thing. */
  Set<Resource> aliases(String id) {
    Set<Resource> aliases = new LinkedHashSet<>();
    Resource resource = byId.get(id);
    if (resource != null) {
      aliases.add(resource);
      aliases.addAll(byExternalId.getOrDefault(resource.externalId(), List.of()));
    }
    aliases.addAll(byExternalId.getOrDefault(id, List.of()));
    return aliases;
  }

  /** Whether {@code a} and {@code b} name the same thing. */
  boolean same(String a, String b) {
    return a.equals(b) || aliases(a).stream().anyMatch(r -> r.id().equals(b));
  }

  /**
   * What a grant may name to reach {@code id}: the id itself, its aliases' ids and external ids,
   * and the same for each of their parents.
   */
  Set<String> names(String id) {
    Set<String> walked = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    names.add(id);
    for (Resource alias : aliases(id)) {
      // Up the parent chain; a resource walked before ends the walk, so a cycle cannot loop.
      for (Resource at = alias; at != null && walked.add(at.id()); at = parent(at)) {
        names.add(at.id());
        names.add(at.externalId());
      }
    }
    return names;
  }

  /** The sources holding {@code id} or an alias: a grant on the whole source reaches it. */
  Set<Source> sourcesOf(String id) {
    Set<Source> found = new LinkedHashSet<>();
    for (Resource alias : aliases(id)) {
      Source source = sources.get(alias.sourceId());
      if (source != null) {
        found.add(source);
      }
    }
    return found;
  }

  private @Nullable Resource parent(Resource resource) {
    return resource.parentId() == null ? null : byId.get(resource.parentId());
  }
}
