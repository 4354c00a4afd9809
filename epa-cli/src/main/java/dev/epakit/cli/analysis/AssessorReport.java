package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.AssessorFlag;
import dev.epakit.analysis.variance.AssessorVariance;
import dev.epakit.analysis.variance.ControlLimits;
import dev.epakit.analysis.variance.FunnelAssessment;
import dev.epakit.analysis.variance.VarianceReport;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report of {@code epa assessors --html}: one self-contained file, with its styles inline
 * and its funnel plot as inline SVG, so that it can be mailed to providers and employers and
 * opened anywhere without loading anything from the network. Every value that comes from the
 * input file (assessor identifiers, standards, grades, the file name) is escaped.
 */
final class AssessorReport {

  /** Above this many assessors, only flagged assessors are labelled on the plot (all have tooltips). */
  static final int LABEL_ALL_UP_TO = 50;

  private static final String[] GRADE_COLOURS = {
      "#c0504d", "#e6b85c", "#9bbb59", "#4f81bd", "#8064a2", "#4bacc6", "#f79646", "#7f7f7f"};

  private AssessorReport() {}

  static String html(AssessorAnalysis a, String source) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Assessor grading review</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>Assessor grading review</h1>\n")
        .append("<p class=\"source\">Results from <b>").append(esc(source)).append("</b>.</p>\n");

    h.append("<h2>What we found</h2>\n");
    for (String p : Findings.summary(a)) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    List<String> flagged = Findings.flagged(a);
    if (!flagged.isEmpty()) {
      h.append("<h3>Assessors outside the expected range</h3>\n");
      for (String p : flagged) {
        h.append("<p class=\"finding\">").append(esc(p)).append("</p>\n");
      }
    }
    h.append("<p>").append(esc(Findings.caveat(a))).append("</p>\n");

    h.append("<h2>Funnel plot</h2>\n");
    h.append(FunnelPlot.svg(a));
    h.append("<p class=\"note\">Each point is one assessor: their number of results across, their pass rate up.")
        .append(a.caseMix()
            ? " Pass rates are adjusted for each assessor's mix of standards and methods (observed"
                + " &divide; expected &times; overall rate), so that one funnel fits all."
            : "")
        .append(" The lines show the range chance alone allows around the overall pass rate:"
            + " the inner pair ")
        .append(esc(FunnelCommand.levelName(a.options.levels().get(0))))
        .append(" of the time, the outer pair ")
        .append(esc(FunnelCommand.levelName(a.options.levels().get(a.options.levels().size() - 1))))
        .append(". The funnel narrows as the number of results grows, because larger numbers vary less by chance.</p>\n");

    h.append("<h2>Assessors</h2>\n").append(table(a));
    h.append("<h2>Grade distributions</h2>\n").append(grades(a));

    h.append("<h2>How this was worked out</h2>\n<ul class=\"note\">\n");
    h.append("<li>A pass is any grade but the lowest, ").append(esc(a.results.grades().get(0)))
        .append(". Grade order: ").append(esc(String.join(" < ", a.results.grades()))).append(" (")
        .append(esc(a.results.gradeOrigin().describe())).append(").</li>\n");
    if (a.caseMix()) {
      h.append("<li>Expected pass rates by indirect standardisation over ")
          .append(a.strata.size()).append(" groups of standard and assessment method.</li>\n");
    }
    h.append("<li>Control limits: ").append(esc(method(a))).append(", after Spiegelhalter (2005),"
        + " <i>Funnel plots for comparing institutional performance</i>, Statistics in Medicine"
        + " 24:1185&ndash;1202.</li>\n");
    h.append("<li>").append(esc(Findings.dispersion(a))).append("</li>\n");
    h.append("<li>").append(esc(Findings.rule(a))).append(" Q-values adjust p-values across assessors (")
        .append(esc(adjustment(a))).append(").</li>\n");
    h.append("<li>Probable ranges are 95% intervals of a beta-binomial empirical-Bayes estimate,"
        + " which pulls small numbers towards the overall rate.</li>\n");
    h.append("<li>Grade mixes are compared with each assessor's counterparts by a chi-square test"
        + " (an exact or simulated test when counts are small), not adjusted for case mix.</li>\n");
    h.append("</ul>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  static String method(AssessorAnalysis a) {
    return switch (a.options.funnelMethod()) {
      case EXACT_BINOMIAL -> "exact binomial with interpolation";
      case NORMAL -> "normal approximation";
      case ARCSINE -> "arcsine transform";
    };
  }

  static String adjustment(AssessorAnalysis a) {
    return switch (a.options.pValueAdjustment()) {
      case BENJAMINI_HOCHBERG -> "Benjamini-Hochberg";
      case HOLM -> "Holm";
      case BONFERRONI -> "Bonferroni";
    };
  }

