package io.keyward.model.lineage;

import io.keyward.model.domain.Resource;
import org.jspecify.annotations.Nullable;

/**
 * A resource a run names: the id it recorded and the resource in the cache, when one is there (a
 * run may name a dataset no connected source holds).
 */
public record ResourceRef(String id, @Nullable Resource resource) {

  public String name() {
    return resource == null ? id : resource.name();
  }
}
