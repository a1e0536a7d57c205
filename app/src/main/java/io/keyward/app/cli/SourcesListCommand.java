package io.keyward.app.cli;

import io.keyward.connectors.SourceProfile;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.SyncRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward sources list}: each profile with its settings and its last sync. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List source profiles.")
public final class SourcesListCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @ParentCommand SourcesCommand parent;
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<SourceProfile> list = profiles.profiles(parent.environment()).list();
    PrintWriter out = spec.commandLine().getOut();
    if (list.isEmpty()) {
      out.println("No sources yet. Add one with 'keyward sources add KIND ID --set key=value'.");
      out.flush();
      return 0;
    }
    Map<String, SyncRun> lastRuns = lastRuns();
    out.printf(Locale.ROOT, "%-28s %-10s %-30s %s%n", "ID", "KIND", "NAME", "LAST SYNC");
    for (SourceProfile profile : list) {
      out.printf(
          Locale.ROOT,
          "%-28s %-10s %-30s %s%n",
          profile.id(),
          parent.environment().connectors().forProfile(profile).cliName(),
          profile.name(),
          describe(lastRuns.get(profile.id())));
      profile.settings().forEach((key, value) -> out.println("    " + key + " = " + value));
    }
    out.flush();
    return 0;
  }

  private Map<String, SyncRun> lastRuns() {
    if (!Files.exists(cache.file())) {
      return Map.of();
    }
    try (Cache opened = Cache.open(cache.file())) {
      return opened.repository().syncRuns().stream()
          .collect(
              Collectors.toMap(
                  SyncRun::sourceId,
                  Function.identity(),
                  (a, b) -> Comparator.comparing(SyncRun::id).compare(a, b) > 0 ? a : b));
    }
  }

  private static String describe(SyncRun run) {
    if (run == null) {
      return "never";
    }
    return run.status().name().toLowerCase(Locale.ROOT)
        + " "
        + TIME.format(run.startedAt())
        + (run.error() == null ? "" : ": " + run.error());
  }
}
