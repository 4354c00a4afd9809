package dev.epakit.rules.journey;

import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.Explanation;
import dev.epakit.rules.Finding;
import dev.epakit.rules.Verdict;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/** Turns marks into grades and method grades into the overall grade, with its explanation. */
final class Grading {

  private Grading() {}

  /** The grade a mark gives for a method of the plan, or the problems with it. */
  static Validation<Seq<Problem>, Grade> resolve(AssessmentPlan plan, MethodId id, Mark mark) {
    Option<AssessmentMethod> method = plan.method(id);
    if (method.isEmpty()) {
      return Validation.invalid(List.of(Problem.of("method.unknown", "method",
          "'" + id + "' is not a method of this plan; expected one of " + plan.methodIds().mkString(", "))));
    }
    AssessmentMethod m = method.get();
    if (mark instanceof Mark.Scored s) {
      return m.bands().isPresent()
          ? m.bands().get().gradeFor(s.score())
          : Validation.invalid(List.of(Problem.of("mark.score-not-banded", "mark",
              "method '" + id + "' is graded, not scored: give a grade, one of " + m.scale().names())));
    }
    return m.scale().parse("mark", ((Mark.Graded) mark).grade());
  }

  /** The overall grade of the state's current attempt. */
  static OverallGrade overall(AssessmentPlan plan, JourneyState state) {
    Seq<MethodId> awaiting = state.attempt().awaiting().toList();
    Map<MethodId, Grade> grades = state.grades();
    if (!awaiting.isEmpty() || grades.size() < plan.methods().size()) {
      Verdict v = new Verdict(EpaRules.GRADE_TABLE,
          Finding.notApplicable(() -> "methods awaiting assessment: " + awaiting.mkString(", ")));
      return new OverallGrade(Option.none(), Option.none(), false, new Explanation(List.of(v)));
    }
    List<Grade> tuple = plan.methodIds().map(id -> grades.get(id).get());
    List<MethodId> failed = plan.methodIds().filter(id -> grades.get(id).get().failing());
    Object combination = text(() -> plan.methodIds().zip(tuple).map(t -> t._1 + "=" + t._2).mkString(", "));
    Option<Grade> fromTable = plan.grading().overallFor(tuple);
    Verdict tableVerdict = new Verdict(EpaRules.GRADE_TABLE, fromTable.isDefined()
        ? Finding.satisfied(() -> "the grading table gives " + fromTable.get()).reading("method grades", combination)
        : Finding.violated(() -> plan.grading().matching(tuple).isEmpty()
                ? "no row of the grading table matches " + combination
                : "rows of the grading table disagree on " + combination)
            .reading("method grades", combination));
    Option<Grade> uncapped = fromTable;
    Verdict failVerdict;
    if (failed.isEmpty()) {
      failVerdict = new Verdict(EpaRules.GRADE_FAILED_METHOD, Finding.notApplicable("no method was failed"));
    } else if (plan.failedMethodMayPass()) {
      failVerdict = new Verdict(EpaRules.GRADE_FAILED_METHOD,
          Finding.notApplicable("the plan lets its grading table decide even when a method fails"));
    } else {
      Grade fail = plan.overallScale().lowest();
      uncapped = Option.some(fail);
      tableVerdict = new Verdict(EpaRules.GRADE_TABLE,
          Finding.notApplicable("a failed method decides the overall grade").reading("method grades", combination));
      failVerdict = new Verdict(EpaRules.GRADE_FAILED_METHOD,
          Finding.satisfied(() -> "failed " + failed.mkString(", ") + ", so the overall grade is " + fail)
              .reading("failed methods", text(() -> failed.mkString(", "))));
    }
    if (uncapped.isEmpty()) {
      return new OverallGrade(Option.none(), Option.none(), false, new Explanation(List.of(tableVerdict, failVerdict)));
    }
    Grade before = uncapped.get();
    Attempt attempt = state.attempt();
    Option<Grade> cap = attempt.kind().flatMap(k -> k == AttemptKind.RESIT ? plan.resitCap() : plan.retakeCap());
    Finding capFinding;
    Grade result = before;
    if (!attempt.isFurther()) {
      capFinding = Finding.notApplicable("first attempt: no cap");
    } else if (cap.isEmpty()) {
      capFinding = Finding.notApplicable(() -> "the plan sets no cap after a " + kindName(attempt));
    } else if (!before.isBetterThan(cap.get())) {
      capFinding = Finding.satisfied(() -> before + " is within the cap " + cap.get()).reading("cap", cap.get());
    } else if (attempt.exceptional() && plan.policy().exceptionalCircumstancesLiftCap()) {
      capFinding = Finding.satisfied(() -> "exceptional circumstances were determined, which lifts the cap " + cap.get())
          .reading("cap", cap.get());
    } else {
      result = cap.get();
      capFinding = Finding.satisfied(() -> before + " is capped at " + cap.get() + " after a " + kindName(attempt)
              + (attempt.exceptional() ? " (the plan does not let exceptional circumstances lift the cap)" : ""))
          .reading("cap", cap.get()).reading("uncapped", before);
    }
    Verdict capVerdict = new Verdict(EpaRules.CAP, capFinding);
    return new OverallGrade(Option.some(result), Option.some(before), !result.equals(before),
        new Explanation(List.of(tableVerdict, failVerdict, capVerdict)));
  }

  /** A value read by a rule whose text is built only when an explanation is read. */
  static Object text(java.util.function.Supplier<String> render) {
    return new Object() {
      @Override
      public String toString() {
        return render.get();
      }
    };
  }

  private static String kindName(Attempt attempt) {
    return attempt.kind().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).getOrElse("first attempt");
  }
}
