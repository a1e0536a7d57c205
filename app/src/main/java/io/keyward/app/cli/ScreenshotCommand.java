package io.keyward.app.cli;

import io.keyward.app.console.PageName;
import io.keyward.app.console.Screenshots;
import io.keyward.app.console.ThemeChoice;
import io.keyward.model.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keyward screenshot}: renders console pages to PNG without a display. */
@Command(
    name = "screenshot",
    description = "Render console pages to PNG files without a display (DIR/<page>-<theme>.png).")
public final class ScreenshotCommand implements Callable<Integer> {
  @Mixin CacheOption cache = new CacheOption();

  @Option(
      names = "--theme",
      paramLabel = "light|dark",
      defaultValue = "light",
      description = "Theme to render in (default: ${DEFAULT-VALUE}).")
  String theme = "light";

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out = Path.of(".");

  @Option(
      names = "--page",
      paramLabel = "NAME",
      description =
          "Page to render, repeatable (default: all): overview, identities, credentials, grants,"
              + " delegations, lineage, alerts, scorecard, revocations, sources, graph.")
  List<String> pages = new ArrayList<>();

  @Option(
      names = "--snapshot",
      paramLabel = "FILE",
      description = "Render the console on this snapshot, read-only, instead of the cache.")
  @Nullable Path snapshot;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ThemeChoice chosenTheme =
        ThemeChoice.fromCliName(theme)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("unknown theme '" + theme + "' (light or dark)"));
    List<PageName> chosenPages = new ArrayList<>();
    for (String name : pages) {
      chosenPages.add(
          PageName.fromCliName(name)
              .orElseThrow(() -> new IllegalArgumentException("unknown page '" + name + "'")));
    }
    if (chosenPages.isEmpty()) {
      chosenPages.addAll(List.of(PageName.values()));
    }
    Screenshots.useHeadlessToolkit();
    List<Path> written;
    Path snapshotFile =
        snapshot != null || !SnapshotReader.looksLikeSnapshot(cache.file())
            ? snapshot
            : cache.file();
    if (snapshotFile != null) {
      written = Screenshots.renderSnapshot(snapshotFile, chosenTheme, chosenPages, out);
    } else {
      if (!cache.given()) {
        // The console's first start, pictured: what `keyward` would open is what is rendered.
        DemoCommand.writeOnFirstStart(cache.file(), spec.commandLine().getErr());
      }
      // Opening a missing cache would create an empty one and picture nothing; refuse instead.
      ExistingCache.open(cache.file()).close();
      written = Screenshots.render(cache.file(), chosenTheme, chosenPages, out);
    }
    for (Path file : written) {
      spec.commandLine().getOut().println(file);
    }
    return 0;
  }
}
