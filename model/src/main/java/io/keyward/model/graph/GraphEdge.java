package io.keyward.model.graph;

import io.keyward.model.domain.DelegationKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hop of the graph: {@code from} can act through {@code to}.
 *
 * @param delegationId the delegation in the cache this hop comes from
 * @param scope what the hop lets pass; empty means unrestricted
 * @param condition the source's condition, verbatim
 * @param admission why the hop exists when the delegation alone does not say so, e.g. an AWS trust
 *     policy that admits a whole account and the principal's own policy that allows the assume
 *     action; null for a hop that is the delegation itself
 */
public record GraphEdge(
    String delegationId,
    String fromId,
    String toId,
    DelegationKind kind,
    List<String> scope,
    @Nullable String condition,
    @Nullable String admission) {

  public GraphEdge {
    scope = List.copyOf(scope);
  }

  public boolean conditional() {
    return condition != null;
  }
}