  private static String table(AssessorAnalysis a) {
    VarianceReport r = a.report;
    double low = a.options.levels().get(0);
    double high = a.options.levels().get(a.options.levels().size() - 1);
    StringBuilder t = new StringBuilder("<table>\n<thead><tr><th>Assessor</th><th>Results</th>"
        + "<th>Passes</th><th>Pass rate</th><th>Expected</th><th>")
        .append(esc(FunnelCommand.levelName(low))).append(" range</th><th>")
        .append(esc(FunnelCommand.levelName(high))).append(" range</th><th>Probable rate</th><th>Finding</th></tr></thead>\n<tbody>\n");
    for (AssessorVariance v : a.byName()) {
      t.append("<tr class=\"").append(Findings.flagWord(v.flag())).append("\"><td>")
          .append(esc(a.assessorName(v.assessor()))).append("</td><td>").append(v.n())
          .append("</td><td>").append(v.passes()).append("</td><td>")
          .append(v.observedRate().isPresent() ? Output.percent(v.observedRate().getAsDouble()) : "&ndash;")
          .append("</td><td>")
          .append(v.expectedRate().isPresent() ? Output.percent(v.expectedRate().getAsDouble()) : "&ndash;")
          .append("</td><td>");
      if (v.funnel().isRight()) {
        FunnelAssessment f = v.funnel().get();
        t.append(range(f.limitsAt(low))).append("</td><td>").append(range(f.limitsAt(high)));
      } else {
        t.append("&ndash;</td><td>&ndash;");
      }
      t.append("</td><td>");
      t.append(v.shrinkage().isRight()
          ? Output.percent(v.shrinkage().get().lower()) + " &ndash; " + Output.percent(v.shrinkage().get().upper())
          : "&ndash;");
      t.append("</td><td>").append(findingWords(v)).append("</td></tr>\n");
    }
    return t.append("</tbody>\n</table>\n").toString();
  }

  private static String range(ControlLimits l) {
    return Output.percent(l.lower()) + " &ndash; " + Output.percent(l.upper());
  }

  static String findingWords(AssessorVariance v) {
    return switch (v.flag()) {
      case GENEROUS -> "above range";
      case HARSH -> "below range";
      case TOO_FEW -> "too few to judge";
      case WITHIN -> v.funnel().isLeft() ? "within (no variation possible)" : "within range";
    };
  }

  private static String grades(AssessorAnalysis a) {
    List<String> grades = a.results.grades();
    StringBuilder t = new StringBuilder("<p class=\"note\">\"Differs?\" compares each assessor's"
        + " grades with everyone else's (q: p-value adjusted across assessors). "
        + (a.caseMix() ? "It does not allow for the mix of standards and methods: an assessor who"
            + " works mostly on a standard with a different grade scale will differ for that reason"
            + " alone." : "") + "</p>\n<p class=\"legend\">");
    for (int g = 0; g < grades.size(); g++) {
      t.append("<span class=\"key\" style=\"background:").append(colour(g)).append("\"></span>")
          .append(esc(grades.get(g))).append(' ');
    }
    t.append("</p>\n<table class=\"grades\">\n<thead><tr><th>Assessor</th><th>Results</th>");
    for (String g : grades) {
      t.append("<th>").append(esc(g)).append("</th>");
    }
    t.append("<th class=\"bar\">Distribution</th><th>Differs?</th></tr></thead>\n<tbody>\n");
    t.append(gradeRow("All assessors", a.counts.poolGrades(), "&ndash;", "pool"));
    for (AssessorVariance v : a.byName()) {
      String differs;
      if (v.gradeTest().isRight() && v.gradeQValue().isPresent()) {
        double q = v.gradeQValue().getAsDouble();
        differs = (q < Findings.GRADE_Q ? "yes" : "no") + " (q " + Output.pValue(q) + ")";
      } else {
        differs = "&ndash;";
      }
      t.append(gradeRow(a.assessorName(v.assessor()), a.counts.assessorGrades(v.assessor()), differs,
          Findings.flagWord(v.flag())));
    }
    return t.append("</tbody>\n</table>\n").toString();
  }

  private static String gradeRow(String name, long[] counts, String differs, String cssClass) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    StringBuilder t = new StringBuilder("<tr class=\"").append(cssClass).append("\"><td>")
        .append(esc(name)).append("</td><td>").append(total).append("</td>");
    for (long c : counts) {
      t.append("<td>").append(c);
      if (total > 0) {
        t.append(" <small>(").append(Math.round(100.0 * c / total)).append("%)</small>");
      }
      t.append("</td>");
    }
    t.append("<td class=\"bar\"><svg width=\"200\" height=\"14\" role=\"img\" aria-label=\"grade distribution of ")
        .append(esc(name)).append("\">");
    double x = 0;
    for (int g = 0; g < counts.length; g++) {
      if (total == 0 || counts[g] == 0) {
        continue;
      }
      double w = 200.0 * counts[g] / total;
      t.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"14\" fill=\"%s\"/>",
          x, w, colour(g)));
      x += w;
    }
    t.append("</svg></td><td>").append(differs).append("</td></tr>\n");
    return t.toString();
  }

  static String colour(int grade) {
    return GRADE_COLOURS[grade % GRADE_COLOURS.length];
  }

  /** Escapes text for HTML content and attribute values alike. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether an assessor is marked above or below the range. */
  static boolean isFlagged(AssessorFlag flag) {
    return flag == AssessorFlag.GENEROUS || flag == AssessorFlag.HARSH;
  }

  static final String STYLE = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #222; background: #fff; margin: 0; }
      main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; }
      h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1.05rem; }
      .source, .note { color: #555; font-size: 0.9rem; }
      .finding { border-left: 4px solid #e6a23c; padding-left: 0.75rem; }
      table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0.5rem 0 1rem; }
      th, td { border-bottom: 1px solid #eee; padding: 0.25rem 0.4rem; text-align: right; white-space: nowrap; }
      th:first-child, td:first-child { text-align: left; }
      tr.generous td:last-child, tr.harsh td:last-child { font-weight: bold; }
      tr.generous { background: #fff4e5; } tr.harsh { background: #e8f1fb; } tr.too-few { color: #888; } tr.pool { font-weight: bold; }
      td.bar, th.bar { text-align: left; }
      .legend { font-size: 0.85rem; } .key { display: inline-block; width: 0.8rem; height: 0.8rem; margin: 0 0.25rem 0 0.75rem; vertical-align: middle; }
      svg text { font-family: inherit; }
      """;
}
