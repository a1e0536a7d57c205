package io.keyward.connectors.revoke;

import io.keyward.model.domain.RevocationOutcome;

/**
 * How an execution ended.
 *
 * @param answer the source's own answer (or error), never a secret
 * @param verification what re-reading the source afterwards showed
 */
public record RevocationResult(RevocationOutcome outcome, String answer, String verification) {}
