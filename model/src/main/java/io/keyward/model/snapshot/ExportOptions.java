package io.keyward.model.snapshot;

import java.util.Optional;

/**
 * How to write a snapshot.
 *
 * @param keywardVersion the version of the Keyward that writes it, for the manifest
 */
public record ExportOptions(
    boolean redact, Optional<SigningKey> signingKey, String keywardVersion) {}
