package io.keyward.model.graph;

import io.keyward.model.domain.Privilege;
import org.jspecify.annotations.Nullable;

/**
 * A permission the start of a blast radius can exercise, held by itself or by a principal it acts
 * through. One per permission and resource pattern: the nearest holder is named.
 *
 * @param holderId who holds it (the start, or an agent, role or group it reaches)
 * @param condition the grant's own condition, verbatim
 * @param conditionalPath whether reaching the holder passes a condition
 */
public record EffectiveGrant(
    String permission,
    String resource,
    Privilege privilege,
    String holderId,
    @Nullable String condition,
    boolean conditionalPath) {}
