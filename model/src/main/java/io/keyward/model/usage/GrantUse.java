package io.keyward.model.usage;

import io.keyward.model.domain.Grant;
import org.jspecify.annotations.Nullable;

/**
 * One grant judged over the window.
 *
 * @param lastUse the latest use known, even when older than the window; null when none is known
 * @param evidence the judgement in words, e.g. "never seen in events since 2026-08-01 (114 days)"
 */
public record GrantUse(
    Grant grant, UsageStatus status, @Nullable LastUse lastUse, String evidence) {}
