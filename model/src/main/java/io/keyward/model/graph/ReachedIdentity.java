package io.keyward.model.graph;

import org.jspecify.annotations.Nullable;

/**
 * A principal a traversal reached.
 *
 * @param depth hops from the start (0 for the start itself)
 * @param via the last hop of the path found to it; null for the start
 * @param conditional whether every path found to it passes a condition
 */
public record ReachedIdentity(
    GraphNode node, int depth, @Nullable GraphEdge via, boolean conditional) {}
