package dev.epakit.rules.journey;

import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

/**
 * One attempt at the EPA: the first, or a resit or retake, with the methods it covers and those
 * already assessed in it. A view of the current attempt of a {@link JourneyState}, for the rules
 * and answers that explain themselves; method sets are built when asked for, ordered by id.
 *
 * <p>Immutable, as its state is once shared.
 */
final class Attempt {

  private final JourneyState state;

  Attempt(JourneyState state) {
    this.state = state;
  }

  /** @return empty for the first attempt, else resit or retake */
  Option<AttemptKind> kind() {
    return Option.of(state.kind);
  }

  /** @return the methods this attempt covers */
  Set<MethodId> scope() {
    TreeSet<MethodId> scope = TreeSet.empty();
    for (int m = 0; m < state.index.size(); m++) {
      scope = state.inScope(m) ? scope.add(state.index.ids[m]) : scope;
    }
    return scope;
  }

  /** @return the methods covered and not yet assessed */
  Set<MethodId> awaiting() {
    TreeSet<MethodId> awaiting = TreeSet.empty();
    for (int m = 0; m < state.index.size(); m++) {
      awaiting = state.awaits(m) ? awaiting.add(state.index.ids[m]) : awaiting;
    }
    return awaiting;
  }

  /** @return whether a method awaits assessment */
  boolean awaits(MethodId method) {
    int m = state.index.position(method);
    return m >= 0 && state.awaits(m);
  }

  /** @return whether a method was assessed in this attempt */
  boolean hasAssessed(MethodId method) {
    int m = state.index.position(method);
    return m >= 0 && state.assessed(m);
  }

  /** @return whether no method awaits assessment */
  boolean complete() {
    return !state.anyAwaiting();
  }

  /** @return whether nothing was assessed yet in this attempt */
  boolean unstarted() {
    return !state.anyAssessed();
  }

  /** @return whether the attempt is the whole EPA again (a fresh start for the hard window) */
  boolean wholeEpa() {
    return state.wholeEpa();
  }

  /** @return whether the further training of a retake is complete */
  boolean trainingCompleted() {
    return state.trainingCompleted();
  }

  /** @return whether exceptional circumstances were determined for this attempt */
  boolean exceptional() {
    return state.exceptional();
  }

  /** @return whether this attempt's outcome has been notified */
  boolean notified() {
    return state.notified();
  }

  /**
   * @return whether the attempt is the whole EPA again, booked after the plan's hard window had
   *     passed; the resit and retake windows do not bind it
   */
  boolean pastHardWindow() {
    return state.pastHardWindow();
  }

  boolean isFurther() {
    return state.isFurther();
  }

  boolean isRetake() {
    return state.isRetake();
  }

  @Override
  public String toString() {
    return "Attempt[" + kind().map(AttemptKind::name).getOrElse("FIRST") + ", scope " + scope().mkString(", ")
        + ", awaiting " + awaiting().mkString(", ") + "]";
  }
}
