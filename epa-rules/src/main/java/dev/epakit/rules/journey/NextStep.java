package dev.epakit.rules.journey;

import dev.epakit.core.plan.MethodId;
import dev.epakit.rules.Explanation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A step that could come next in a journey, and whether it is allowed on the date asked, with the
 * explanation either way (the why-not of a refused step included).
 *
 * <p>The explanation is the one the journey would give if the step were recorded on that date
 * with every per-plan precondition met (employer agreement, fees, fresh materials); those
 * preconditions are listed in {@link #requirements()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param action the kind of step
 * @param methods the methods it concerns (for assessments, resits and retakes), possibly none
 * @param allowed whether it is allowed
 * @param deadline the last day it is allowed, when there is one
 * @param requirements conditions to meet when recording it
 * @param explanation the verdicts of every rule checked
 */
public record NextStep(
    Action action,
    List<MethodId> methods,
    boolean allowed,
    Option<LocalDate> deadline,
    List<String> requirements,
    Explanation explanation) {

  /** The kinds of step. */
  public enum Action {
    /** Pass gateway. */
    PASS_GATEWAY,
    /** Assess a method of the current attempt. */
    ASSESS_METHOD,
    /** Notify the outcome of the current attempt. */
    NOTIFY_OUTCOME,
    /** Book a resit. */
    RESIT,
    /** Book a retake. */
    RETAKE,
    /** Record completion of the retake's further training. */
    COMPLETE_FURTHER_TRAINING,
    /** Lodge an appeal. */
    LODGE_APPEAL,
    /** Apply for the certificate through the apprentice assessment service. */
    REQUEST_CERTIFICATE,
    /** Share a success story. */
    SHARE_SUCCESS_STORY
  }

  /** Checks nothing is null. */
  public NextStep {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(explanation, "explanation");
  }
}
