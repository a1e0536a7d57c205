package io.keyward.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.model.cache.Cache;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Renders every page of the demo estate in both themes; each picture must show something. */
class ScreenshotsTest {

  /**
   * TestFX starts the toolkit, not the code under test: the console tests in this JVM need the
   * toolkit TestFX set up, whichever test class runs first.
   */
  @BeforeAll
  static void startToolkitTheTestFxWay() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @TempDir Path dir;

  @Test
  void writesANonBlankPictureOfEveryPageInBothThemes() throws Exception {
    Path cacheFile = dir.resolve("cache.db");
    try (Cache cache = Cache.open(cacheFile)) {
      DemoEstate.write(cache, DemoScale.DEMO, 42, Instant.now());
    }
    Path out = Path.of("target", "screenshots");

    for (ThemeChoice theme : ThemeChoice.values()) {
      List<Path> files = Screenshots.render(cacheFile, theme, List.of(PageName.values()), out);

      assertThat(files).hasSize(PageName.values().length);
      for (Path file : files) {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(PixelStatistics.variance(image)).as(file.toString()).isGreaterThan(100);
      }
    }
    assertThat(out.resolve("identities-dark.png")).exists();
  }
}
