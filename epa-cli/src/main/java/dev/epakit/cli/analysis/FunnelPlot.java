package dev.epakit.cli.analysis;

import static dev.epakit.cli.analysis.AssessorReport.esc;

import dev.epakit.analysis.variance.AssessorFlag;
import dev.epakit.analysis.variance.AssessorVariance;
import dev.epakit.analysis.variance.ControlLimits;
import java.util.List;
import java.util.Locale;

/**
 * The funnel plot of an assessor-variance analysis as inline SVG: pass rate against number of
 * results, the limit curves at each level around the overall pass rate, and every assessor a
 * point, labelled (all of them up to {@link AssessorReport#LABEL_ALL_UP_TO} assessors, then only
 * those outside the range; every point has a tooltip). Shapes as well as colours tell the
 * findings apart.
 */
final class FunnelPlot {

  private static final int WIDTH = 760;
  private static final int HEIGHT = 460;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 50;

  private FunnelPlot() {}

  /** The rate plotted for an assessor: adjusted for case mix when there is one. */
  static double plotted(AssessorAnalysis a, AssessorVariance v) {
    if (a.caseMix() && v.standardisedRate().isPresent()) {
      return Math.min(1, v.standardisedRate().getAsDouble());
    }
    return v.observedRate().orElse(0);
  }

