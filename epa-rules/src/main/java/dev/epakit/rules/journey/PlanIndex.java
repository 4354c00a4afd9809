package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.GradePattern;
import dev.epakit.core.plan.GradingTable;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the journey rules read from a plan, worked out once per plan: methods by position, each
 * method's grades by rank, the grading table as rank ranges, the caps as ranks and the policy's
 * values unboxed. Method positions follow the plan's order.
 *
 * <p>Immutable and thread-safe. {@link #of(AssessmentPlan)} keeps the indexes of the plans used
 * most recently (weakly: an index, and its plan, go once no journey holds them), so replaying many
 * journeys of one plan indexes it once.
 */
final class PlanIndex {

  /** Cache slots, chosen by the plan's identity hash; a plan that loses its slot is indexed again. */
  private static final int SLOTS = 16;

  /** Held weakly, so that a plan no journey uses any more can go. */
  private static final AtomicReferenceArray<WeakReference<PlanIndex>> RECENT = new AtomicReferenceArray<>(SLOTS);

  /** Marks no rank: a cap, a grade or an overall grade that is not there. */
  static final int NO_RANK = -1;

  /** Marks no limit in the policy's optional counts. */
  static final int NO_LIMIT = -1;

  final AssessmentPlan plan;
  final MethodId[] ids;
  final AssessmentMethod[] methods;
  /** Per method, its scale's grades by rank. */
  final Grade[][] grades;
  /** Per method, the first score of each band, or null for a graded method. */
  final int[][] bandFrom;
  /** Per method, the grade rank of each band, or null for a graded method. */
  final int[][] bandRank;
  /** Per method, the highest score, for a scored method. */
  final int[] maximum;
  final Grade[] overall;
  /** Grading table: for each row and method, the lowest and highest rank its cell matches. */
  final int[][] rowLow;
  final int[][] rowHigh;
  final int[] rowOverall;
  final int resitCap;
  final int retakeCap;
  final boolean methodsInOrder;
  final boolean failedMethodMayPass;
  final ResitRetakePolicy policy;
  final Period hardWindow;
  final int wholeEpaWhenMoreThanFailed;
  final int attemptLimit;
  final LocalDate effectiveFrom;
  final LocalDate effectiveTo;

  private PlanIndex(AssessmentPlan plan) {
    this.plan = plan;
    int n = plan.methods().size();
    ids = new MethodId[n];
    methods = new AssessmentMethod[n];
    grades = new Grade[n][];
    bandFrom = new int[n][];
    bandRank = new int[n][];
    maximum = new int[n];
    int i = 0;
    for (AssessmentMethod m : plan.methods()) {
      ids[i] = m.id();
      methods[i] = m;
      grades[i] = m.scale().grades().toJavaArray(Grade[]::new);
      if (m.bands().isPresent()) {
        ScoreBands b = m.bands().get();
        maximum[i] = b.maximum();
        bandFrom[i] = b.bands().map(ScoreBands.Band::from).toJavaStream().mapToInt(Integer::intValue).toArray();
        bandRank[i] = b.bands().map(x -> x.grade().rank()).toJavaStream().mapToInt(Integer::intValue).toArray();
      }
      i++;
    }
    overall = plan.overallScale().grades().toJavaArray(Grade[]::new);
    GradingTable table = plan.grading();
    int rows = table.rows().size();
    rowLow = new int[rows][];
    rowHigh = new int[rows][];
    rowOverall = new int[rows];
    int r = 0;
    for (GradingTable.Row row : table.rows()) {
      rowLow[r] = new int[row.cells().size()];
      rowHigh[r] = new int[row.cells().size()];
      int c = 0;
      for (GradePattern cell : row.cells()) {
        if (cell instanceof GradePattern.Exactly e) {
          rowLow[r][c] = e.grade().rank();
          rowHigh[r][c] = e.grade().rank();
        } else if (cell instanceof GradePattern.AtLeast a) {
          rowLow[r][c] = a.grade().rank();
          rowHigh[r][c] = Integer.MAX_VALUE;
        } else {
          rowLow[r][c] = Integer.MIN_VALUE;
          rowHigh[r][c] = Integer.MAX_VALUE;
        }
        c++;
      }
      rowOverall[r] = row.overall().rank();
      r++;
    }
    resitCap = plan.resitCap().map(Grade::rank).getOrElse(NO_RANK);
    retakeCap = plan.retakeCap().map(Grade::rank).getOrElse(NO_RANK);
    methodsInOrder = plan.methodsInOrder();
    failedMethodMayPass = plan.failedMethodMayPass();
    policy = plan.policy();
    hardWindow = policy.hardWindow().orElse(null);
    wholeEpaWhenMoreThanFailed = policy.wholeEpaWhenMoreThanFailed().orElse(NO_LIMIT);
    attemptLimit = policy.attemptLimit().orElse(NO_LIMIT);
    effectiveFrom = plan.effectiveFrom();
    effectiveTo = plan.effectiveTo().orElse(LocalDate.MAX);
  }

  /**
   * The index of a plan, from the cache when the plan was indexed recently.
   *
   * @param plan the plan, not {@code null}
   * @return its index
   */
  static PlanIndex of(AssessmentPlan plan) {
    int slot = System.identityHashCode(plan) & (SLOTS - 1);
    WeakReference<PlanIndex> recent = RECENT.get(slot);
    PlanIndex cached = recent == null ? null : recent.get();
    if (cached != null && cached.plan == plan) {
      return cached;
    }
    PlanIndex fresh = new PlanIndex(plan);
    RECENT.set(slot, new WeakReference<>(fresh));
    return fresh;
  }

  /** @return the number of methods */
  int size() {
    return ids.length;
  }

  /**
   * The position of a method in the plan.
   *
   * @param id a method id
   * @return its position, or -1 when the plan has no such method
   */
  int position(MethodId id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i].equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The rank of the grade a mark gives for a method: the same answer as {@link
   * Grading#resolve}, without its problems.
   *
   * @param method the method's position, or -1
   * @param mark the mark
   * @return the rank, or {@link #NO_RANK} when the mark gives no grade
   */
  int rank(int method, Mark mark) {
    if (method < 0) {
      return NO_RANK;
    }
    if (mark instanceof Mark.Scored s) {
      int[] from = bandFrom[method];
      if (from == null || s.score() < 0 || s.score() > maximum[method]) {
        return NO_RANK;
      }
      int found = NO_RANK;
      for (int b = 0; b < from.length; b++) {
        if (from[b] <= s.score()) {
          found = bandRank[method][b];
        }
      }
      return found;
    }
    return rankNamed(method, ((Mark.Graded) mark).grade());
  }

  /**
   * The rank of a grade of a method's scale, by name.
   *
   * @param method the method's position
   * @param name the name, matched as {@link Grade#isNamed} does
   * @return the rank, or {@link #NO_RANK}
   */
  int rankNamed(int method, String name) {
    Grade[] scale = grades[method];
    for (Grade g : scale) {
      if (g.name().equals(name)) {
        return g.rank(); // the usual case, and names are unique ignoring case
      }
    }
    for (Grade g : scale) {
      if (g.isNamed(name)) {
        return g.rank();
      }
    }
    return NO_RANK;
  }

  /** @return whether a method's grade of this rank is failing */
  boolean failing(int method, int rank) {
    return !grades[method][rank].passing();
  }

  /**
   * The overall grade the table gives for method grades: the one every matching row agrees on.
   *
   * @param ranks one rank per method
   * @return the overall rank, or {@link #NO_RANK} when no row matches or rows disagree
   */
  int tableRank(int[] ranks) {
    return tableRank(ranks, -1);
  }

  /**
   * The overall grade the table gives for method grades packed with other bits: a method's rank is
   * {@code (values[m] & mask) - 1} when the mask is not -1, else {@code values[m]}.
   */
  int tableRank(int[] values, int mask) {
    int found = NO_RANK;
    rows:
    for (int r = 0; r < rowOverall.length; r++) {
      int[] low = rowLow[r];
      if (low.length != values.length) {
        continue;
      }
      int[] high = rowHigh[r];
      for (int m = 0; m < values.length; m++) {
        int rank = mask == -1 ? values[m] : (values[m] & mask) - 1;
        if (rank < low[m] || rank > high[m]) {
          continue rows;
        }
      }
      if (found == NO_RANK) {
        found = rowOverall[r];
      } else if (found != rowOverall[r]) {
        return NO_RANK;
      }
    }
    return found;
  }

  /**
   * The cap after a further attempt of a kind.
   *
   * @param kind the kind, or null for the first attempt
   * @return the cap's rank, or {@link #NO_RANK}
   */
  int cap(AttemptKind kind) {
    if (kind == null) {
      return NO_RANK;
    }
    return kind == AttemptKind.RESIT ? resitCap : retakeCap;
  }

  /** @return the resit or retake window */
  Period window(AttemptKind kind) {
    return kind == AttemptKind.RESIT ? policy.resitWindow() : policy.retakeWindow();
  }

  /** @return whether the plan is in force on a date, as {@link AssessmentPlan#inForceOn} */
  boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && !date.isAfter(effectiveTo);
  }
}
