package dev.epakit.core.plan;

import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Standard;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment plan at one version of a standard: its assessment methods, their grade scales, the
 * overall grading table and the resit and retake policy. Rules vary by plan, so plans are data.
 *
 * <p>Construction checks the structure (methods exist and have unique ids, table cells name grades
 * of the right scales, caps name overall grades). Whether the table is complete, free of
 * conflicts and monotone is for the plan checks of {@code epa-rules}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(Standard)}.
 */
public final class AssessmentPlan {

  private final String title;
  private final Standard standard;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final List<AssessmentMethod> methods;
  private final List<MethodId> methodIds;
  private final GradeScale overallScale;
  private final GradingTable grading;
  private final boolean methodsInOrder;
  private final boolean failedMethodMayPass;
  private final ResitRetakePolicy policy;
  private final String source;

  private AssessmentPlan(Builder b, List<AssessmentMethod> methods, GradingTable grading) {
    this.title = b.title;
    this.standard = b.standard;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveTo = b.effectiveTo;
    this.methods = methods;
    this.methodIds = methods.map(AssessmentMethod::id);
    this.overallScale = b.overallScale;
    this.grading = grading;
    this.methodsInOrder = b.methodsInOrder;
    this.failedMethodMayPass = b.failedMethodMayPass;
    this.policy = b.policy;
    this.source = b.source;
  }

  /**
   * Starts a plan for a standard.
   *
   * @param standard the standard and version the plan is for
   * @return a new builder
   */
  public static Builder builder(Standard standard) {
    return new Builder(standard);
  }

  /** The plan's title, such as "Senior leader". @return the title, never blank */
  public String title() {
    return title;
  }

  /** The standard and version the plan is for. @return the standard */
  public Standard standard() {
    return standard;
  }

  /** The first day the plan is in force. @return the date */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The last day the plan is in force, empty while it has no end. @return the date or empty */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /** The assessment methods, in the plan's order. @return at least one method */
  public List<AssessmentMethod> methods() {
    return methods;
  }

  /** The method ids, in the plan's order. @return the ids */
  public List<MethodId> methodIds() {
    return methodIds;
  }

  /**
   * Finds a method by id.
   *
   * @param id the id, may be {@code null}
   * @return the method, or none
   */
  public Option<AssessmentMethod> method(MethodId id) {
    return methods.find(m -> m.id().equals(id));
  }

  /** The scale of the overall grade. @return the scale */
  public GradeScale overallScale() {
    return overallScale;
  }

  /** The overall grading table. @return the table */
  public GradingTable grading() {
    return grading;
  }

  /** Whether methods must be assessed in the plan's order. @return true when the order is fixed */
  public boolean methodsInOrder() {
    return methodsInOrder;
  }

  /**
   * Whether the plan lets a failed method still give an overall pass (the table decides). Almost
   * no plan does: by default a failed method means an overall fail.
   *
   * @return true when the plan says so
   */
  public boolean failedMethodMayPass() {
    return failedMethodMayPass;
  }

  /** The resit, retake, appeal and retention policy. @return the policy */
  public ResitRetakePolicy policy() {
    return policy;
  }

  /** The cap after a resit. @return the highest overall grade after a resit, or none */
  public Option<Grade> resitCap() {
    return Option.ofOptional(policy.resitCap()).flatMap(overallScale::find);
  }

  /** The cap after a retake. @return the highest overall grade after a retake, or none */
  public Option<Grade> retakeCap() {
    return Option.ofOptional(policy.retakeCap()).flatMap(overallScale::find);
  }

  /** The published plan this one encodes, such as an address or a citation. @return the source */
  public String source() {
    return source;
  }

