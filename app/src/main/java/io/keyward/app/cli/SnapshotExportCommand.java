package io.keyward.app.cli;

import io.keyward.app.console.AppVersion;
import io.keyward.model.cache.Cache;
import io.keyward.model.snapshot.ExportOptions;
import io.keyward.model.snapshot.SigningKey;
import io.keyward.model.snapshot.SnapshotExport;
import io.keyward.model.snapshot.SnapshotManifest;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyward snapshot export}: writes the cache, its audit and a manifest to one file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write a snapshot of the cache (its last committed state, the revocation audit included)"
            + " with a manifest of counts and SHA-256 digests, optionally redacted and signed.")
public final class SnapshotExportCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "Snapshot file to write.")
  Path out = Path.of("snapshot.kwsnap");

  @Option(
      names = "--redact",
      description =
          "Replace names, emails, ids and external ids with keyed hashes (docs/snapshots.md).")
  boolean redact;

  @Option(
      names = "--sign-key",
      paramLabel = "FILE",
      description = "Ed25519 private key (PKCS#8 PEM) to sign the manifest with.")
  @Nullable Path signKey;

  @Override
  public Integer call() {
    Optional<SigningKey> key = Optional.ofNullable(signKey).map(SigningKey::read);
    SnapshotManifest manifest;
    try (Cache opened = ExistingCache.open(cache.file())) {
      manifest =
          SnapshotExport.write(opened, out, new ExportOptions(redact, key, AppVersion.current()));
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %s: %,d identities, %,d credentials, %,d grants, %,d delegations%s%s%n",
            out,
            manifest.counts().identities(),
            manifest.counts().credentials(),
            manifest.counts().grants(),
            manifest.counts().delegations(),
            manifest.redacted() ? ", redacted" : "",
            manifest.signingKey().map(k -> ", signed by key " + k.fingerprint()).orElse(""));
    return 0;
  }
}
