package dev.epakit.rules.journey;

import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * One attempt at the EPA: the first, or a resit or retake, with the methods it covers and those
 * already assessed in it: a view of the {@link JourneyState}, built for the rules
 * and answers that explain themselves. Immutable.
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

  Set<MethodId> awaiting() {
    return scope.removeAll(assessed);
  }

  boolean isFurther() {
    return kind.isDefined();
  }

  boolean isRetake() {
    return kind.contains(AttemptKind.RETAKE);
  }
}