  static String svg(AssessorAnalysis a) {
    List<AssessorVariance> all = a.report.assessors();
    long maxN = 1;
    long minN = Long.MAX_VALUE;
    double lo = 1;
    double hi = 0;
    for (AssessorVariance v : all) {
      if (v.n() == 0) {
        continue;
      }
      maxN = Math.max(maxN, v.n());
      minN = Math.min(minN, v.n());
      double y = plotted(a, v);
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
    double theta = a.report.poolRate().orElse(0);
    double outer = a.options.levels().get(a.options.levels().size() - 1);
    long xMax = niceCeiling(maxN * 1.05);
    // Curves start where assessors are judged: below the minimum n they are nearly [0, 1].
    long start = Math.max(1, a.options.minimumN());
    List<ControlLimits> outerCurve = a.curve(outer, xMax, 160);
    for (ControlLimits l : outerCurve) {
      if (l.n() >= start) {
        lo = Math.min(lo, l.lower());
        hi = Math.max(hi, l.upper());
      }
    }
    double yMin = Math.max(0, Math.floor((lo - 0.02) * 10) / 10);
    double yMax = Math.min(1, Math.ceil((hi + 0.02) * 10) / 10);
    if (yMax - yMin < 0.2) {
      yMin = Math.max(0, yMax - 0.2);
    }
    Scale s = new Scale(xMax, yMin, yMax);

    StringBuilder g = new StringBuilder(32 * 1024);
    g.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"100%\" role=\"img\" aria-label=\"Funnel plot of pass rate against number of results\">\n")
        .append("<defs><clipPath id=\"plot-area\"><rect x=\"").append(LEFT).append("\" y=\"").append(TOP)
        .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"").append(HEIGHT - TOP - BOTTOM)
        .append("\"/></clipPath></defs>\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" fill=\"#fff\"/>\n");
    // grid and axes
    for (double y = yMin; y <= yMax + 1e-9; y += 0.1) {
      g.append(line(LEFT, s.y(y), WIDTH - RIGHT, s.y(y), "#eee", 1, null));
      g.append(text(LEFT - 8, s.y(y) + 4, Output.percent(y).replace(".0%", "%"), "end", 11, "#555"));
    }
    long step = niceStep(xMax);
    for (long x = 0; x <= xMax; x += step) {
      g.append(line(s.x(x), TOP, s.x(x), HEIGHT - BOTTOM, "#f3f3f3", 1, null));
      g.append(text(s.x(x), HEIGHT - BOTTOM + 16, String.format(Locale.ROOT, "%,d", x), "middle", 11, "#555"));
    }
    g.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#888", 1, null));
    g.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#888", 1, null));
    g.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 12, "Number of results", "middle", 12, "#333"));
    g.append(String.format(Locale.ROOT,
        "<text x=\"14\" y=\"%.1f\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">%s</text>%n",
        (TOP + HEIGHT - BOTTOM) / 2.0, (TOP + HEIGHT - BOTTOM) / 2.0,
        a.caseMix() ? "Pass rate (adjusted for case mix)" : "Pass rate"));
    // curves
    g.append("<g clip-path=\"url(#plot-area)\">\n");
    if (theta > 0 && theta < 1) {
      g.append(line(LEFT, s.y(theta), WIDTH - RIGHT, s.y(theta), "#333", 1.5, null));
      List<Double> levels = a.options.levels();
      for (int i = 0; i < levels.size(); i++) {
        boolean isOuter = i == levels.size() - 1;
        List<ControlLimits> curve = a.curve(levels.get(i), xMax, 160);
        String dash = isOuter ? null : "6 4";
        String colour = isOuter ? "#b03a2e" : "#d68910";
        g.append(path(s, curve, start, true, colour, dash)).append(path(s, curve, start, false, colour, dash));
      }
    }
    g.append("</g>\n");
    // points
    boolean labelAll = all.size() <= AssessorReport.LABEL_ALL_UP_TO;
    for (AssessorVariance v : all) {
      if (v.n() == 0) {
        continue;
      }
      double px = s.x(v.n());
      double py = s.y(Math.max(yMin, Math.min(yMax, plotted(a, v))));
      String name = a.assessorName(v.assessor());
      String tip = name + ": " + v.passes() + " passes of " + v.n() + " ("
          + Output.percent(v.observedRate().orElse(0)) + "), " + AssessorReport.findingWords(v);
      g.append("<g><title>").append(esc(tip)).append("</title>").append(marker(v.flag(), px, py)).append("</g>\n");
      if (labelAll || AssessorReport.isFlagged(v.flag())) {
        g.append(text(px + 6, py - 5, name, "start", 10, "#333"));
      }
    }
    // legend
    double lx = WIDTH - RIGHT - 300;
    double ly = HEIGHT - BOTTOM - 66;
    g.append("<g font-size=\"11\">\n");
    g.append(String.format(Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"292\" height=\"72\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"#ddd\"/>%n",
        lx - 10, ly - 16));
    g.append(legend(lx, ly, marker(AssessorFlag.WITHIN, lx, ly - 4), "within range"));
    g.append(legend(lx, ly + 16, marker(AssessorFlag.GENEROUS, lx, ly + 12), "above range"));
    g.append(legend(lx, ly + 32, marker(AssessorFlag.HARSH, lx, ly + 28), "below range"));
    g.append(legend(lx, ly + 48, marker(AssessorFlag.TOO_FEW, lx, ly + 44), "too few to judge"));
    List<Double> levels = a.options.levels();
    g.append(line(lx + 150, ly - 4, lx + 175, ly - 4, "#d68910", 1.5, "6 4"))
        .append(text(lx + 180, ly, FunnelCommand.levelName(levels.get(0)) + " limits", "start", 11, "#333"));
    g.append(line(lx + 150, ly + 12, lx + 175, ly + 12, "#b03a2e", 1.5, null))
        .append(text(lx + 180, ly + 16, FunnelCommand.levelName(outer) + " limits", "start", 11, "#333"));
    g.append(line(lx + 150, ly + 28, lx + 175, ly + 28, "#333", 1.5, null))
        .append(text(lx + 180, ly + 32, "overall " + Output.percent(theta), "start", 11, "#333"));
    g.append("</g>\n</svg>\n");
    return g.toString();
  }

  private static String legend(double x, double y, String marker, String label) {
    return marker + text(x + 10, y, label, "start", 11, "#333");
  }

  private static String marker(AssessorFlag flag, double x, double y) {
    return switch (flag) {
      case GENEROUS -> String.format(Locale.ROOT,
          "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"#e67e22\" stroke=\"#a04000\"/>",
          x, y - 6, x + 5.5, y + 4, x - 5.5, y + 4);
      case HARSH -> String.format(Locale.ROOT,
          "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" fill=\"#3498db\" stroke=\"#1b4f72\"/>",
          x, y + 6, x + 5.5, y - 4, x - 5.5, y - 4);
      case TOO_FEW -> String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"none\" stroke=\"#999\"/>", x, y);
      case WITHIN -> String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#7f8c8d\" stroke=\"#4d5656\"/>", x, y);
    };
  }

  private static String path(Scale s, List<ControlLimits> curve, long start, boolean upper, String colour, String dash) {
    StringBuilder p = new StringBuilder("<path fill=\"none\" stroke=\"").append(colour)
        .append("\" stroke-width=\"1.5\"").append(dash == null ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append(" d=\"");
    boolean first = true;
    for (ControlLimits l : curve) {
      if (l.n() < start) {
        continue;
      }
      p.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f",
          s.x(l.n()), s.y(upper ? l.upper() : l.lower())));
      first = false;
    }
    return first ? "" : p.append("\"/>\n").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n",
        x1, y1, x2, y2, colour, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static String text(double x, double y, String s, String anchor, int size, String colour) {
    return String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>%n",
        x, y, anchor, size, colour, esc(s));
  }

  static long niceCeiling(double x) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, x))));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= x) {
        return Math.max(1, Math.round(m * magnitude));
      }
    }
    return Math.round(10 * magnitude);
  }

  static long niceStep(long max) {
    long step = Math.max(1, niceCeiling(max / 8.0));
    return step;
  }

  /** Maps data to picture coordinates. */
  private record Scale(long xMax, double yMin, double yMax) {
    double x(double n) {
      return LEFT + (WIDTH - LEFT - RIGHT) * n / xMax;
    }

    double y(double rate) {
      return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (rate - yMin) / (yMax - yMin);
    }
  }
}
