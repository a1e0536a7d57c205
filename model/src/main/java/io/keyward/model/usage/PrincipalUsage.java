package io.keyward.model.usage;

import org.jspecify.annotations.Nullable;

/**
 * The use of everything one principal (a role, an agent, a group) holds.
 *
 * @param lastUse the latest use of any of its grants
 */
public record PrincipalUsage(
    String principalId, int grants, int used, int unused, int unknown, @Nullable LastUse lastUse) {}
