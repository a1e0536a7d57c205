package io.keyward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.snapshot.ItemChange;
import io.keyward.model.snapshot.KindDiff;
import io.keyward.model.snapshot.SnapshotDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyward snapshot diff}: what changed from A to B. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two snapshots, or a snapshot and a cache: identities, credentials, grants and"
          + " delegations added, removed and changed, and the maturity level of each.",
      "A and B are snapshot or cache files; B defaults to --cache. Exit code 0 either way."
    })
public final class SnapshotDiffCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The earlier snapshot or cache.")
  Path before = Path.of("");

  @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "The later one.")
  @Nullable Path after;

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/snapshots.md).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Path later = after != null ? after : cache.file();
    SnapshotDiff diff;
    try (OpenedCache a = ExistingCache.read(before);
        OpenedCache b = ExistingCache.read(later)) {
      SnapshotDiff.requireComparable(a.redacted(), b.redacted());
      diff = SnapshotDiff.between(a.cache(), b.cache());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? toJson(before, later, diff) : toText(before, later, diff));
    out.flush();
    return 0;
  }

  /** Keys are only ever added, never renamed or removed (docs/snapshots.md). */
  static String toJson(Path before, Path after, SnapshotDiff diff) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("before", before.toString());
    root.put("after", after.toString());
    for (var kind : diff.kinds().entrySet()) {
      ObjectNode node = root.putObject(kind.getKey());
      kind.getValue().added().forEach(node.putArray("added")::add);
      kind.getValue().removed().forEach(node.putArray("removed")::add);
      ArrayNode changed = node.putArray("changed");
      for (ItemChange change : kind.getValue().changed()) {
        ObjectNode item = changed.addObject().put("id", change.id());
        change.fields().forEach(item.putArray("fields")::add);
      }
    }
    root.putObject("maturityLevel")
        .put("before", diff.levelBefore())
        .put("after", diff.levelAfter());
    return mapper.writeValueAsString(root);
  }

  static String toText(Path before, Path after, SnapshotDiff diff) {
    StringBuilder text = new StringBuilder();
    text.append("From ").append(before).append(" to ").append(after).append('\n');
    for (var kind : diff.kinds().entrySet()) {
      KindDiff d = kind.getValue();
      text.append(
          String.format(
              "%s: %d added, %d removed, %d changed%n",
              kind.getKey(), d.added().size(), d.removed().size(), d.changed().size()));
      d.added().forEach(id -> text.append("  + ").append(id).append('\n'));
      d.removed().forEach(id -> text.append("  - ").append(id).append('\n'));
      d.changed()
          .forEach(
              c ->
                  text.append("  ~ ")
                      .append(c.id())
                      .append(" (")
                      .append(String.join(", ", c.fields()))
                      .append(")\n"));
    }
    text.append(
        diff.levelBefore() == diff.levelAfter()
            ? "Maturity level: " + diff.levelAfter() + " (unchanged)"
            : "Maturity level: " + diff.levelBefore() + " -> " + diff.levelAfter());
    return text.toString();
  }
}
