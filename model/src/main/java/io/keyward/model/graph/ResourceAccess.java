package io.keyward.model.graph;

import io.keyward.model.domain.Resource;
import java.util.List;

/**
 * Who can reach a resource: the principals holding a grant that covers it (depth 0) and everyone
 * who can act through one of them. For these, {@link ReachedIdentity#via()} is the first hop of the
 * path toward a holder, and {@link ReachedIdentity#depth()} its length.
 */
public record ResourceAccess(Resource resource, List<ReachedIdentity> principals) {

  public ResourceAccess {
    principals = List.copyOf(principals);
  }
}
