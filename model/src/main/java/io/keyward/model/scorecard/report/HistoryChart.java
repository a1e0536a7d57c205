package io.keyward.model.scorecard.report;

import io.keyward.model.cache.ScoreEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The score history as an inline SVG: passing criteria as bars (right axis), the level as a step
 * line over them (left axis, 1 to 4), one column per scored estate state.
 */
final class HistoryChart {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 240;
  private static final int LEFT = 56;
  private static final int RIGHT = 56;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private HistoryChart() {}

  static String svg(List<ScoreEntry> history, int criteria) {
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Level and passing"
                + " criteria over time\">",
            WIDTH,
            HEIGHT));
    for (int level = 1; level <= 4; level++) {
      double y = levelY(level, plotH);
      svg.append(line(LEFT, y, LEFT + plotW, y, "grid"));
      svg.append(label(LEFT - 8, y + 4, "end", "axis", "L" + level));
    }
    for (int tick = 0; tick <= criteria; tick += Math.max(1, criteria / 4)) {
      double y = TOP + plotH - (double) tick / criteria * plotH;
      svg.append(label(LEFT + plotW + 8, y + 4, "start", "axis bars-axis", Integer.toString(tick)));
    }
    int n = history.size();
    double slot = (double) plotW / Math.max(n, 1);
    double barW = Math.min(36, slot * 0.5);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      ScoreEntry entry = history.get(i);
      double cx = LEFT + slot * i + slot / 2;
      long passed = entry.count("PASS");
      double barH = (double) passed / criteria * plotH;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s"
                  + " passing</title></rect>",
              cx - barW / 2,
              TOP + plotH - barH,
              barW,
              barH,
              passed));
      double ly = levelY(entry.level(), plotH);
      path.append(i == 0 ? "M" : "L")
          .append(String.format(Locale.ROOT, "%.1f %.1f ", i == 0 ? LEFT : cx - slot / 2, ly));
      path.append(
          String.format(Locale.ROOT, "L%.1f %.1f ", i == n - 1 ? LEFT + plotW : cx + slot / 2, ly));
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"><title>Level %d</title></circle>",
              cx,
              ly,
              entry.level()));
      if (n <= 8 || i % Math.ceil(n / 8.0) == 0 || i == n - 1) {
        svg.append(
            label(cx, HEIGHT - BOTTOM + 18, "middle", "axis", DAY.format(entry.computedAt())));
      }
    }
    if (n > 0) {
      svg.append("<path class=\"level-line\" d=\"").append(path.toString().strip()).append("\"/>");
    }
    svg.append(label(LEFT - 8, HEIGHT - 6, "end", "axis", "level"));
    svg.append(label(LEFT + plotW + 8, HEIGHT - 6, "start", "axis bars-axis", "passing"));
    svg.append("</svg>");
    return svg.toString();
  }

  /** Level 1 sits a quarter up, so its line never hides the bars' base. */
  private static double levelY(int level, int plotH) {
    return TOP + plotH - level * plotH / 4.0;
  }

  private static String line(double x1, double y1, double x2, double y2, String cls) {
    return String.format(
        Locale.ROOT,
        "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
        cls,
        x1,
        y1,
        x2,
        y2);
  }

  private static String label(double x, double y, String anchor, String cls, String text) {
    return String.format(
        Locale.ROOT,
        "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>",
        cls,
        x,
        y,
        anchor,
        Html.escape(text));
  }
}
