package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.AssessorFlag;
import dev.epakit.analysis.variance.AssessorVariance;
import dev.epakit.analysis.variance.ControlLimits;
import dev.epakit.analysis.variance.FlagBasis;
import dev.epakit.analysis.variance.FunnelAssessment;
import dev.epakit.analysis.variance.FunnelLimits;
import dev.epakit.analysis.variance.Overdispersion;
import dev.epakit.analysis.variance.OverdispersionAdjustment;
import dev.epakit.analysis.variance.PosteriorRate;
import dev.epakit.analysis.variance.VarianceReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-English reading of an assessor-variance analysis, fit to send to providers and
 * employers: what was looked at, what stands out, how sure we can be, and what it does not mean.
 * It states n and uncertainty, and describes pass rates as above or below an expected range,
 * never as an assessor's fault. Sentences are plain text; the HTML report escapes them.
 */
final class Findings {

  /** Below this adjusted p-value a grade distribution is said to differ from the others'. */
  static final double GRADE_Q = 0.05;

  private Findings() {}

  /** The summary paragraphs. */
  static List<String> summary(AssessorAnalysis a) {
    VarianceReport r = a.report;
    List<String> out = new ArrayList<>();
    int assessors = a.results.assessors().size();
    StringBuilder s = new StringBuilder("We looked at ").append(count(r.n(), "result"))
        .append(" graded by ").append(count(assessors, "assessor"));
    int standards = nonBlank(a.results.standards());
    int methods = nonBlank(a.results.methods());
    if (standards > 0 || methods > 0) {
      s.append(", covering ");
      if (standards > 0) {
        s.append(count(standards, "standard"));
      }
      if (standards > 0 && methods > 0) {
        s.append(" and ");
      }
      if (methods > 0) {
        s.append(count(methods, "assessment method"));
      }
    }
    if (a.results.firstDate().isPresent()) {
      s.append(", dated ").append(a.results.firstDate().get()).append(" to ")
          .append(a.results.lastDate().get());
    }
    s.append(". Overall ").append(String.format(Locale.ROOT, "%,d of %,d", r.passes(), r.n()))
        .append(" (").append(Output.percent(r.poolRate().orElse(0))).append(") were a pass.");
    out.add(s.toString());
    if (a.caseMix()) {
      out.add("Pass rates differ between standards and assessment methods, and assessors work on"
          + " different mixes of them. So each assessor is compared with the pass rate expected"
          + " for their own mix of work, not with the overall rate.");
    }
    out.add(rule(a));
    out.add(dispersion(a));
    List<String> few = new ArrayList<>();
    for (AssessorVariance v : a.byName()) {
      if (v.flag() == AssessorFlag.TOO_FEW) {
        few.add(a.assessorName(v.assessor()) + " (" + v.n() + ")");
      }
    }
    if (!few.isEmpty()) {
      out.add(count(few.size(), "assessor") + (few.size() == 1 ? " has" : " have") + " fewer than "
          + a.options.minimumN() + " results, too few to say anything about a pass rate, so "
          + (few.size() == 1 ? "it is" : "they are") + " not judged: " + String.join(", ", few) + ".");
    }
    long above = r.assessors().stream().filter(v -> v.flag() == AssessorFlag.GENEROUS).count();
    long below = r.assessors().stream().filter(v -> v.flag() == AssessorFlag.HARSH).count();
    if (above + below == 0) {
      out.add("No assessor's pass rate is outside the expected range.");
    } else {
      out.add(count(above, "assessor") + (above == 1 ? " has" : " have") + " a pass rate above the"
          + " expected range and " + below + (below == 1 ? " has" : " have")
          + " one below it. Each is described below.");
    }
    List<String> grades = new ArrayList<>();
    for (AssessorVariance v : a.byName()) {
      if (v.flag() == AssessorFlag.WITHIN && gradesDiffer(a, v)) {
        grades.add(a.assessorName(v.assessor()));
      }
    }
    if (!grades.isEmpty()) {
      out.add("The mix of grades given by " + String.join(", ", grades) + " (for example how many"
          + " merits and distinctions) differs from the other assessors' although "
          + (grades.size() == 1 ? "the pass rate is" : "their pass rates are")
          + " within range; see the grade distributions.");
    }
    return out;
  }

  /** One paragraph per assessor flagged above or below the range. */
  static List<String> flagged(AssessorAnalysis a) {
    List<String> out = new ArrayList<>();
    for (AssessorVariance v : a.byName()) {
      if (v.flag() == AssessorFlag.GENEROUS || v.flag() == AssessorFlag.HARSH) {
        out.add(flagged(a, v));
      }
    }
    return out;
  }

