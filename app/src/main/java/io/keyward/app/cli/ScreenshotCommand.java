package io.keyward.app.cli;

import io.keyward.app.console.PageName;
import io.keyward.app.console.Screenshots;
import io.keyward.app.console.ThemeChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
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
              + " delegations, lineage, alerts, scorecard, revocations, sources.")
  List<String> pages = new ArrayList<>();

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ThemeChoice chosenTheme = ThemeChoice.fromCliName(theme).orElse(null);
    if (chosenTheme == null) {
      err.println("keyward screenshot: unknown theme '" + theme + "' (light or dark)");
      return 2;
    }
    List<PageName> chosenPages = new ArrayList<>();
    for (String name : pages) {
      PageName page = PageName.fromCliName(name).orElse(null);
      if (page == null) {
        err.println("keyward screenshot: unknown page '" + name + "'");
        return 2;
      }
      chosenPages.add(page);
    }
    if (chosenPages.isEmpty()) {
      chosenPages.addAll(List.of(PageName.values()));
    }
    Path cacheFile = cache.file();
    if (!Files.isRegularFile(cacheFile)) {
      // Opening would create an empty cache and picture nothing; say so instead.
      err.println("keyward screenshot: no cache at " + cacheFile + " (run keyward demo first)");
      return 1;
    }
    Screenshots.useHeadlessToolkit();
    try {
      for (Path file : Screenshots.render(cacheFile, chosenTheme, chosenPages, out)) {
        spec.commandLine().getOut().println(file);
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println(
          "keyward screenshot: "
              + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("keyward screenshot: interrupted");
      return 1;
    }
  }
}
