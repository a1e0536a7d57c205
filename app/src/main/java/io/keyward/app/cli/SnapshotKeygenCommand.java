package io.keyward.app.cli;

import io.keyward.model.snapshot.SigningKey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyward snapshot keygen}: a new Ed25519 key pair to sign snapshots with. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description =
        "Write a new Ed25519 signing key (DIR/snapshot-signing.pem, PKCS#8 PEM as openssl writes"
            + " it) and its public half (snapshot-signing.pub.pem); prints the key's fingerprint.")
public final class SnapshotKeygenCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder for the keys.")
  Path out = Path.of(".");

  @Override
  public Integer call() {
    SigningKey key = SigningKey.generate();
    Path written = key.writeTo(out);
    spec.commandLine()
        .getOut()
        .printf("Wrote %s; fingerprint %s%n", written, key.publicKey().fingerprint());
    return 0;
  }
}
