package dev.epakit.rules.journey;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.rules.Explanation;
import dev.epakit.rules.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One apprentice's end-point assessment under one plan: the facts recorded so far, in date order.
 *
 * <p>{@link #record(Fact)} checks a fact against every rule that concerns it ({@link EpaRules})
 * and returns either a new journey with the fact added or every violation found. A refused fact
 * leaves the journey exactly as it was: journeys are immutable values. {@link #asOf(LocalDate)}
 * answers the questions of a date (status, overall grade, next steps, result statement,
 * certificate readiness, notifications owed, retention).
 *
 * <p>Decisions are pure: the same plan, facts and date give the same answer. Nothing here reads a
 * clock. Immutable and thread-safe. {@link #toString()} shows no name.
 */
public final class Journey {

  private final AssessmentPlan plan;
  private final Apprentice apprentice;
  /** The facts, latest first: recording prepends in constant time. */
  private final List<Fact> latestFirst;
  private final JourneyState state;

  private Journey(AssessmentPlan plan, Apprentice apprentice, List<Fact> latestFirst, JourneyState state) {
    this.plan = plan;
    this.apprentice = apprentice;
    this.latestFirst = latestFirst;
    this.state = state;
  }

  /**
   * Starts a journey with no facts.
   *
   * @param plan the assessment plan, not {@code null}
   * @param apprentice the apprentice, not {@code null}
   * @return the empty journey
   */
  public static Journey start(AssessmentPlan plan, Apprentice apprentice) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(apprentice, "apprentice");
    return new Journey(plan, apprentice, List.empty(), JourneyState.initial(PlanIndex.of(plan)));
  }

  /**
   * Records a fact when every rule allows it.
   *
   * @param fact the fact, not {@code null}
   * @return the journey with the fact added, or the violations; this journey is unchanged either
   *     way
   */
  public Validation<Seq<Violation>, Journey> record(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    // the quick checks decide; the explanation is built only for a refusal
    return !Refusals.refuses(state, fact)
        ? Validation.valid(new Journey(plan, apprentice, latestFirst.prepend(fact), state.apply(fact)))
        : Validation.invalid(EpaRules.violations(state, fact, Refusals.of(state, fact)));
  }

  /**
   * Checks a fact without recording it. The decision is made at once; the verdicts are worked out
   * when the explanation is first read.
   *
   * @param fact the fact, not {@code null}
   * @return every verdict of the rules that concern it
   */
  public Explanation check(Fact fact) {
    return EpaRules.explain(state, Objects.requireNonNull(fact, "fact"));
  }

  /**
   * Records facts in order, skipping (and reporting) each one refused, so one bad fact loses
   * nothing else.
   *
   * @param plan the plan
   * @param apprentice the apprentice
   * @param facts the facts, in the order to record them
   * @return the journey of the accepted facts and the refusals
   */
  public static Replay replay(AssessmentPlan plan, Apprentice apprentice, Iterable<? extends Fact> facts) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(apprentice, "apprentice");
    // the same decisions as recording one fact at a time, folding into one state nobody else holds
    JourneyState state = JourneyState.initial(PlanIndex.of(plan));
    List<Fact> latestFirst = List.empty();
    List<Replay.Refusal> refused = List.empty();
    int index = 0;
    for (Fact fact : facts) {
      Objects.requireNonNull(fact, "fact");
      if (!Refusals.refuses(state, fact)) {
        state.fold(fact);
        latestFirst = latestFirst.prepend(fact);
      } else {
        refused = refused.append(
            new Replay.Refusal(index, fact, EpaRules.violations(state, fact, Refusals.of(state, fact))));
      }
      index++;
    }
    return new Replay(new Journey(plan, apprentice, latestFirst, state), refused);
  }

  /**
   * The journey as it stood at the end of a date: only facts dated on or before it count.
   *
   * @param asOf the date, not {@code null}
   * @return the answers for that date
   */
  public JourneySnapshot asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (latestFirst.isEmpty() || !latestFirst.head().date().isAfter(asOf)) {
      return new JourneySnapshot(plan, apprentice, state, asOf); // facts are in date order
    }
    JourneyState s = JourneyState.initial(state.index);
    for (Fact fact : facts().takeWhile(f -> !f.date().isAfter(asOf))) {
      s.fold(fact);
    }
    return new JourneySnapshot(plan, apprentice, s, asOf);
  }

  /** @return the plan */
  public AssessmentPlan plan() {
    return plan;
  }

  /** @return the apprentice */
  public Apprentice apprentice() {
    return apprentice;
  }

  /** @return the facts recorded, in order (an immutable sequence) */
  public Seq<Fact> facts() {
    return latestFirst.reverse();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Journey j && plan.equals(j.plan) && apprentice.equals(j.apprentice) && latestFirst.equals(j.latestFirst);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, apprentice, latestFirst);
  }

  @Override
  public String toString() {
    return "Journey[" + apprentice + ", " + plan.standard() + ", " + latestFirst.size() + " facts]";
  }
}