  static String flagged(AssessorAnalysis a, AssessorVariance v) {
    String name = a.assessorName(v.assessor());
    boolean above = v.flag() == AssessorFlag.GENEROUS;
    FunnelAssessment f = v.funnel().get();
    ControlLimits limits = f.limitsAt(a.options.levels().get(a.options.levels().size() - 1));
    StringBuilder s = new StringBuilder("Assessor ").append(name).append(" passed ")
        .append(v.passes()).append(" of ").append(count(v.n(), "result")).append(" (")
        .append(Output.percent(v.observedRate().orElse(0))).append("). ");
    s.append(a.caseMix() ? "For their mix of standards and methods about " : "About ")
        .append(Output.percent(f.expectedRate())).append(" would be expected, and chance alone"
            + " would keep an assessor with this many results between ")
        .append(Output.percent(limits.lower())).append(" and ").append(Output.percent(limits.upper()))
        .append(" (").append(FunnelCommand.levelName(limits.level())).append(" limits). ");
    if (v.shrinkage().isRight()) {
      PosteriorRate p = v.shrinkage().get();
      s.append("Allowing for uncertainty, their underlying pass rate is probably between ")
          .append(Output.percent(p.lower())).append(" and ").append(Output.percent(p.upper()))
          .append(". ");
    }
    if (gradesDiffer(a, v)) {
      s.append("Their mix of grades also differs from the other assessors'. ");
    }
    s.append(above
        ? "A pass rate above the expected range can come from generous grading, but also from the"
            + " apprentices this assessor happened to assess or from differences this analysis"
            + " cannot see."
        : "A pass rate below the expected range can come from harsh grading, but also from the"
            + " apprentices this assessor happened to assess or from differences this analysis"
            + " cannot see.");
    s.append(" It is a reason to look more closely, for example by moderating a sample of their"
        + " decisions, not a conclusion about the assessor.");
    return s.toString();
  }

  /** What the analysis cannot tell, with a worked example of chance at a typical n. */
  static String caveat(AssessorAnalysis a) {
    double theta = a.report.poolRate().orElse(0);
    StringBuilder s = new StringBuilder("This analysis counts results; it cannot see the evidence"
        + " behind them, and it treats each result as independent of the others.");
    if (theta > 0 && theta < 1) {
      ControlLimits l = FunnelLimits.of(a.options.funnelMethod(), theta, 30, 0.95);
      s.append(" Small numbers are uncertain: with an overall pass rate of ")
          .append(Output.percent(theta)).append(", an assessor with 30 results would pass anywhere"
              + " from ").append(Output.percent(l.lower())).append(" to ")
          .append(Output.percent(l.upper())).append(" of them by chance alone, one time in twenty"
              + " even further out.");
    }
    return s.toString();
  }

  /**
   * Whether to say in prose that an assessor's grade mix differs from the others'. Only without
   * case mix: the grade test compares raw distributions, and where standards use different grade
   * scales an assessor's mix of work alone would make their grades differ.
   */
  static boolean gradesDiffer(AssessorAnalysis a, AssessorVariance v) {
    return !a.caseMix() && v.gradeTest().isRight() && v.gradeQValue().isPresent()
        && v.gradeQValue().getAsDouble() < GRADE_Q && v.gradeTest().get().testedGrades().size() > 2;
  }

  /** How flags were decided, in words. */
  static String rule(AssessorAnalysis a) {
    if (a.options.flagBasis() == FlagBasis.ADJUSTED_P_VALUE) {
      return "An assessor's pass rate is marked as above or below the expected range when the"
          + " difference is unlikely to be chance, allowing for the number of assessors compared"
          + " (false discovery rate " + Output.fixed(1 - a.options.flagLevel(), 3).replaceAll("0+$", "")
          + ").";
    }
    return "An assessor's pass rate is marked as above or below the expected range only when it is"
        + " outside the range that chance alone would give " + FunnelCommand.levelName(a.options.flagLevel())
        + " of the time for an assessor with the same number of results and the same mix of work.";
  }

  static String dispersion(AssessorAnalysis a) {
    VarianceReport r = a.report;
    OverdispersionAdjustment kind = a.options.overdispersion();
    if (r.overdispersion().isLeft()) {
      return "With fewer than " + Overdispersion.MINIMUM_UNITS + " assessors to judge, we cannot"
          + " estimate how much assessors' pass rates naturally vary, so the range allows for"
          + " chance only.";
    }
    Overdispersion o = r.overdispersion().get();
    String phi = String.format(Locale.ROOT, "phi = %.2f", o.phi());
    if (o.phi() <= 1) {
      return "Assessors' pass rates vary no more than chance alone explains (" + phi + ").";
    }
    if (kind == OverdispersionAdjustment.NONE) {
      return "Assessors' pass rates vary more than chance alone explains (" + phi + "); as asked,"
          + " the range has not been widened for this, so more assessors may be marked.";
    }
    return "Assessors' pass rates vary more than chance alone explains (" + phi + "), as is usual"
        + " between people; the range has been widened for this, so that only clear differences"
        + " are marked.";
  }

  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static int nonBlank(List<String> names) {
    return (int) names.stream().filter(x -> !x.isEmpty()).count();
  }

  static String flagWord(AssessorFlag flag) {
    return switch (flag) {
      case GENEROUS -> "generous";
      case HARSH -> "harsh";
      case WITHIN -> "within";
      case TOO_FEW -> "too-few";
    };
  }

}
