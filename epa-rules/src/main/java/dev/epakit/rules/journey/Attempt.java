package dev.epakit.rules.journey;

import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One attempt at the EPA: the first, or a resit or retake, with the methods it covers and those
 * already assessed in it. Immutable.
 *
 * @param kind empty for the first attempt, else resit or retake
 * @param bookedOn the booking date of a resit or retake
 * @param scope the methods this attempt covers
 * @param assessed the methods assessed so far in this attempt
 * @param wholeEpa whether the attempt is the whole EPA again (a fresh start for the hard window)
 * @param trainingCompleted whether the further training of a retake is complete
 * @param exceptional whether exceptional circumstances were determined for this attempt
 * @param notified whether this attempt's outcome has been notified
 * @param pastHardWindow whether the attempt is the whole EPA again, booked after the plan's hard
 *     window had passed; the resit and retake windows do not bind it
 */
record Attempt(
    Option<AttemptKind> kind,
    Option<LocalDate> bookedOn,
    Set<MethodId> scope,
    Set<MethodId> assessed,
    boolean wholeEpa,
    boolean trainingCompleted,
    boolean exceptional,
    boolean notified,
    boolean pastHardWindow) {

  static Attempt first(Set<MethodId> methods) {
    return new Attempt(Option.none(), Option.none(), methods, TreeSet.empty(), true, false, false, false, false);
  }

  static Attempt further(AttemptKind kind, LocalDate bookedOn, Set<MethodId> scope, boolean wholeEpa,
      boolean pastHardWindow) {
    return new Attempt(Option.some(kind), Option.some(bookedOn), scope, TreeSet.empty(), wholeEpa, false, false, false,
        pastHardWindow);
  }

  Set<MethodId> awaiting() {
    return scope.removeAll(assessed);
  }

  boolean isFurther() {
    return kind.isDefined();
  }

  boolean isRetake() {
    return kind.contains(AttemptKind.RETAKE);
  }

  Attempt withAssessed(MethodId method) {
    return new Attempt(kind, bookedOn, scope, assessed.add(method), wholeEpa, trainingCompleted, exceptional, notified, pastHardWindow);
  }

  Attempt withTrainingCompleted() {
    return new Attempt(kind, bookedOn, scope, assessed, wholeEpa, true, exceptional, notified, pastHardWindow);
  }

  Attempt withExceptional() {
    return new Attempt(kind, bookedOn, scope, assessed, wholeEpa, trainingCompleted, true, notified, pastHardWindow);
  }

  Attempt withNotified() {
    return new Attempt(kind, bookedOn, scope, assessed, wholeEpa, trainingCompleted, exceptional, true, pastHardWindow);
  }
}
