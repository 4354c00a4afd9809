package dev.epakit.rules.plan;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.GradingTable;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an {@link AssessmentPlan} as a whole and returns every finding at once: the grading table
 * is complete, free of conflicts and monotone, every overall grade is reachable, a failed method
 * fails overall unless the plan says otherwise, caps are passing grades of the overall scale,
 * windows are positive and end within the hard window, score bands rise and cover the score range,
 * method ids are unique and the effective dates are in order. {@link PlanCheckKind} lists every
 * finding with its code and severity.
 *
 * <p>The table checks enumerate every combination of method grades (the product of the scale
 * sizes; a plan of 6 methods of 5 grades has 15,625). Tables of more than {@value
 * #MAX_COMBINATIONS} combinations are reported as {@link PlanCheckKind#TABLE_TOO_LARGE} and not
 * enumerated. Findings about combinations are given for at most {@value #EXAMPLES} combinations of
 * a kind, followed by one finding that counts the rest.
 *
 * <p>Where a method fails and the plan does not let a failed method pass, the overall grade is the
 * lowest overall grade whatever the table says (as the journey rules decide it), so a table need
 * not list rows for failed methods.
 *
 * <p>Pure, stateless and thread-safe.
 */
public final class PlanCheck {

  /** The most combinations of method grades the table checks enumerate. */
  public static final int MAX_COMBINATIONS = 1_000_000;

  /** The most combinations reported individually for one kind of finding. */
  public static final int EXAMPLES = 10;

  private PlanCheck() {}

  /**
   * Checks a plan.
   *
   * @param plan the plan, not {@code null}
   * @return every finding, in the order of the plan's parts (methods, overall scale, grading table,
   *     policy, dates, source); empty when the plan is sound
   */
  public static List<PlanFinding> check(AssessmentPlan plan) {
    java.util.List<PlanFinding> findings = new ArrayList<>();
    checkMethods(plan, findings);
    if (plan.overallScale().lowest().passing()) {
      findings.add(PlanFinding.of(PlanCheckKind.OVERALL_NO_FAILING_GRADE, "overall.grades",
          "the overall scale " + plan.overallScale() + " has no failing grade for a failed EPA"));
    }
    new TableCheck(plan, findings).run();
    checkPolicy(plan, findings);
    if (plan.effectiveTo().isPresent() && plan.effectiveTo().get().isBefore(plan.effectiveFrom())) {
      findings.add(PlanFinding.of(PlanCheckKind.EFFECTIVE_ORDER, "effective.to",
          "the plan ends on " + plan.effectiveTo().get() + ", before it starts on " + plan.effectiveFrom()));
    }
    if (plan.source().isBlank()) {
      findings.add(PlanFinding.of(PlanCheckKind.SOURCE_MISSING, "source",
          "the plan cites no source: name the published assessment plan it encodes"));
    }
    return List.ofAll(findings);
  }

  private static void checkMethods(AssessmentPlan plan, java.util.List<PlanFinding> findings) {
    Set<MethodId> seen = new HashSet<>();
    for (int i = 0; i < plan.methods().size(); i++) {
      AssessmentMethod method = plan.methods().get(i);
      if (!seen.add(method.id())) {
        findings.add(PlanFinding.of(PlanCheckKind.METHOD_DUPLICATE_ID, "methods[" + i + "].id",
            "method id '" + method.id() + "' is used by an earlier method"));
      }
      if (method.bands().isPresent()) {
        checkBands(method, method.bands().get(), "methods[" + i + "].bands", findings);
      }
    }
  }

  private static void checkBands(AssessmentMethod method, ScoreBands bands, String path,
      java.util.List<PlanFinding> findings) {
    List<ScoreBands.Band> list = bands.bands();
    if (!bands.scale().equals(method.scale()) || list.size() != method.scale().size()) {
      findings.add(PlanFinding.of(PlanCheckKind.BANDS_COVERAGE, path,
          "the score bands of '" + method.id() + "' do not give one band to each grade of " + method.scale()));
      return;
    }
    if (list.head().from() != 0) {
      findings.add(PlanFinding.of(PlanCheckKind.BANDS_COVERAGE, path,
          "the score bands of '" + method.id() + "' start at " + list.head().from() + ", not 0"));
    }
    for (int r = 1; r < list.size(); r++) {
      ScoreBands.Band band = list.get(r);
      if (band.from() <= list.get(r - 1).from()) {
        findings.add(PlanFinding.of(PlanCheckKind.BANDS_ORDER, path,
            "the band of '" + band.grade() + "' starts at " + band.from() + ", not above that of '"
                + list.get(r - 1).grade() + "' (" + list.get(r - 1).from() + ")"));
      }
      if (band.from() > bands.maximum()) {
        findings.add(PlanFinding.of(PlanCheckKind.BANDS_COVERAGE, path,
            "the band of '" + band.grade() + "' starts at " + band.from() + ", above the maximum score "
                + bands.maximum()));
      }
    }
  }

  private static void checkPolicy(AssessmentPlan plan, java.util.List<PlanFinding> findings) {
    ResitRetakePolicy policy = plan.policy();
    checkCap(plan.overallScale(), policy.resitCap(), "policy.resitCap", "resit", findings);
    checkCap(plan.overallScale(), policy.retakeCap(), "policy.retakeCap", "retake", findings);
    boolean positive = true;
    positive &= checkPositive(policy.resitWindow(), "policy.resitWindow", "resit window", findings);
    positive &= checkPositive(policy.retakeWindow(), "policy.retakeWindow", "retake window", findings);
    if (policy.hardWindow().isPresent()) {
      positive &= checkPositive(policy.hardWindow().get(), "policy.hardWindow", "hard window", findings);
    }
    checkPositive(policy.retentionPeriod(), "policy.retentionPeriod", "retention period", findings);
    if (positive && policy.hardWindow().isPresent()) {
      Period hard = policy.hardWindow().get();
      checkWithin(policy.resitWindow(), hard, "policy.resitWindow", "resit window", findings);
      checkWithin(policy.retakeWindow(), hard, "policy.retakeWindow", "retake window", findings);
    }
    int methods = plan.methods().size();
    policy.wholeEpaWhenMoreThanFailed().filter(n -> n >= methods).ifPresent(n ->
        findings.add(PlanFinding.of(PlanCheckKind.POLICY_WHOLE_EPA_NEVER, "policy.wholeEpaWhenMoreThanFailed",
            "the whole EPA is taken again when more than " + n + " methods fail, but the plan has only "
                + methods + ": this never happens")));
  }

  private static void checkCap(GradeScale overall, Optional<String> cap, String path, String what,
      java.util.List<PlanFinding> findings) {
    if (cap.isEmpty()) {
      return;
    }
    var grade = overall.find(cap.get());
    if (grade.isEmpty()) {
      findings.add(PlanFinding.of(PlanCheckKind.POLICY_CAP_GRADE, path,
          "the " + what + " cap '" + cap.get() + "' is not an overall grade; expected one of " + overall.names()));
    } else if (grade.get().failing()) {
      findings.add(PlanFinding.of(PlanCheckKind.POLICY_CAP_NOT_PASSING, path,
          "the " + what + " cap '" + grade.get() + "' is a failing grade: a " + what + " could never pass"));
    } else if (grade.get().equals(overall.highest())) {
      findings.add(PlanFinding.of(PlanCheckKind.POLICY_CAP_HIGHEST, path,
          "the " + what + " cap '" + grade.get() + "' is the highest overall grade, so it caps nothing: write none"));
    }
  }

  private static boolean checkPositive(Period period, String path, String what, java.util.List<PlanFinding> findings) {
    if (period.isZero() || period.isNegative()) {
      findings.add(PlanFinding.of(PlanCheckKind.POLICY_WINDOW_NOT_POSITIVE, path,
          "the " + what + " (" + Durations.describe(period) + ") must be longer than zero"));
      return false;
    }
    return true;
  }

  /** Months differ in length, so compare the two windows from every start day of two years. */
  private static void checkWithin(Period window, Period hard, String path, String what,
      java.util.List<PlanFinding> findings) {
    // a leap year and a common year hold every combination of day of month and month length
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int d = 0; d < 366 + 365; d++) {
      LocalDate from = start.plusDays(d);
      if (from.plus(window).isAfter(from.plus(hard))) {
        findings.add(PlanFinding.of(PlanCheckKind.POLICY_WINDOW_BEYOND_HARD, path,
            "the " + what + " of " + Durations.describe(window) + " can end after the hard window of "
                + Durations.describe(hard) + " (for an outcome notified on " + from + ": "
                + from.plus(window) + " is after " + from.plus(hard) + ")"));
        return;
      }
    }
  }

  /** The table checks, over every combination of method grades. */
  private static final class TableCheck {
    private static final int GAP = -1;
    private static final int CONFLICT = -2;

    private final AssessmentPlan plan;
    private final java.util.List<PlanFinding> findings;
    private final io.vavr.collection.IndexedSeq<AssessmentMethod> methods;
    private final io.vavr.collection.IndexedSeq<GradingTable.Row> rows;
    private final int[] sizes;
    private final boolean[][] failing;
    private final int[] rowRank;
    private final boolean[] rowPassing;

    TableCheck(AssessmentPlan plan, java.util.List<PlanFinding> findings) {
      this.plan = plan;
      this.findings = findings;
      this.methods = plan.methods().toVector();
      this.rows = plan.grading().rows().toVector();
      this.sizes = methods.map(m -> m.scale().size()).toJavaStream().mapToInt(Integer::intValue).toArray();
      this.failing = new boolean[sizes.length][];
      for (int m = 0; m < sizes.length; m++) {
        GradeScale scale = methods.get(m).scale();
        failing[m] = new boolean[sizes[m]];
        for (int g = 0; g < sizes[m]; g++) {
          failing[m][g] = scale.get(g).failing();
        }
      }
      this.rowRank = rows.toJavaStream().mapToInt(r -> r.overall().rank()).toArray();
      this.rowPassing = new boolean[rowRank.length];
      for (int r = 0; r < rowRank.length; r++) {
        rowPassing[r] = rows.get(r).overall().passing();
      }
    }

    void run() {
      long total = 1;
      for (int size : sizes) {
        total *= size;
        if (total > MAX_COMBINATIONS) {
          findings.add(PlanFinding.of(PlanCheckKind.TABLE_TOO_LARGE, "methods",
              "the methods' grades combine in more than " + MAX_COMBINATIONS + " ways: too many to check"));
          return;
        }
      }
      int n = (int) total;
      int rowCount = rows.size();
      // rowsMatching[m][g]: the rows whose cell for method m matches grade g, as a bit set
      int words = (rowCount + 63) >>> 6;
      long[][][] rowsMatching = new long[sizes.length][][];
      for (int m = 0; m < sizes.length; m++) {
        rowsMatching[m] = new long[sizes[m]][words];
        for (int g = 0; g < sizes[m]; g++) {
          for (int r = 0; r < rowCount; r++) {
            if (rows.get(r).cells().get(m).matches(methods.get(m).scale().get(g))) {
              rowsMatching[m][g][r >>> 6] |= 1L << r;
            }
          }
        }
      }
      // prefix[m + 1]: the rows matching the grades of methods 0..m of the current combination
      long[][] prefix = new long[sizes.length + 1][words];
      for (int r = 0; r < rowCount; r++) {
        prefix[0][r >>> 6] |= 1L << r;
      }
      int[] previous = new int[sizes.length];
      java.util.Arrays.fill(previous, -1);
      int[] table = new int[n];
      int[] decidingRow = new int[n];
      int[] effective = new int[n];
      boolean[] rowShared = new boolean[rowCount];
      boolean[] rowDecides = new boolean[rowCount];
      int[] rowFailedPass = new int[rowCount];
      java.util.Arrays.fill(rowFailedPass, -1);
      java.util.Map<Long, int[]> conflicts = new java.util.LinkedHashMap<>();
      int fail = plan.overallScale().lowest().rank();
      boolean failedFails = !plan.failedMethodMayPass();
      boolean failedEverPasses = false;
      int[] grades = new int[sizes.length];
      int[] matching = new int[rowCount];
      for (int c = 0; c < n; c++) {
        decode(c, grades);
        int changed = 0;
        while (changed < grades.length && grades[changed] == previous[changed]) {
          changed++;
        }
        for (int m = changed; m < grades.length; m++) {
          long[] from = prefix[m];
          long[] by = rowsMatching[m][grades[m]];
          long[] to = prefix[m + 1];
          for (int w = 0; w < words; w++) {
            to[w] = from[w] & by[w];
          }
          previous[m] = grades[m];
        }
        int count = 0;
        long[] matched = prefix[grades.length];
        for (int w = 0; w < words; w++) {
          long bitsLeft = matched[w];
          while (bitsLeft != 0) {
            matching[count++] = (w << 6) + Long.numberOfTrailingZeros(bitsLeft);
            bitsLeft &= bitsLeft - 1;
          }
        }
        boolean anyFailed = anyFailed(grades);
        int result = GAP;
        decidingRow[c] = count == 0 ? -1 : matching[0];
        for (int k = 0; k < count; k++) {
          int r = matching[k];
          int given = rowRank[r];
          if (result == GAP) {
            result = given;
          } else if (result >= 0 && given != result) {
            result = CONFLICT;
          }
          if (anyFailed && rowPassing[r]) {
            failedEverPasses = true;
            if (failedFails && rowFailedPass[r] < 0) {
              rowFailedPass[r] = c;
            }
          }
        }
        if (result == CONFLICT) {
          for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
              int ra = matching[a];
              int rb = matching[b];
              if (rowRank[ra] != rowRank[rb]) {
                int first = c;
                conflicts.computeIfAbsent(((long) ra << 32) | rb, k -> new int[] {first, 0})[1]++;
              }
            }
          }
        }
        table[c] = result;
        if (count == 1) {
          rowDecides[matching[0]] = true;
        } else if (result >= 0) {
          for (int k = 0; k < count; k++) {
            rowShared[matching[k]] = true;
          }
        }
        effective[c] = failedFails && anyFailed ? fail : result;
      }
      reportConflicts(conflicts);
      reportFailedPasses(rowFailedPass);
      if (plan.failedMethodMayPass() && !failedEverPasses && hasFailingMethodGrade()) {
        findings.add(PlanFinding.of(PlanCheckKind.TABLE_FAILED_METHOD_MAY_PASS_UNUSED, "failedMethodMayPass",
            "the plan lets a failed method pass, but no row gives a passing grade when a method fails"));
      }
      reportGaps(effective);
      reportNotMonotone(effective, decidingRow);
      reportUnreachable(effective);
      for (int r = 0; r < rowCount; r++) {
        if (!rowDecides[r] && rowShared[r] && !rowInConflict(r, conflicts)) {
          findings.add(PlanFinding.of(PlanCheckKind.TABLE_REDUNDANT_ROW, "grading[" + r + "]",
              "row grading[" + r + "] (" + rows.get(r) + ") decides nothing: other rows give the same grade for every combination it matches"));
        }
      }
    }

    private static boolean rowInConflict(int r, java.util.Map<Long, int[]> conflicts) {
      for (Long key : conflicts.keySet()) {
        if ((int) (key >>> 32) == r || (int) (long) key == r) {
          return true;
        }
      }
      return false;
    }

    private boolean hasFailingMethodGrade() {
      return methods.exists(m -> m.scale().lowest().failing());
    }

    private void reportConflicts(java.util.Map<Long, int[]> conflicts) {
      for (var e : conflicts.entrySet()) {
        int ra = (int) (e.getKey() >>> 32);
        int rb = (int) (long) e.getKey();
        int c = e.getValue()[0];
        int count = e.getValue()[1];
        findings.add(new PlanFinding(PlanCheckKind.TABLE_CONFLICT, "grading[" + rb + "]", combination(c),
            "grading[" + ra + "] gives " + rows.get(ra).overall() + " but grading[" + rb + "] gives "
                + rows.get(rb).overall() + " for " + describe(c)
                + (count > 1 ? " (and " + (count - 1) + " more combination" + (count > 2 ? "s" : "") + ")" : "")));
      }
    }

    private void reportFailedPasses(int[] rowFailedPass) {
      for (int r = 0; r < rowFailedPass.length; r++) {
        int c = rowFailedPass[r];
        if (c >= 0) {
          findings.add(new PlanFinding(PlanCheckKind.TABLE_FAILED_METHOD_PASSES, "grading[" + r + "]", combination(c),
              "grading[" + r + "] gives " + rows.get(r).overall() + " for " + describe(c)
                  + ", where a method failed; a failed method fails overall unless the plan sets failedMethodMayPass"));
        }
      }
    }

    private void reportGaps(int[] effective) {
      int reported = 0;
      int more = 0;
      for (int c = 0; c < effective.length; c++) {
        if (effective[c] == GAP) {
          if (reported < EXAMPLES) {
            findings.add(new PlanFinding(PlanCheckKind.TABLE_GAP, "grading", combination(c),
                "no row gives an overall grade for " + describe(c)));
            reported++;
          } else {
            more++;
          }
        }
      }
      if (more > 0) {
        findings.add(PlanFinding.of(PlanCheckKind.TABLE_GAP, "grading",
            "and " + more + " more combination" + (more > 1 ? "s" : "") + " with no overall grade"));
      }
    }

    private void reportNotMonotone(int[] effective, int[] decidingRow) {
      int reported = 0;
      int more = 0;
      Set<Long> rowPairs = new HashSet<>();
      int[] grades = new int[sizes.length];
      for (int c = 0; c < effective.length; c++) {
        if (effective[c] < 0) {
          continue;
        }
        decode(c, grades);
        int stride = 1;
        for (int m = sizes.length - 1; m >= 0; m--) {
          if (grades[m] + 1 < sizes[m]) {
            int better = c + stride;
            if (effective[better] >= 0 && effective[better] < effective[c]) {
              long pair = ((long) decidingRow[c] << 32) | (decidingRow[better] & 0xffffffffL);
              if (!rowPairs.add(pair)) {
                // the same two rows again: one finding per pair of rows is enough
              } else if (reported < EXAMPLES) {
                int row = decidingRow[better];
                findings.add(new PlanFinding(PlanCheckKind.TABLE_NOT_MONOTONE,
                    row >= 0 ? "grading[" + row + "]" : "grading", combination(better),
                    "raising " + methods.get(m).id() + " from " + grade(m, grades[m]) + " to " + grade(m, grades[m] + 1)
                        + " lowers the overall grade from " + overall(effective[c]) + " to " + overall(effective[better])
                        + " (" + describe(c) + " gives " + overall(effective[c]) + ", " + describe(better) + " gives "
                        + overall(effective[better]) + ")"));
                reported++;
              } else {
                more++;
              }
            }
          }
          stride *= sizes[m];
        }
      }
      if (more > 0) {
        findings.add(PlanFinding.of(PlanCheckKind.TABLE_NOT_MONOTONE, "grading",
            "and " + more + " more place" + (more > 1 ? "s" : "") + " where a better method grade gives a worse overall grade"));
      }
    }

    private void reportUnreachable(int[] effective) {
      boolean[] reached = new boolean[plan.overallScale().size()];
      for (int e : effective) {
        if (e >= 0) {
          reached[e] = true;
        }
      }
      for (int g = 0; g < reached.length; g++) {
        if (!reached[g]) {
          findings.add(PlanFinding.of(PlanCheckKind.TABLE_UNREACHABLE_GRADE, "overall.grades[" + g + "]",
              "no combination of method grades gives the overall grade " + plan.overallScale().get(g)));
        }
      }
    }

    private boolean anyFailed(int[] grades) {
      for (int m = 0; m < grades.length; m++) {
        if (failing[m][grades[m]]) {
          return true;
        }
      }
      return false;
    }

    /** Mixed radix, the last method varying fastest, so combinations come in table order. */
    private void decode(int c, int[] grades) {
      for (int m = sizes.length - 1; m >= 0; m--) {
        grades[m] = c % sizes[m];
        c /= sizes[m];
      }
    }

    private Grade grade(int method, int rank) {
      return methods.get(method).scale().get(rank);
    }

    private Grade overall(int rank) {
      return plan.overallScale().get(rank);
    }

    private Map<MethodId, Grade> combination(int c) {
      int[] grades = new int[sizes.length];
      decode(c, grades);
      Map<MethodId, Grade> map = LinkedHashMap.empty();
      for (int m = 0; m < sizes.length; m++) {
        map = map.put(methods.get(m).id(), grade(m, grades[m]));
      }
      return map;
    }

    private String describe(int c) {
      return combination(c).map(t -> t._1 + " " + t._2).mkString(", ");
    }
  }
}
