package io.keyward.model.lineage;

import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Source;
import java.util.Set;

/**
 * How far a grant's resource text reaches, judged against the names a resource goes by (its ids,
 * external ids and parents, see {@link ResourceIndex#names}) and the sources holding it.
 */
enum GrantReach {
  /** The grant does not reach the resource. */
  NONE,
  /** It names the resource, an alias or a parent, or a pattern covering one of them. */
  RESOURCE,
  /** It covers the whole source: {@code *} within that source, or the source's id or location. */
  SOURCE;

  static GrantReach of(Grant grant, Set<String> names, Set<Source> sources) {
    String resource = grant.resource();
    for (Source source : sources) {
      boolean everything = resource.equals("*") && grant.sourceId().equals(source.id());
      if (everything || resource.equals(source.id()) || resource.equals(source.location())) {
        return SOURCE;
      }
    }
    if (names.contains(resource)) {
      return RESOURCE;
    }
    if (resource.endsWith("*") && !resource.equals("*")) {
      String prefix = resource.substring(0, resource.length() - 1);
      // "bucket/*" covers the bucket's contents and, for this purpose, the bucket itself.
      String container = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : null;
      for (String name : names) {
        if (name.startsWith(prefix) || name.equals(container)) {
          return RESOURCE;
        }
      }
    }
    return NONE;
  }
}
