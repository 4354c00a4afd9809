package dev.epakit.cli.materials;

import dev.epakit.analysis.materials.MethodFunctioning;
import dev.epakit.analysis.materials.SiteConsistency;
import dev.epakit.cli.severity.SeverityHtml;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTML fragment for the quality-review report: per method, the pass rate by period as an inline
 * SVG line chart (with the trend test), and its delivery sites side by side in a table (pass rate,
 * grade-distribution p and Benjamini-Hochberg q). Self-contained, every name escaped; a {@code
 * <section class="epa-materials">} meant to be placed inside the page of {@code epa assessors
 * --html}.
 *
 * <p>Thread-safe: holds no state.
 */
public final class MaterialsHtml {

  private MaterialsHtml() {}

  /**
   * Renders the fragment.
   *
   * @param methods the analysis, not null
   * @param in what was read (names and periods), not null
   * @param period the period used, not null
   * @return the HTML fragment, never {@code null}
   */
  static String fragment(List<MethodFunctioning> methods, MaterialsCommand.Input in,
      MaterialsCommand.Period period) {
    Objects.requireNonNull(methods, "methods");
    StringBuilder h = new StringBuilder("<section class=\"epa-materials\">\n"
        + "<h2>Materials functioning</h2>\n");
    for (MethodFunctioning m : methods) {
      String name = SeverityHtml.escape(in.methods().name(m.method()));
      h.append(String.format(Locale.ROOT, "<h3>%s</h3>%n<p>n = %d, facility %.3f</p>%n", name,
          m.n(), m.facility()));
      long[][] counts = MaterialsCommand.periodCounts(in, m.method());
      int width = 420;
      int height = 120;
      double step = counts.length > 1 ? (double) (width - 40) / (counts.length - 1) : 0;
      h.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
          + " height=\"%d\" role=\"img\" aria-label=\"Pass rate by %s for %s\">%n", width,
          height + 20, period.name(), name));
      h.append(String.format(Locale.ROOT, "<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
          + " stroke=\"#999\"/>%n", height, width - 10, height));
      StringBuilder points = new StringBuilder();
      for (int p = 0; p < counts.length; p++) {
        if (counts[p][0] == 0) {
          continue;
        }
        double rate = (double) counts[p][1] / counts[p][0];
        double x = 30 + p * step;
        double y = height - rate * (height - 10);
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#335\">"
            + "<title>%s: %.3f of %d</title></circle>%n", x, y,
            period.label(in.firstPeriod() + p), rate, counts[p][0]));
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"9\""
            + " text-anchor=\"middle\">%s</text>%n", x, height + 14,
            period.label(in.firstPeriod() + p)));
      }
      h.append("<polyline fill=\"none\" stroke=\"#335\" points=\"").append(points.toString().strip())
          .append("\"/>\n</svg>\n");
      if (m.trend().isRight()) {
        h.append(String.format(Locale.ROOT, "<p>Trend (Cochran-Armitage): chi-square %.2f on 1 df,"
            + " p = %.3g.</p>%n", m.trend().get().trendChiSquare(), m.trend().get().trendPValue()));
      }
      if (!m.sites().isEmpty()) {
        h.append("<table>\n<thead><tr><th>Site</th><th>n</th><th>Pass rate</th><th>p</th>"
            + "<th>q (BH)</th></tr></thead>\n<tbody>\n");
        for (SiteConsistency s : m.sites()) {
          h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.3f</td><td>%s</td>"
              + "<td>%s</td></tr>%n", SeverityHtml.escape(in.sites().name(s.site())), s.n(),
              s.passRate(),
              s.test().isRight() ? String.format(Locale.ROOT, "%.3g", s.test().get().pValue()) : "-",
              s.q().isPresent() ? String.format(Locale.ROOT, "%.3g", s.q().getAsDouble()) : "-"));
        }
        h.append("</tbody>\n</table>\n");
      }
    }
    return h.append("</section>\n").toString();
  }
}
