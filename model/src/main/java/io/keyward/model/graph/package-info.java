/**
 * The delegation graph: a compact index built from the cache (principals, delegation edges of every
 * kind, grants, resources) and the queries analysts ask of it: blast radius, who can reach a
 * resource, shortest and k-shortest paths, the delegation chains of an identity, scope escalations
 * hop by hop, and cycles. See docs/decisions/0008-graph-index.md.
 */
@NullMarked
package io.keyward.model.graph;

import org.jspecify.annotations.NullMarked;
