package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.IdentityKeys;
import io.keyward.model.timeline.Timeline;
import io.keyward.model.timeline.TimelineEntry;
import io.keyward.model.timeline.TimelineQuery;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keyward timeline TARGET [--days N] [--json]}: the incident timeline, for a ticket. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "What happened to one identity (with the credentials it holds) or one credential, oldest"
          + " first: creation, keys issued and rotated, access events, last use, alerts,"
          + " revocations, expiry."
    })
public final class TimelineCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Parameters(
      index = "0",
      paramLabel = "TARGET",
      description =
          "A credential's cache id, or an identity: cache id, source id, email, credential, alert,"
              + " name or login.")
  String target;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Only the last N days (default: everything the cache holds).")
  @Nullable Integer days;

  @Option(names = "--json", description = "Print JSON (a stable contract, see docs/timeline.md).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (days != null && days < 1) {
      throw new IllegalArgumentException("--days is at least 1, not " + days);
    }
    String output;
    try (Cache opened = ExistingCache.open(cache.file())) {
      Timeline timeline =
          timeline(opened.repository(), new TimelineQuery(opened.repository(), opened.clock()));
      List<TimelineEntry> shown = since(timeline.entries(), opened.clock().instant());
      output = json ? GraphJson.write(toJson(timeline, shown)) : toText(timeline, shown);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(output);
    out.flush();
    return 0;
  }

  /** A credential by its cache id first: an identity key may also name its holder. */
  private Timeline timeline(EstateRepository repository, TimelineQuery query) {
    String key = target.strip();
    return query
        .credential(key)
        .orElseGet(() -> query.identity(IdentityKeys.require(repository, key).id()).orElseThrow());
  }

  private List<TimelineEntry> since(List<TimelineEntry> entries, Instant now) {
    if (days == null) {
      return entries;
    }
    Instant from = now.minus(Duration.ofDays(days));
    return entries.stream().filter(e -> !e.time().isBefore(from)).toList();
  }

  private ObjectNode toJson(Timeline timeline, List<TimelineEntry> shown) {
    ObjectNode root = GraphJson.object();
    ObjectNode subject = root.putObject("subject");
    subject.put("id", timeline.subjectId());
    subject.put("name", timeline.subjectName());
    if (days == null) {
      root.putNull("days");
    } else {
      root.put("days", days);
    }
    GraphJson.array(root.putArray("entries"), shown, TimelineCommand::entry);
    timeline.limits().forEach(root.putArray("limits")::add);
    return root;
  }

  private static ObjectNode entry(TimelineEntry entry) {
    ObjectNode json = GraphJson.object();
    json.put("time", entry.time().toString());
    json.put("kind", entry.kind().name());
    json.put("title", entry.title());
    json.put("detail", entry.detail());
    json.put("severity", entry.severity() == null ? null : entry.severity().name());
    json.put("itemId", entry.itemId());
    return json;
  }

  private String toText(Timeline timeline, List<TimelineEntry> shown) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s (%s): %s%s, oldest first%n",
            timeline.subjectName(),
            timeline.subjectId(),
            shown.size() == 1 ? "1 entry" : shown.size() + " entries",
            days == null ? "" : " in the last " + days + " days"));
    for (TimelineEntry entry : shown) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s  %-20s %s%s%n",
              entry.time().truncatedTo(ChronoUnit.SECONDS),
              entry.kind().name(),
              entry.severity() == null ? "" : "[" + entry.severity().name() + "] ",
              entry.title()));
      if (!entry.detail().isBlank()) {
        out.append(String.format("%22s%s%n", "", entry.detail()));
      }
    }
    timeline.limits().forEach(limit -> out.append(String.format("Note: %s%n", limit)));
    return out.toString().stripTrailing();
  }
}
