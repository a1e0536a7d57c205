package io.keyward.model.graph;

/**
 * How far a traversal goes.
 *
 * @param followConditional whether hops that carry a condition (an external id, a VPC endpoint, an
 *     OIDC subject) count; when they do, what is reachable only through them is marked conditional
 * @param maxDepth at most this many hops from the start
 */
public record ReachOptions(boolean followConditional, int maxDepth) {
  /** Every hop, however deep: the worst case an analyst plans for. */
  public static final ReachOptions ALL = new ReachOptions(true, Integer.MAX_VALUE);

  public ReachOptions {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("depth must not be negative: " + maxDepth);
    }
  }
}
