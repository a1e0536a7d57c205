package io.keyward.model.snapshot;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A snapshot file whose entries all match its manifest and whose signature, if any, holds.
 *
 * @param signedBy the fingerprint of the key that signed the manifest; empty when unsigned
 */
public record VerifiedSnapshot(Path file, SnapshotManifest manifest, Optional<String> signedBy) {}
