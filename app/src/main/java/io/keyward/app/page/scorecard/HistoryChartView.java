package io.keyward.app.page.scorecard;

import io.keyward.model.cache.ScoreEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The score history drawn like the HTML report's chart: passing criteria as bars (right axis), the
 * level as a step line over them (left axis), one column per scored estate state.
 */
final class HistoryChartView extends Pane {
  static final double WIDTH = 720;
  static final double HEIGHT = 220;
  private static final double LEFT = 44;
  private static final double RIGHT = 44;
  private static final double TOP = 14;
  private static final double BOTTOM = 34;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  HistoryChartView() {
    getStyleClass().add("history-chart");
    setId("history-chart");
    setMinSize(WIDTH, HEIGHT);
    setPrefSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
  }

  void draw(List<ScoreEntry> history, int criteria) {
    getChildren().clear();
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    for (int level = 1; level <= 4; level++) {
      double y = levelY(level, plotH);
      Line grid = new Line(LEFT, y, LEFT + plotW, y);
      grid.getStyleClass().add("grid-line");
      getChildren().addAll(grid, text("L" + level, LEFT - 26, y + 4));
    }
    int step = Math.max(1, criteria / 4);
    for (int tick = 0; tick <= criteria; tick += step) {
      double y = TOP + plotH - (double) tick / Math.max(criteria, 1) * plotH;
      getChildren().add(text(Integer.toString(tick), LEFT + plotW + 8, y + 4));
    }
    int n = history.size();
    double slot = plotW / Math.max(n, 1);
    double barW = Math.min(32, slot * 0.5);
    List<Circle> dots = new ArrayList<>();
    Polyline levelLine = new Polyline();
    levelLine.getStyleClass().add("level-line");
    for (int i = 0; i < n; i++) {
      ScoreEntry entry = history.get(i);
      double cx = LEFT + slot * i + slot / 2;
      long passed = entry.count("PASS");
      double barH = (double) passed / Math.max(criteria, 1) * plotH;
      Rectangle bar = new Rectangle(cx - barW / 2, TOP + plotH - barH, barW, barH);
      bar.getStyleClass().add("bar");
      double ly = levelY(entry.level(), plotH);
      levelLine
          .getPoints()
          .addAll(i == 0 ? LEFT : cx - slot / 2, ly, i == n - 1 ? LEFT + plotW : cx + slot / 2, ly);
      Circle dot = new Circle(cx, ly, 5);
      dot.getStyleClass().add("level-dot");
      getChildren().add(bar);
      dots.add(dot);
      if (n <= 8 || i % (int) Math.ceil(n / 8.0) == 0 || i == n - 1) {
        Text day = text(DAY.format(entry.computedAt()), cx - 32, HEIGHT - BOTTOM + 18);
        getChildren().add(day);
      }
    }
    if (n > 0) {
      getChildren().add(levelLine);
      getChildren().addAll(dots);
    }
    getChildren()
        .addAll(text("level", 6, HEIGHT - 6), text("passing", LEFT + plotW - 4, HEIGHT - 6));
  }

  /** Level 1 sits a quarter up, so its line never hides the bars' base. */
  private static double levelY(int level, double plotH) {
    return TOP + plotH - level * plotH / 4.0;
  }

  private static Text text(String value, double x, double y) {
    Text text = new Text(x, y, value);
    text.getStyleClass().add("axis-label");
    return text;
  }
}
