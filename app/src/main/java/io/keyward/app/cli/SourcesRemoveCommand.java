package io.keyward.app.cli;

import io.keyward.model.cache.Cache;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keyward sources remove ID}: forgets a profile and what it brought into the cache. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove a source profile and the items it synced (the revocation audit stays).")
public final class SourcesRemoveCommand implements Callable<Integer> {
  @ParentCommand SourcesCommand parent;
  @Mixin ProfilesOption profiles = new ProfilesOption();
  @Mixin CacheOption cache = new CacheOption();
  @Spec CommandSpec spec;

  @Option(names = "--keep-items", description = "Keep what the source synced in the cache.")
  boolean keepItems;

  @Parameters(paramLabel = "ID", description = "Source id.")
  String id;

  @Override
  public Integer call() {
    ExistingCache.refuseSnapshot(cache.file());
    if (!profiles.profiles(parent.environment()).remove(id)) {
      throw new IllegalArgumentException("no source " + id + "; see 'keyward sources list'");
    }
    if (!keepItems && Files.exists(cache.file())) {
      try (Cache opened = Cache.open(cache.file())) {
        opened.removeSource(id);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Removed " + id + (keepItems ? "; its items stay in the cache." : " and its items."));
    out.flush();
    return 0;
  }
}
