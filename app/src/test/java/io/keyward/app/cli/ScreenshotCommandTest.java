package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.TestEstate;
import io.keyward.model.snapshot.ExportOptions;
import io.keyward.model.snapshot.SnapshotExport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ScreenshotCommandTest {

  /**
   * TestFX starts the toolkit, not the code under test: the console tests in this JVM need the
   * toolkit TestFX set up, whichever test class runs first.
   */
  @BeforeAll
  static void startToolkitTheTestFxWay() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return KeywardCommand.commandLine(CliEnvironment.system())
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void rendersTheNamedPagesInTheChosenTheme() throws Exception {
    Path cacheFile = dir.resolve("cache.db");
    TestEstate.create(cacheFile, 20).close();
    Path out = dir.resolve("shots");

    int exit =
        run(
            "screenshot",
            "--cache",
            cacheFile.toString(),
            "--theme",
            "dark",
            "--out",
            out.toString(),
            "--page",
            "identities",
            "--page",
            "alerts");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.resolve("identities-dark.png")).exists();
    assertThat(out.resolve("alerts-dark.png")).exists();
    assertThat(out.resolve("overview-dark.png")).doesNotExist();
    var image = ImageIO.read(out.resolve("identities-dark.png").toFile());
    assertThat(image.getWidth()).isEqualTo(1440);
    assertThat(image.getHeight()).isEqualTo(900);
  }

  @Test
  void rendersTheReadOnlyConsoleOfASnapshot() throws Exception {
    Path snapshot = dir.resolve("estate.kwsnap");
    try (var cache = TestEstate.create(dir.resolve("cache.db"), 5)) {
      SnapshotExport.write(cache, snapshot, new ExportOptions(false, Optional.empty(), "test"));
    }
    Path out = dir.resolve("shots");

    int exit =
        run(
            "screenshot",
            "--snapshot",
            snapshot.toString(),
            "--out",
            out.toString(),
            "--page",
            "sources");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.resolve("sources-light.png")).exists();
    // The snapshot given where a cache goes renders the same read-only console.
    Path viaCache = dir.resolve("via-cache");
    assertThat(
            run(
                "screenshot",
                "--cache",
                snapshot.toString(),
                "--out",
                viaCache.toString(),
                "--page",
                "sources"))
        .as(err.toString())
        .isZero();
    assertThat(viaCache.resolve("sources-light.png")).exists();

    Path damaged = Files.writeString(dir.resolve("damaged.kwsnap"), "not a zip");
    assertThat(run("screenshot", "--snapshot", damaged.toString(), "--out", out.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("was refused: it is not a zip archive");
  }

  @Test
  void aMissingCacheIsAnErrorRatherThanEmptyPictures() {
    Path missing = dir.resolve("missing.db");

    int exit = run("screenshot", "--cache", missing.toString(), "--out", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("keyward: no cache at " + missing);
    assertThat(missing).doesNotExist();
  }

  @Test
  void withoutACacheOptionTheFirstStartsDemoEstateIsRendered() throws Exception {
    // The build points XDG_DATA_HOME into target/ for tests; start from a fresh machine there.
    Path defaultCache = CacheOption.defaultFile(System.getenv());
    assertThat(defaultCache.toString()).contains("test-xdg");
    Files.deleteIfExists(defaultCache);
    Path out = dir.resolve("shots");

    int exit = run("screenshot", "--out", out.toString(), "--page", "overview");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(err.toString())
        .isEqualTo(
            "keyward: no cache at " + defaultCache + " yet; writing the demo estate there first\n");
    assertThat(defaultCache).exists();
    assertThat(out.resolve("overview-light.png")).exists();
  }

  @Test
  void anUnknownPageIsAOneLineError() {
    int exit = run("screenshot", "--out", dir.toString(), "--page", "dashboard");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("keyward: unknown page 'dashboard'\n");
  }

  @Test
  void anUnknownThemeIsAOneLineError() {
    int exit = run("screenshot", "--out", dir.toString(), "--theme", "sepia");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("keyward: unknown theme 'sepia' (light or dark)\n");
  }
}
