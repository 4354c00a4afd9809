package dev.epakit.cli.plan;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.GradePattern;
import dev.epakit.core.plan.GradingTable;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.io.plan.DurationText;
import dev.epakit.rules.plan.PlanCheck;
import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.Optional;

/** A plan in plain words, for a reviewer who reads the file's meaning rather than its syntax. */
final class PlanExplanation {

  private PlanExplanation() {}

  static String explain(AssessmentPlan plan) {
    StringBuilder s = new StringBuilder();
    s.append(plan.title()).append('\n');
    s.append("Standard ").append(plan.standard()).append(", in force from ").append(plan.effectiveFrom())
        .append(plan.effectiveTo().map(to -> " to " + to).orElse(" with no end date")).append(".\n");
    if (!plan.source().isBlank()) {
      s.append("Source: ").append(plan.source()).append('\n');
    }
    s.append('\n').append("Assessment methods").append(plan.methodsInOrder() ? ", taken in this order:" : ", taken in any order:").append('\n');
    int i = 1;
    for (AssessmentMethod m : plan.methods()) {
      s.append("  ").append(i++).append(". ").append(m.name()).append(" (").append(m.id()).append(")\n");
      s.append("     grades, lowest first: ").append(scale(m.scale())).append('\n');
      m.bands().ifPresent(b -> s.append("     scores out of ").append(b.maximum()).append(": ").append(bands(b)).append('\n'));
    }
    s.append('\n').append("Overall grades, lowest first: ").append(scale(plan.overallScale())).append('\n');
    s.append(plan.failedMethodMayPass()
        ? "A failed method does not by itself fail the EPA: the grading table decides.\n"
        : "A failed method fails the EPA overall (" + plan.overallScale().lowest() + "), whatever the other grades.\n");
    s.append('\n').append("Grading table as written:\n");
    List<GradingTable.Row> rows = plan.grading().rows();
    for (int r = 0; r < rows.size(); r++) {
      s.append("  grading[").append(r).append("]: ").append(row(plan, rows.get(r))).append('\n');
    }
    combinations(plan, s);
    s.append('\n').append("Resits and retakes:\n");
    policy(plan, s);
    return s.toString();
  }

  private static String scale(GradeScale scale) {
    return scale.grades().map(g -> g.name() + (g.failing() ? " (fails)" : "")).mkString(", ");
  }

  private static String bands(ScoreBands bands) {
    List<ScoreBands.Band> list = bands.bands();
    List<String> parts = List.empty();
    for (int i = 0; i < list.size(); i++) {
      int to = i + 1 < list.size() ? list.get(i + 1).from() - 1 : bands.maximum();
      parts = parts.append(list.get(i).grade() + " " + list.get(i).from() + "-" + to);
    }
    return parts.mkString(", ");
  }

  private static String row(AssessmentPlan plan, GradingTable.Row row) {
    java.util.List<String> conditions = new ArrayList<>();
    for (int m = 0; m < row.cells().size(); m++) {
      GradePattern cell = row.cells().get(m);
      String id = plan.methods().get(m).id().value();
      if (cell instanceof GradePattern.Exactly e) {
        conditions.add(id + " " + e.grade());
      } else if (cell instanceof GradePattern.AtLeast a) {
        conditions.add(id + " " + a.grade() + (a.grade().equals(plan.methods().get(m).scale().highest()) ? "" : " or better"));
      }
    }
    return (conditions.isEmpty() ? "whatever the method grades" : "when " + String.join(" and ", conditions))
        + ", the overall grade is " + row.overall();
  }

