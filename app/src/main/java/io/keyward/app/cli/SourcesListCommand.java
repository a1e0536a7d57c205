package io.keyward.app.cli;

import io.keyward.connectors.Connector;
import io.keyward.connectors.SourceProfile;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import io.keyward.model.domain.SyncRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    CachedSources cached = cachedSources();
    PrintWriter out = spec.commandLine().getOut();
    if (list.isEmpty() && cached.sources().isEmpty()) {
      out.println("No sources yet. Add one with 'keyward sources add KIND ID --set key=value'.");
      out.flush();
      return 0;
    }
    out.printf(Locale.ROOT, "%-36s %-14s %-30s %s%n", "ID", "KIND", "NAME", "LAST SYNC");
    Set<String> listed = new HashSet<>();
    for (SourceProfile profile : list) {
      listed.add(profile.id());
      row(out, profile.id(), kindName(profile.kind()), profile.name(), cached.lastRuns());
      profile.settings().forEach((key, value) -> out.println("    " + key + " = " + value));
    }
    for (Source source : cached.sources()) {
      if (listed.add(source.id())) {
        row(out, source.id(), kindName(source.kind()), source.name(), cached.lastRuns());
        out.println("    imported or demo (no profile): " + source.location());
      }
    }
    out.flush();
    return 0;
  }

  private String kindName(SourceKind kind) {
    return parent
        .environment()
        .connectors()
        .forKind(kind)
        .map(Connector::cliName)
        .orElse(kind.name());
  }

  private static void row(
      PrintWriter out, String id, String kind, String name, Map<String, SyncRun> lastRuns) {
    out.printf(Locale.ROOT, "%-36s %-14s %-30s %s%n", id, kind, name, describe(lastRuns.get(id)));
  }

  private record CachedSources(List<Source> sources, Map<String, SyncRun> lastRuns) {}

  private CachedSources cachedSources() {
    if (!Files.exists(cache.file())) {
      return new CachedSources(List.of(), Map.of());
    }
    try (OpenedCache opened = ExistingCache.read(cache.file())) {
      Map<String, SyncRun> lastRuns =
          opened.cache().repository().syncRuns().stream()
              .collect(
                  Collectors.toMap(
                      SyncRun::sourceId,
                      Function.identity(),
                      (a, b) -> Comparator.comparing(SyncRun::id).compare(a, b) > 0 ? a : b));
      return new CachedSources(opened.cache().repository().sources(), lastRuns);
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
