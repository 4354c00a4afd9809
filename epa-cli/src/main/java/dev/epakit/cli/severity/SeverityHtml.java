package dev.epakit.cli.severity;

import dev.epakit.analysis.severity.ElementMeasure;
import dev.epakit.analysis.severity.RaschMeasurement;
import dev.epakit.analysis.variance.IndexDictionary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTML fragment for the quality-review report: a forest plot of assessor severity with 95%
 * intervals ({@code measure +/- 1.96 SE}) as inline SVG, most severe at the top, and a table of the
 * same figures. Self-contained (no script, no external resource), every name escaped; the fragment
 * is a {@code <section class="epa-severity">} meant to be placed inside the page of {@code epa
 * assessors --html}.
 *
 * <p>Thread-safe: holds no state.
 */
public final class SeverityHtml {

  private static final double Z95 = 1.959963984540054;

  private SeverityHtml() {}

  /**
   * Renders the fragment.
   *
   * @param measurement the measures, not null
   * @param assessors the assessor names by index, not null
   * @return the HTML fragment, never {@code null}
   */
  public static String fragment(RaschMeasurement measurement, IndexDictionary assessors) {
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(assessors, "assessors");
    List<ElementMeasure> rows = measurement.assessors().elements().stream()
        .sorted(Comparator.comparingDouble(ElementMeasure::measure).reversed()).toList();
    double lo = -1;
    double hi = 1;
    for (ElementMeasure e : rows) {
      lo = Math.min(lo, e.measure() - Z95 * e.standardError());
      hi = Math.max(hi, e.measure() + Z95 * e.standardError());
    }
    lo = Math.floor(lo);
    hi = Math.ceil(hi);
    int label = 160;
    int plot = 420;
    int rowHeight = 18;
    int height = rowHeight * rows.size() + 40;
    StringBuilder h = new StringBuilder();
    h.append("<section class=\"epa-severity\">\n<h2>Assessor severity (many-facet Rasch)</h2>\n");
    h.append("<p>Severity in logits, centred on 0; right of 0 is more severe. Lines are 95%"
        + " intervals (measure &plusmn; 1.96 SE).</p>\n");
    h.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" role=\"img\" aria-label=\"Forest plot of assessor severity\">%n",
        label + plot + 20, height));
    double scale = plot / (hi - lo);
    double zero = label + (0 - lo) * scale;
    h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\""
        + " stroke=\"#999\" stroke-dasharray=\"4 3\"/>%n", zero, zero, height - 25));
    for (int t = (int) lo; t <= (int) hi; t++) {
      double x = label + (t - lo) * scale;
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\""
          + " text-anchor=\"middle\">%d</text>%n", x, height - 10, t));
    }
    int y = 10;
    for (ElementMeasure e : rows) {
      double x = label + (e.measure() - lo) * scale;
      double x1 = label + (e.measure() - Z95 * e.standardError() - lo) * scale;
      double x2 = label + (e.measure() + Z95 * e.standardError() - lo) * scale;
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\""
          + " text-anchor=\"end\">%s</text>", label - 6, y + 4, escape(assessors.name(e.index()))));
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
          + " stroke=\"#335\"/>", x1, y, x2, y));
      h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"3.5\" fill=\"#335\">"
          + "<title>%s: %.2f (SE %.2f)</title></circle>%n", x, y,
          escape(assessors.name(e.index())), e.measure(), e.standardError()));
      y += rowHeight;
    }
    h.append("</svg>\n<table>\n<thead><tr><th>Assessor</th><th>Severity</th><th>SE</th>"
        + "<th>Infit</th><th>Outfit</th><th>n</th></tr></thead>\n<tbody>\n");
    for (ElementMeasure e : rows) {
      h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.2f</td><td>%.2f</td><td>%.2f</td>"
          + "<td>%.2f</td><td>%d</td></tr>%n", escape(assessors.name(e.index())), e.measure(),
          e.standardError(), e.infit(), e.outfit(), e.n()));
    }
    h.append("</tbody>\n</table>\n");
    measurement.assessors().separation().ifPresent(s -> h.append(String.format(Locale.ROOT,
        "<p>Separation %.2f, reliability %.2f; fixed (all same) chi-square %.1f on %d df,"
            + " p = %.3g.</p>%n", s.separation(), s.reliability(), s.chiSquare(),
        s.degreesOfFreedom(), s.pValue())));
    h.append("</section>\n");
    return h.toString();
  }

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param text the text, not null
   * @return the escaped text, never {@code null}
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