  private static void combinations(AssessmentPlan plan, StringBuilder s) {
    List<AssessmentMethod> methods = plan.methods();
    long total = methods.map(m -> (long) m.scale().size()).fold(1L, (a, b) -> a * b);
    s.append('\n').append("Every combination of method grades (").append(total).append("):\n");
    if (total > PlanCheck.MAX_COMBINATIONS) {
      s.append("  too many to list\n");
      return;
    }
    java.util.List<String> header = new ArrayList<>();
    methods.forEach(m -> header.add(m.id().value()));
    header.add("overall");
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length();
      if (c < methods.size()) {
        for (Grade g : methods.get(c).scale().grades()) {
          widths[c] = Math.max(widths[c], g.name().length());
        }
      }
    }
    line(s, header, widths, "");
    int[] ranks = new int[methods.size()];
    for (long n = 0; n < total; n++) {
      long k = n;
      for (int m = methods.size() - 1; m >= 0; m--) {
        int size = methods.get(m).scale().size();
        ranks[m] = (int) (k % size);
        k /= size;
      }
      List<Grade> grades = List.range(0, methods.size()).map(m -> methods.get(m).scale().get(ranks[m]));
      java.util.List<String> cells = new ArrayList<>();
      grades.forEach(g -> cells.add(g.name()));
      boolean failed = grades.exists(Grade::failing);
      List<GradingTable.Row> matching = plan.grading().matching(grades);
      String note;
      if (failed && !plan.failedMethodMayPass()) {
        cells.add(plan.overallScale().lowest().name());
        note = "a method failed";
      } else if (matching.isEmpty()) {
        cells.add("-");
        note = "no row gives a grade";
      } else if (matching.map(GradingTable.Row::overall).distinct().size() > 1) {
        cells.add("?");
        note = "rows disagree: " + rowNames(plan, matching);
      } else {
        cells.add(matching.head().overall().name());
        note = rowNames(plan, matching);
      }
      line(s, cells, widths, note);
    }
  }

  private static String rowNames(AssessmentPlan plan, List<GradingTable.Row> matching) {
    List<GradingTable.Row> rows = plan.grading().rows();
    return matching.map(r -> "grading[" + rows.indexOf(r) + "]").distinct().mkString(", ");
  }

  private static void line(StringBuilder s, java.util.List<String> cells, int[] widths, String note) {
    s.append("  ");
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      s.append(cell);
      if (c + 1 < cells.size() || !note.isEmpty()) {
        s.append(" ".repeat(Math.max(0, (c < widths.length ? widths[c] : 0) - cell.length()) + 2));
      }
    }
    if (!note.isEmpty()) {
      s.append("(").append(note).append(")");
    }
    s.append('\n');
  }

  private static void policy(AssessmentPlan plan, StringBuilder s) {
    ResitRetakePolicy p = plan.policy();
    bullet(s, "A resit (sitting failed methods again, without further training) is taken within "
        + DurationText.format(p.resitWindow()) + " of the failed outcome's notification.");
    bullet(s, "A retake (further training first, then the assessment again) is taken within "
        + DurationText.format(p.retakeWindow()) + " of the failed outcome's notification.");
    bullet(s, p.hardWindow()
        .map(h -> "Every method must be achieved within " + DurationText.format(h)
            + " of the first outcome's notification; otherwise the whole EPA is taken again.")
        .orElse("The plan sets no overall time limit for achieving every method."));
    bullet(s, p.wholeEpaWhenMoreThanFailed()
        .map(n -> "When more than " + n + " method" + (n == 1 ? "" : "s") + " fail, the whole EPA is taken again; otherwise only the failed methods.")
        .orElse("Only the failed methods are re-sat or re-taken."));
    bullet(s, capSentence("resit", p.resitCap()) + " " + capSentence("retake", p.retakeCap())
        + (p.resitCap().isPresent() || p.retakeCap().isPresent()
            ? (p.exceptionalCircumstancesLiftCap()
                ? " A cap does not apply when the EPAO determines there are exceptional circumstances."
                : " Exceptional circumstances do not lift a cap.")
            : ""));
    bullet(s, p.attemptLimit()
        .map(n -> "At most " + n + " resit" + (n == 1 ? " or retake" : "s and retakes") + " in all.")
        .orElse("The plan sets no limit on the number of resits and retakes."));
    if (p.employerAgreementRequired()) {
      bullet(s, "The employer must agree that a resit or retake is appropriate.");
    }
    if (p.feeConfirmationRequired()) {
      bullet(s, "Resit and retake fees are confirmed with the employer before booking.");
    }
    if (p.freshMaterialsRequired()) {
      bullet(s, "A resit or retake uses assessment materials the apprentice has not seen.");
    }
    bullet(s, "An appeal may be lodged within " + DurationText.format(p.appealPeriod()) + " of an outcome's notification.");
    bullet(s, "EPA records are kept for " + DurationText.format(p.retentionPeriod()) + " after the last event.");
  }

  private static String capSentence(String what, Optional<String> cap) {
    return cap.map(c -> "After a " + what + " the overall grade is capped at " + c + ".")
        .orElse("After a " + what + " the overall grade is not capped.");
  }

  private static void bullet(StringBuilder s, String text) {
    s.append("  - ").append(text).append('\n');
  }
}
