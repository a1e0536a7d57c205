package io.keyward.model.cache;

import io.keyward.model.domain.Revocation;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One line of the revocation audit.
 *
 * @param sequence its place in the chain, from 1
 * @param alertToRevocation time from the alert that led to it until it was attempted
 * @param previousHash the SHA-256 of the entry before (64 zeros for the first)
 * @param hash the SHA-256 of this entry, previous hash included
 */
public record RevocationEntry(
    long sequence,
    Revocation revocation,
    @Nullable Duration alertToRevocation,
    String previousHash,
    String hash) {}
