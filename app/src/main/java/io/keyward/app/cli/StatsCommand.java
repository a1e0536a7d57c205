package io.keyward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.domain.IdentityKind;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyward stats}: counts of what the cache holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Print counts of identities, credentials, grants and the rest of the cache.")
public final class StatsCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Option(names = "--json", description = "Print JSON (a stable contract for scripts).")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EstateStats stats;
    try (OpenedCache read = ExistingCache.read(cache.file())) {
      Cache opened = read.cache();
      stats = opened.repository().stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? toJson(stats) : toText(stats));
    out.flush();
    return 0;
  }

  /**
   * The documented JSON shape. Keys are only ever added, never renamed or removed: scripts parse
   * this. Every identity kind is listed, with 0 where there is none.
   */
  static String toJson(EstateStats stats) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ObjectNode identities = root.putObject("identities");
    identities.put("total", stats.identities());
    ObjectNode byKind = identities.putObject("byKind");
    for (IdentityKind kind : IdentityKind.values()) {
      byKind.put(kind.name(), stats.identitiesByKind().getOrDefault(kind, 0L));
    }
    ObjectNode bySource = identities.putObject("bySource");
    stats.identitiesBySource().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> bySource.put(e.getKey(), e.getValue()));
    root.put("credentials", stats.credentials());
    root.put("grants", stats.grants());
    root.put("delegations", stats.delegations());
    root.put("resources", stats.resources());
    root.put("lineageRecords", stats.lineageRecords());
    root.put("accessEvents", stats.accessEvents());
    root.put("alerts", stats.alerts());
    root.put("sources", stats.sources());
    root.put("syncRuns", stats.syncRuns());
    return mapper.writeValueAsString(root);
  }

  private static String toText(EstateStats stats) {
    StringBuilder text = new StringBuilder();
    row(text, "Identities", stats.identities());
    for (IdentityKind kind : IdentityKind.values()) {
      row(
          text,
          "  " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          stats.identitiesByKind().getOrDefault(kind, 0L));
    }
    row(text, "Credentials", stats.credentials());
    row(text, "Grants", stats.grants());
    row(text, "Delegations", stats.delegations());
    row(text, "Resources", stats.resources());
    row(text, "Lineage records", stats.lineageRecords());
    row(text, "Access events", stats.accessEvents());
    row(text, "Alerts", stats.alerts());
    row(text, "Sources", stats.sources());
    row(text, "Sync runs", stats.syncRuns());
    return text.toString().stripTrailing();
  }

  private static void row(StringBuilder text, String label, long value) {
    text.append(String.format(Locale.ROOT, "%-18s %,12d%n", label, value));
  }
}
