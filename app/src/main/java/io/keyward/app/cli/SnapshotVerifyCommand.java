package io.keyward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.app.format.Display;
import io.keyward.model.snapshot.SnapshotException;
import io.keyward.model.snapshot.SnapshotManifest;
import io.keyward.model.snapshot.SnapshotReader;
import io.keyward.model.snapshot.VerifiedSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyward snapshot verify}: exit 0 only for an intact snapshot, printing its manifest. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a snapshot: its manifest, the SHA-256 of every entry and the signature, if any.",
      "Exit code 0 and the manifest when intact; 1 and one line saying why when refused."
    })
public final class SnapshotVerifyCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Snapshot file.")
  Path file = Path.of("");

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/snapshots.md).")
  boolean json;

  @Option(
      names = "--expect-key",
      paramLabel = "FINGERPRINT",
      description = "Refuse unless signed by the key with this fingerprint (SHA256:...).")
  @Nullable String expectedKey;

  @Override
  public Integer call() throws IOException {
    VerifiedSnapshot verified = SnapshotReader.verify(file);
    if (expectedKey != null && !verified.signedBy().orElse("").equals(expectedKey.strip())) {
      throw new SnapshotException(
          file
              + " was refused: "
              + verified
                  .signedBy()
                  .map(key -> "it is signed by key " + key + ", not " + expectedKey)
                  .orElse("it is not signed; expected key " + expectedKey));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? toJson(verified) : toText(verified));
    out.flush();
    return 0;
  }

  /**
   * {@code intact}, {@code file}, {@code signedBy} (null when unsigned) and the manifest as stored.
   */
  static String toJson(VerifiedSnapshot verified) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("intact", true);
    root.put("file", verified.file().toString());
    root.put("signedBy", verified.signedBy().orElse(null));
    root.set("manifest", mapper.readTree(verified.manifest().toJson()));
    return mapper.writeValueAsString(root);
  }

  static String toText(VerifiedSnapshot verified) {
    SnapshotManifest m = verified.manifest();
    StringBuilder text = new StringBuilder();
    text.append("Intact snapshot ").append(verified.file()).append('\n');
    line(text, "Taken", Display.instant(m.createdAt()) + " by Keyward " + m.keywardVersion());
    line(text, "Format", m.formatVersion() + " (cache schema " + m.cacheSchema() + ")");
    line(text, "Signed", verified.signedBy().map(f -> "by key " + f).orElse("no"));
    line(text, "Redacted", m.redacted() ? "yes" : "no");
    line(text, "Maturity level", Integer.toString(m.maturityLevel()));
    line(
        text,
        "Sources",
        m.sources().isEmpty()
            ? "none"
            : m.sources().stream()
                .map(s -> s.name() + " (" + s.id() + ")")
                .collect(Collectors.joining(", ")));
    line(
        text,
        "Counts",
        String.format(
            "%,d identities, %,d credentials, %,d grants, %,d delegations, %,d alerts",
            m.counts().identities(),
            m.counts().credentials(),
            m.counts().grants(),
            m.counts().delegations(),
            m.counts().alerts()));
    line(text, "Audit", m.auditEntries() + " entries, head " + m.auditHead());
    m.entries().forEach((name, sha) -> line(text, name, "SHA-256 " + sha));
    return text.toString().stripTrailing();
  }

  private static void line(StringBuilder text, String key, String value) {
    text.append(String.format("  %-15s %s%n", key + ":", value));
  }
}
