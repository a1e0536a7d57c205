package io.keyward.app.page.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.app.console.ThemeChoice;
import io.keyward.model.cache.Cache;
import io.keyward.model.domain.IdentityKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/** The graph page driven with the mouse, on the demo estate, jobs inline on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class GraphPageTest {
  @TempDir Path dir;
  private GraphPage page;
  private GraphViewModel model;
  private Cache cache;

  @AfterEach
  void close() {
    cache.close();
  }

  @Start
  void start(Stage stage) {
    cache = GraphViewModelTest.demo(dir);
    ThemeChoice.LIGHT.apply();
    model = GraphViewModelTest.viewModel(cache);
    page = new GraphPage(model);
    Scene scene = new Scene((javafx.scene.Parent) page.view(), 1200, 760);
    stage.setScene(scene);
    stage.show();
    page.activate();
  }

  @Test
  void drawsTheChainAndSelectsAndExpandsWithTheMouse(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.drawing().get().nodes()).isNotEmpty();
    assertThat(robot.lookup("#graph-status").queryAs(Label.class).getText())
        .contains("widen scope");
    assertThat(robot.lookup("#graph-legend").tryQuery()).isPresent();

    robot.clickOn(screen(robot, GraphViewModelTest.ALICE));
    assertThat(model.selected().get().id()).isEqualTo(GraphViewModelTest.ALICE);
    assertThat(robot.lookup("#graph-selected-name").queryAs(Label.class).getText())
        .isEqualTo("Alice Nguyen");

    int before = model.drawing().get().nodes().size();
    robot.clickOn("Expand neighbours");
    assertThat(model.expanded(GraphViewModelTest.ALICE)).isTrue();
    assertThat(model.drawing().get().nodes().size()).isGreaterThanOrEqualTo(before);

    // A double-click collapses again; fired as one event (scene coordinates), as a loaded machine
    // may stretch the robot's two clicks past the platform's double-click time.
    GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
    Point2D alice = canvas.localToScene(canvas.centreOf(GraphViewModelTest.ALICE).orElseThrow());
    robot.interact(
        () ->
            javafx.event.Event.fireEvent(
                canvas.getChildrenUnmodifiable().get(0),
                new MouseEvent(
                    MouseEvent.MOUSE_CLICKED,
                    alice.getX(),
                    alice.getY(),
                    0,
                    0,
                    MouseButton.PRIMARY,
                    2,
                    false,
                    false,
                    false,
                    false,
                    true,
                    false,
                    false,
                    true,
                    false,
                    false,
                    null)));
    assertThat(model.expanded(GraphViewModelTest.ALICE)).isFalse();
    assertThat(model.drawing().get().nodes()).hasSize(before);

    double scale = page.canvas().scale();
    robot.moveTo(robot.lookup("#graph-canvas").queryAs(GraphCanvas.class)).scroll(-3);
    assertThat(page.canvas().scale()).isNotEqualTo(scale);
  }

  @Test
  void findsAPathTypedIntoTheToolbar(FxRobot robot) {
    robot.clickOn("#graph-path-from").write("alice.nguyen");
    robot.clickOn("#graph-path-to").write("DataLakeReader");
    robot.clickOn("#graph-find-path");

    assertThat(model.focusedChain().get().principals())
        .containsExactly(
            GraphViewModelTest.ALICE,
            GraphViewModelTest.RESEARCH_AGENT,
            GraphViewModelTest.SUMMARIZER,
            GraphViewModelTest.DATA_LAKE_READER);
  }

  @Test
  void exportsTheWholeGraphAsPngAndSvg(FxRobot robot) throws Exception {
    Path png = dir.resolve("graph.png");
    Path svg = dir.resolve("graph.svg");
    robot.interact(() -> page.exportTo(png, "png"));
    robot.interact(() -> page.exportTo(svg, "svg"));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
    assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) model.drawing().get().width());
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    String text = Files.readString(svg);
    assertThat(text).contains("Alice Nguyen", "research-summarizer", "widens +datasets:write");
    assertThat(document.getElementsByTagName("polyline").getLength())
        .isEqualTo(model.drawing().get().edges().size());
  }

  @Test
  void redrawsTwoThousandPrincipalsQuickly(FxRobot robot) {
    List<GraphDrawing.PlacedNode> nodes = new ArrayList<>();
    List<GraphDrawing.PlacedEdge> edges = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      double x = (i / 40) * 220.0;
      double y = (i % 40) * 44.0;
      nodes.add(
          new GraphDrawing.PlacedNode(
              new VisibleGraph.Node("n" + i, "principal-" + i, IdentityKind.values()[i % 7]),
              x,
              y,
              150,
              30));
      if (i >= 40) {
        double fromX = x - 70;
        edges.add(
            new GraphDrawing.PlacedEdge(
                new VisibleGraph.Edge(
                    "e" + i,
                    "n" + (i - 40),
                    "n" + i,
                    "assume role\ns3:GetObject",
                    i % 9 == 0,
                    i % 5 == 0),
                List.of(new GraphDrawing.Point(fromX, y + 15), new GraphDrawing.Point(x, y + 15)),
                fromX + 5,
                y,
                60,
                27));
      }
    }
    GraphDrawing drawing = new GraphDrawing(50 * 220, 40 * 44, nodes, edges);
    robot.interact(() -> page.canvas().show(drawing, true));
    double total = 0;
    int frames = 20;
    for (int i = 0; i < frames; i++) {
      double factor = i % 2 == 0 ? 1.1 : 1 / 1.1;
      robot.interact(() -> page.canvas().zoom(factor));
      total += page.canvas().lastFrameMillis();
    }
    System.out.printf(
        "2,000 principals, whole graph in view: %.1f ms per repaint%n", total / frames);
    robot.interact(() -> page.canvas().zoom(8));
    System.out.printf("zoomed in (culled): %.1f ms per repaint%n", page.canvas().lastFrameMillis());
    assertThat(total / frames).as("ms per repaint").isLessThan(250);
  }

  private static Point2D screen(FxRobot robot, String id) {
    GraphCanvas canvas = robot.lookup("#graph-canvas").queryAs(GraphCanvas.class);
    Point2D local = canvas.centreOf(id).orElseThrow();
    return canvas.localToScreen(local);
  }
}