  /**
   * Whether the plan is in force on a date.
   *
   * @param date the date
   * @return true between the effective dates, inclusive
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssessmentPlan p
        && title.equals(p.title)
        && standard.equals(p.standard)
        && effectiveFrom.equals(p.effectiveFrom)
        && effectiveTo.equals(p.effectiveTo)
        && methods.equals(p.methods)
        && overallScale.equals(p.overallScale)
        && grading.equals(p.grading)
        && methodsInOrder == p.methodsInOrder
        && failedMethodMayPass == p.failedMethodMayPass
        && policy.equals(p.policy)
        && source.equals(p.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standard, title, effectiveFrom, methods, grading, policy);
  }

  @Override
  public String toString() {
    return "AssessmentPlan[" + title + ", " + standard + ", methods " + methodIds().mkString(", ") + "]";
  }

  /**
   * Builds an {@link AssessmentPlan}. Not thread-safe; each setter returns the builder. Defaults:
   * title from the standard, in force from 2017-01-01 with no end, overall scale Fail/Pass/
   * Distinction, methods in any order, a failed method fails overall, {@link
   * ResitRetakePolicy#typical()}, no source.
   */
  public static final class Builder {
    private final Standard standard;
    private String title;
    private LocalDate effectiveFrom = LocalDate.of(2017, 1, 1);
    private Optional<LocalDate> effectiveTo = Optional.empty();
    private final java.util.List<AssessmentMethod> methods = new ArrayList<>();
    private GradeScale overallScale = GradeScale.failPassDistinction();
    private final java.util.List<java.util.List<String>> rows = new ArrayList<>();
    private boolean methodsInOrder;
    private boolean failedMethodMayPass;
    private ResitRetakePolicy policy = ResitRetakePolicy.typical();
    private String source = "";

    private Builder(Standard standard) {
      this.standard = Objects.requireNonNull(standard, "standard");
      this.title = standard.toString();
    }

    /** @param value the title @return this */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /** @param from first day in force @return this */
    public Builder effectiveFrom(LocalDate from) {
      this.effectiveFrom = Objects.requireNonNull(from, "from");
      return this;
    }

    /** @param to last day in force @return this */
    public Builder effectiveTo(LocalDate to) {
      this.effectiveTo = Optional.of(to);
      return this;
    }

    /** @param method the next method in the plan's order @return this */
    public Builder method(AssessmentMethod method) {
      methods.add(Objects.requireNonNull(method, "method"));
      return this;
    }

    /** @param scale the overall scale @return this */
    public Builder overallScale(GradeScale scale) {
      this.overallScale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Adds a grading-table row: one cell per method ({@code *}, a grade, or a grade followed by
     * {@code +}), then the overall grade.
     *
     * @param cells the cells
     * @return this
     */
    public Builder row(String... cells) {
      rows.add(java.util.List.of(cells));
      return this;
    }

    /** @param value whether methods must be taken in the plan's order @return this */
    public Builder methodsInOrder(boolean value) {
      this.methodsInOrder = value;
      return this;
    }

    /** @param value whether a failed method may give an overall pass @return this */
    public Builder failedMethodMayPass(boolean value) {
      this.failedMethodMayPass = value;
      return this;
    }

    /** @param value the resit and retake policy @return this */
    public Builder policy(ResitRetakePolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /** @param value the published plan this encodes @return this */
    public Builder source(String value) {
      this.source = Objects.requireNonNull(value, "source");
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan, or every structural problem found
     */
    public Validation<Seq<Problem>, AssessmentPlan> build() {
      List<Problem> problems = List.empty();
      if (title.isBlank()) {
        problems = problems.append(Problem.of("plan.title", "title", "a plan needs a title"));
      }
      if (methods.isEmpty()) {
        problems = problems.append(Problem.of("plan.no-methods", "methods", "a plan needs at least one assessment method"));
      }
      List<AssessmentMethod> ms = List.ofAll(methods);
      for (MethodId id : ms.map(AssessmentMethod::id).groupBy(x -> x).filter(e -> e._2.size() > 1).keySet()) {
        problems = problems.append(Problem.of("plan.duplicate-method", "methods", "method id '" + id + "' is used twice"));
      }
      for (var cap : List.of(policy.resitCap(), policy.retakeCap()).flatMap(Option::ofOptional).distinct()) {
        if (overallScale.find(cap).isEmpty()) {
          problems = problems.append(Problem.of("plan.cap-grade", "policy.cap",
              "the cap '" + cap + "' is not an overall grade; expected one of " + overallScale.names()));
        }
      }
      Validation<Seq<Problem>, GradingTable> table = GradingTable.parse(ms, overallScale, rows);
      if (table.isInvalid()) {
        problems = problems.appendAll(table.getError());
      }
      return problems.isEmpty()
          ? Validation.valid(new AssessmentPlan(this, ms, table.get()))
          : Validation.invalid(problems);
    }

    /**
     * Builds a plan from trusted constants.
     *
     * @return the plan
     * @throws IllegalArgumentException listing every problem when the plan is malformed
     */
    public AssessmentPlan buildOrThrow() {
      Validation<Seq<Problem>, AssessmentPlan> plan = build();
      if (plan.isInvalid()) {
        throw new IllegalArgumentException(plan.getError().mkString("; "));
      }
      return plan.get();
    }
  }
}
