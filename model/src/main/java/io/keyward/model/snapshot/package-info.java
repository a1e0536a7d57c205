/**
 * Snapshots: one file holding a consistent copy of the cache and a manifest with the SHA-256 of its
 * content, optionally signed (Ed25519) and redacted; verified before anything is opened, opened
 * read-only from a private extracted copy, and compared with another snapshot or cache.
 */
@NullMarked
package io.keyward.model.snapshot;

import org.jspecify.annotations.NullMarked;
