package dev.epakit.io.plan;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.GradingTable;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes an {@link AssessmentPlan} as a plan file in YAML, every field explicit, which {@link
 * PlanReader} reads back to an equal plan. Stateless and thread-safe.
 */
public final class PlanWriter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9 _-]*[A-Za-z0-9]\\+?|[A-Za-z]\\+?");
  private static final Set<String> RESERVED = Set.of("true", "false", "null", "none", "y", "n", "yes", "no", "on", "off");

  private PlanWriter() {}

  /**
   * The plan as YAML.
   *
   * @param plan the plan, not {@code null}
   * @return the text of a plan file, ending with a line break
   */
  public static String toYaml(AssessmentPlan plan) {
    Objects.requireNonNull(plan, "plan");
    StringBuilder y = new StringBuilder();
    line(y, 0, "standard: " + plan.standard().reference());
    line(y, 0, "version: " + quote(plan.standard().version().toString()));
    plan.standard().option().ifPresent(o -> line(y, 0, "option: " + quote(o)));
    line(y, 0, "title: " + quote(plan.title()));
    line(y, 0, "source: " + quote(plan.source()));
    line(y, 0, "effective:");
    line(y, 1, "from: " + plan.effectiveFrom());
    plan.effectiveTo().ifPresent(to -> line(y, 1, "to: " + to));
    line(y, 0, "methods:");
    for (AssessmentMethod m : plan.methods()) {
      line(y, 1, "- id: " + key(m.id().value()));
      line(y, 2, "name: " + quote(m.name()));
      scale(y, m.scale());
      if (m.bands().isPresent()) {
        ScoreBands bands = m.bands().get();
        line(y, 2, "bands:");
        line(y, 3, "maximum: " + bands.maximum());
        line(y, 3, "from: " + bands.bands().tail().map(b -> key(b.grade().name()) + ": " + b.from()).mkString("{", ", ", "}"));
      }
    }
    line(y, 0, "methodsInOrder: " + plan.methodsInOrder());
    line(y, 0, "overall:");
    StringBuilder overall = new StringBuilder();
    scale(overall, plan.overallScale());
    y.append(overall.toString().replace("\n    ", "\n  ").replaceFirst("^    ", "  "));
    line(y, 0, "failedMethodMayPass: " + plan.failedMethodMayPass());
    line(y, 0, plan.grading().rows().isEmpty() ? "grading: []" : "grading:");
    for (GradingTable.Row row : plan.grading().rows()) {
      StringBuilder cells = new StringBuilder("{");
      for (int i = 0; i < row.cells().size(); i++) {
        cells.append(key(plan.methods().get(i).id().value())).append(": ").append(quote(row.cells().get(i).toString())).append(", ");
      }
      cells.append("overall: ").append(quote(row.overall().name())).append('}');
      line(y, 1, "- " + cells);
    }
    ResitRetakePolicy p = plan.policy();
    line(y, 0, "policy:");
    line(y, 1, "employerAgreementRequired: " + p.employerAgreementRequired());
    line(y, 1, "feeConfirmationRequired: " + p.feeConfirmationRequired());
    line(y, 1, "wholeEpaWhenMoreThanFailed: " + p.wholeEpaWhenMoreThanFailed().map(String::valueOf).orElse("none"));
    line(y, 1, "resitWindow: " + DurationText.format(p.resitWindow()));
    line(y, 1, "retakeWindow: " + DurationText.format(p.retakeWindow()));
    line(y, 1, "hardWindow: " + p.hardWindow().map(DurationText::format).orElse("none"));
    line(y, 1, "resitCap: " + cap(p.resitCap()));
    line(y, 1, "retakeCap: " + cap(p.retakeCap()));
    line(y, 1, "exceptionalCircumstancesLiftCap: " + p.exceptionalCircumstancesLiftCap());
    line(y, 1, "attemptLimit: " + p.attemptLimit().map(String::valueOf).orElse("none"));
    line(y, 1, "freshMaterialsRequired: " + p.freshMaterialsRequired());
    line(y, 1, "appealPeriod: " + DurationText.format(p.appealPeriod()));
    line(y, 1, "retentionPeriod: " + DurationText.format(p.retentionPeriod()));
    return y.toString();
  }

  private static void scale(StringBuilder y, GradeScale scale) {
    line(y, 2, "grades: " + scale.grades().map(g -> quote(g.name())).mkString("[", ", ", "]"));
    line(y, 2, "failing: " + scale.grades().filter(Grade::failing).map(g -> quote(g.name())).mkString("[", ", ", "]"));
  }

  private static String cap(Optional<String> cap) {
    return cap.map(PlanWriter::quote).orElse("none");
  }

  private static void line(StringBuilder y, int indent, String text) {
    y.append("  ".repeat(indent)).append(text).append('\n');
  }

  private static String key(String text) {
    return quote(text);
  }

  /** Plain when that reads back as the same text, else double-quoted with escapes. */
  static String quote(String text) {
    if (text.equals("*")) {
      return "\"*\"";
    }
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        case '\r' -> q.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
              || Character.isSurrogate(c) && !validPair(text, i)) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static boolean validPair(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
