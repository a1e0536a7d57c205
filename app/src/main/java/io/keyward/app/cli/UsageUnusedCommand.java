package io.keyward.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.scorecard.Estate;
import io.keyward.model.usage.GrantUse;
import io.keyward.model.usage.UsageAnalysis;
import io.keyward.model.usage.UsageStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code keyward usage unused [--days N] [--limit N] [--json]}. */
@Command(
    name = "unused",
    mixinStandardHelpOptions = true,
    description = {
      "Grants not used in the window, never or longest unused first, with the evidence of the"
          + " last use. Grants nothing observes are counted as unknown, not listed."
    })
public final class UsageUnusedCommand extends UsageQuery {
  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "List at most N grants (default: 100; 0 lists all).")
  int limit = 100;

  @Override
  ObjectNode toJson(Loaded loaded) {
    Estate estate = loaded.estate();
    UsageAnalysis usage = loaded.usage();
    List<GrantUse> unused = usage.unused();
    ObjectNode root = UsageJson.window(usage);
    ObjectNode counts = root.putObject("counts");
    counts(usage).forEach((status, n) -> counts.put(status.name().toLowerCase(Locale.ROOT), n));
    root.put("listed", shown(unused).size());
    GraphJson.array(root.putArray("unused"), shown(unused), g -> UsageJson.grant(estate, g));
    return root;
  }

  @Override
  String toText(Loaded loaded) {
    Estate estate = loaded.estate();
    UsageAnalysis usage = loaded.usage();
    List<GrantUse> unused = usage.unused();
    Map<UsageStatus, Long> counts = counts(usage);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%,d of %,d grants not used in %d days (%,d used, %,d unknown: nothing observes them)%n",
            counts.get(UsageStatus.UNUSED),
            usage.grants().size(),
            usage.days(),
            counts.get(UsageStatus.USED),
            counts.get(UsageStatus.UNKNOWN)));
    for (GrantUse use : shown(unused)) {
      String who = estate.identity(use.grant().principalId()).map(i -> i.name()).orElse("?");
      out.append(
          String.format(
              Locale.ROOT,
              "  %s  %s on %s  (%s)%n      %s%n",
              who,
              use.grant().permission(),
              use.grant().resource(),
              use.grant().id(),
              use.evidence()));
    }
    if (shown(unused).size() < unused.size()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  ... and %,d more (--limit 0 lists all)%n",
              unused.size() - shown(unused).size()));
    }
    return out.toString().stripTrailing();
  }

  private List<GrantUse> shown(List<GrantUse> unused) {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
    }
    return limit == 0 || unused.size() <= limit ? unused : unused.subList(0, limit);
  }

  private static Map<UsageStatus, Long> counts(UsageAnalysis usage) {
    Map<UsageStatus, Long> counts = new EnumMap<>(UsageStatus.class);
    for (UsageStatus status : UsageStatus.values()) {
      counts.put(status, 0L);
    }
    usage.grants().forEach(g -> counts.merge(g.status(), 1L, Long::sum));
    return counts;
  }
}
