package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.IdentityKeys;
import io.keyward.model.timeline.Timeline;
import io.keyward.model.timeline.TimelineEntry;
import io.keyward.model.timeline.TimelineQuery;
import io.keyward.model.timeline.TimelineText;
import java.io.PrintWriter;
import java.time.Duration;
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
    try (OpenedCache read = ExistingCache.read(cache.file())) {
      Cache opened = read.cache();
      Timeline whole =
          timeline(opened.repository(), new TimelineQuery(opened.repository(), opened.clock()));
      Timeline shown =
          days == null ? whole : whole.since(opened.clock().instant().minus(Duration.ofDays(days)));
      output =
          json
              ? GraphJson.write(toJson(shown))
              : TimelineText.of(shown, days == null ? "" : " in the last " + days + " days");
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

  private ObjectNode toJson(Timeline timeline) {
    ObjectNode root = GraphJson.object();
    ObjectNode subject = root.putObject("subject");
    subject.put("id", timeline.subjectId());
    subject.put("name", timeline.subjectName());
    if (days == null) {
      root.putNull("days");
    } else {
      root.put("days", days);
    }
    GraphJson.array(root.putArray("entries"), timeline.entries(), TimelineCommand::entry);
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
}
