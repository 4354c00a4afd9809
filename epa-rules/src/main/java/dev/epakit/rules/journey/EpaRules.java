package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.Explanation;
import dev.epakit.rules.Finding;
import dev.epakit.rules.Rule;
import dev.epakit.rules.RuleDescription;
import dev.epakit.rules.RuleSet;
import dev.epakit.rules.Source;
import dev.epakit.rules.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;

/**
 * The catalogue of EPA rules: every rule's id, title and source, and the checks that the {@link
 * Journey} runs before it records a fact. {@code docs/rules.md} lists the same catalogue, and a
 * test keeps the two in step.
 *
 * <p>Rules that decide rather than refuse (the overall grade, the cap, what is owed) are in the
 * catalogue too, and appear in the explanations of the queries that use them.
 *
 * <p>Stateless and thread-safe.
 */
public final class EpaRules {

  private EpaRules() {}

  // ---- descriptions ------------------------------------------------------------------------

  static final RuleDescription FACT_ORDER = RuleDescription.of("EPA-FACT-01",
      "Facts are recorded in date order",
      Source.model("An EPA is a journey: a sequence of dated facts, each judged on what came before it."));
  static final RuleDescription WITHDRAWN = RuleDescription.of("EPA-WITHDRAWN-01",
      "Nothing is recorded after the apprentice withdrew",
      Source.model("Withdrawn is a final EPA outcome of the Record a grade service."));
  static final RuleDescription PLAN_IN_FORCE = RuleDescription.of("EPA-PLAN-01",
      "Gateway falls within the plan's effective dates",
      Source.plan("Rules belong to a plan version; a plan applies from its effective date until it is withdrawn."));
  static final RuleDescription GATEWAY_ONCE = RuleDescription.of("EPA-GATEWAY-02",
      "Gateway is passed once",
      Source.model("The EPA period starts once, when the apprentice passes gateway."));
  static final RuleDescription GATEWAY_FIRST = RuleDescription.of("EPA-GATEWAY-01",
      "No assessment before gateway",
      Source.plan("The end-point assessment starts only after the apprentice has passed gateway."));
  static final RuleDescription METHOD_MARK = RuleDescription.of("EPA-METHOD-01",
      "A mark is a grade of the method's scale, or a score within its bands",
      Source.plan("Each assessment method is graded on the scale, or scored against the bands, the plan sets for it."));
  static final RuleDescription METHOD_AWAITING = RuleDescription.of("EPA-METHOD-02",
      "Only a method awaiting assessment in the current attempt is assessed",
      Source.guidance("A resit involves the apprentice sitting one or more failed EPA components again."));
  static final RuleDescription ORDER = RuleDescription.of("EPA-ORDER-01",
      "Methods are assessed in the plan's order where the plan fixes one",
      Source.plan("Some plans fix the order of methods, e.g. the knowledge test before the professional discussion."));
  static final RuleDescription OUTCOME_COMPLETE = RuleDescription.of("EPA-OUTCOME-01",
      "An outcome is notified once every method of the attempt is assessed, and once only",
      Source.guidance("After an apprentice's end-point assessment (EPA) you'll need to share their results."));
  static final RuleDescription GRADE_TABLE = RuleDescription.of("EPA-GRADE-01",
      "The overall grade follows the plan's grading table",
      Source.plan("The overall grade is given by the plan's grading table, keyed by the grades of the methods."));
  static final RuleDescription GRADE_FAILED_METHOD = RuleDescription.of("EPA-GRADE-02",
      "A failed method means an overall fail unless the plan says otherwise",
      Source.plan("Apprentices who fail one or more assessment methods will be awarded an overall fail."));
  static final RuleDescription CAP = RuleDescription.of("EPA-CAP-01",
      "After a resit or retake the overall grade is capped, unless exceptional circumstances lift the cap",
      Source.plan("The overall grade after a resit or retake is capped at pass unless the EPAO determines exceptional circumstances."));
  static final RuleDescription EXCEPTIONAL = RuleDescription.of("EPA-CAP-02",
      "Exceptional circumstances are determined for a resit or retake before its outcome is notified",
      Source.plan("Unless the EPAO determines there are exceptional circumstances accounting for the original fail."));
  static final RuleDescription NO_FURTHER_AFTER_PASS = RuleDescription.of("EPA-PASS-01",
      "No resit or retake after a pass",
      Source.guidance("A resit or a retake cannot be taken to improve the original grade if an apprentice has passed their EPA."));
  static final RuleDescription NO_ASSESSMENT_AFTER_PASS = RuleDescription.of("EPA-PASS-02",
      "No further assessment after a pass; only an upheld appeal changes a grade",
      Source.guidance("A resit or a retake cannot be taken to improve the original grade if an apprentice has passed their EPA."));
  static final RuleDescription FURTHER_AFTER_FAIL = RuleDescription.of("EPA-FURTHER-01",
      "A resit or retake follows a notified fail",
      Source.guidance("Apprentices who fail all or part of their EPA are able to do a resit or retake."));
  static final RuleDescription ONLY_FAILED = RuleDescription.of("EPA-FURTHER-02",
      "A resit or retake covers only failed methods; a resit never includes a passed method",
      Source.guidance("A resit involves the apprentice sitting one or more failed EPA components again."));
  static final RuleDescription WHOLE_EPA = RuleDescription.of("EPA-FURTHER-03",
      "The whole EPA is taken again when the plan's scope says so",
      Source.plan("Some plans require the whole EPA again when more than one method failed."));
  static final RuleDescription EMPLOYER_AGREEMENT = RuleDescription.of("EPA-FURTHER-04",
      "The employer agrees that a resit or retake is appropriate, where the plan requires it",
      Source.plan("The apprentice's employer will need to agree that a resit or retake is an appropriate course of action."));
  static final RuleDescription FEES = RuleDescription.of("EPA-FURTHER-05",
      "Fees are confirmed with the employer before booking, where required",
      Source.guidance("Where required, confirm fees for resits or retakes with the employer, in line with your service level agreement."));
  static final RuleDescription ATTEMPT_LIMIT = RuleDescription.of("EPA-FURTHER-06",
      "No more resits and retakes than the plan allows",
      Source.plan("Some plans limit attempts, e.g. one further attempt within 3 months."));
  static final RuleDescription FRESH_MATERIALS = RuleDescription.of("EPA-FURTHER-07",
      "A resit or retake uses fresh materials where the plan requires it",
      Source.plan("Some plans require fresh questions or a different observation activity on a resit."));
  static final RuleDescription RETAKE_TRAINING = RuleDescription.of("EPA-RETAKE-01",
      "A retake is assessed only after the further training is completed",
      Source.guidance("A retake involves an apprentice doing further training before they do their EPA again."));
  static final RuleDescription TRAINING_FOR_RETAKE = RuleDescription.of("EPA-RETAKE-02",
      "Further training is recorded for a booked retake, before its assessment",
      Source.guidance("A retake involves an apprentice doing further training before they do their EPA again."));
  static final RuleDescription RESIT_WINDOW = RuleDescription.of("EPA-WINDOW-01",
      "A resit is booked and taken within the plan's resit window from the fail notification",
      Source.plan("A resit is typically taken within 3 months of the EPA outcome notification."));
  static final RuleDescription RETAKE_WINDOW = RuleDescription.of("EPA-WINDOW-02",
      "A retake is booked and taken within the plan's retake window from the fail notification",
      Source.plan("A retake is typically taken within 6 months of the EPA outcome notification."));
  static final RuleDescription HARD_WINDOW = RuleDescription.of("EPA-WINDOW-03",
      "Past the plan's hard window only the whole EPA is taken again",
      Source.plan("All assessment methods must be completed within 6 months of the first outcome notification, otherwise the entire EPA must be taken again."));
  static final RuleDescription APPEAL_LODGE = RuleDescription.of("EPA-APPEAL-01",
      "An appeal is lodged against a notified outcome, within the EPAO's appeal period, one at a time",
      Source.guidance("Where applicable, share the appeals process with the employer and training provider and invoke the appeals policy if necessary."));
  static final RuleDescription APPEAL_DECIDE = RuleDescription.of("EPA-APPEAL-02",
      "An appeal is decided only when one is open; an upheld appeal gives a grade of the plan",
      Source.guidance("Invoke the appeals policy if necessary."));
  static final RuleDescription APPEAL_BEFORE_BOOKING = RuleDescription.of("EPA-APPEAL-03",
      "An open appeal is decided before a resit or retake is booked",
      Source.model("An appeal may change the outcome a resit or retake would follow."));
  static final RuleDescription SHARE_AFTER_OUTCOME = RuleDescription.of("EPA-SHARE-01",
      "Results are shared once an outcome is notified",
      Source.guidance("After an apprentice's end-point assessment (EPA) you'll need to share their results with the apprentice, their employer and their training provider."));
  static final RuleDescription RESULTS_OWED = RuleDescription.of("EPA-SHARE-02",
      "Results are shared with the apprentice, employer and training provider",
      Source.guidance("You'll need to share their results with the apprentice, their employer and their training provider. Use the record a grade service."));
  static final RuleDescription STATEMENT_OWED = RuleDescription.of("EPA-STATEMENT-01",
      "After a fail the apprentice and employer get a result statement",
      Source.guidance("You should provide the apprentice and employer with a result statement showing the assessment components the apprentice has failed and whether further training is needed."));
  static final RuleDescription APPEALS_PROCESS_OWED = RuleDescription.of("EPA-SHARE-03",
      "After a fail the employer and provider get the appeals process",
      Source.guidance("Where applicable, share the appeals process with the employer and training provider."));
  static final RuleDescription AGREEMENT_BY_APPRENTICE = RuleDescription.of("EPA-AGREE-01",
      "Agreement to the certificate application comes from the apprentice",
      Source.guidance("You should have written agreement from the apprentice to make this application."));
  static final RuleDescription CERT_ACHIEVED = RuleDescription.of("EPA-CERT-01",
      "A certificate is applied for only when all components are achieved",
      Source.guidance("When an apprentice has achieved all the components of their EPA, you should apply for a certificate."));
  static final RuleDescription CERT_AGREEMENT = RuleDescription.of("EPA-CERT-02",
      "The apprentice's written agreement is recorded before the certificate application",
      Source.guidance("You should have written agreement from the apprentice to make this application."));
  static final RuleDescription CERT_SERVICE = RuleDescription.of("EPA-CERT-03",
      "Certificates are applied for through the apprentice assessment service, never issued by the EPAO",
      Source.guidance("Apply for a certificate using the online apprentice assessment service. EPAOs should not issue their own certificates."));
  static final RuleDescription CERT_NO_APPEAL = RuleDescription.of("EPA-CERT-04",
      "No certificate while an appeal is open",
      Source.model("An open appeal may still change the grade the certificate would carry."));
  static final RuleDescription CERT_SHARED = RuleDescription.of("EPA-CERT-05",
      "Results are shared with all three parties before the certificate application",
      Source.guidance("You'll need to share their results with the apprentice, their employer and their training provider."));
  static final RuleDescription CERT_ONCE = RuleDescription.of("EPA-CERT-06",
      "A certificate is applied for once",
      Source.model("One EPA gives one certificate."));
  static final RuleDescription PUBLICITY_AGREEMENT = RuleDescription.of("EPA-PUBLICITY-01",
      "A success story is shared only with the agreement of apprentice, employer and provider",
      Source.guidance("Consider sharing success stories, with agreement from all parties involved."));
  static final RuleDescription PUBLICITY_SUCCESS = RuleDescription.of("EPA-PUBLICITY-02",
      "A success story follows a successful completion",
      Source.guidance("When your apprentices successfully complete their apprenticeship, consider sharing success stories."));
  static final RuleDescription RETENTION = RuleDescription.of("EPA-RETAIN-01",
      "EPA records are kept for the plan's retention period after the last event",
      Source.guidance("Retain information about the EPAs undertaken in line with external quality assurance (EQA) requirements."));

  // ---- checks ----------------------------------------------------------------------------

  private static final Map<Class<? extends Fact>, RuleSet<Step>> BY_FACT = buildRuleSets();

  /** The same rule sets, for lookups by fact class on every refusal and explanation. */
  private static final java.util.Map<Class<? extends Fact>, RuleSet<Step>> LOOKUP =
      java.util.Map.copyOf(BY_FACT.toJavaMap());

  /** The quick checks' bit for {@link #METHOD_MARK} among the rules of an assessment. */
  static final long METHOD_MARK_BIT = 1L << rulesFor(Fact.MethodAssessed.class).rules()
      .indexWhere(r -> r.description().equals(METHOD_MARK));

  private static Map<Class<? extends Fact>, RuleSet<Step>> buildRuleSets() {
    List<Rule<Step>> common = List.of(rule(FACT_ORDER, EpaRules::factOrder), rule(WITHDRAWN, EpaRules::notWithdrawn));
    Map<Class<? extends Fact>, List<Rule<Step>>> specific = LinkedHashMap.<Class<? extends Fact>, List<Rule<Step>>>empty()
        .put(Fact.GatewayPassed.class, List.of(rule(GATEWAY_ONCE, EpaRules::gatewayOnce), rule(PLAN_IN_FORCE, EpaRules::planInForce)))
        .put(Fact.MethodAssessed.class, List.of(
            rule(GATEWAY_FIRST, EpaRules::gatewayFirst),
            rule(METHOD_MARK, EpaRules::methodMark),
            rule(NO_ASSESSMENT_AFTER_PASS, s -> noPass(s, "no method is assessed again after a pass")),
            rule(METHOD_AWAITING, EpaRules::methodAwaiting),
            rule(ORDER, EpaRules::order),
            rule(RETAKE_TRAINING, EpaRules::retakeTraining),
            rule(RESIT_WINDOW, s -> window(s, AttemptKind.RESIT)),
            rule(RETAKE_WINDOW, s -> window(s, AttemptKind.RETAKE)),
            rule(HARD_WINDOW, EpaRules::hardWindow)))
        .put(Fact.OutcomeNotified.class, List.of(
            rule(OUTCOME_COMPLETE, EpaRules::outcomeComplete),
            rule(GRADE_TABLE, s -> gradeDetermined(s, s.before()))))
        .put(Fact.FurtherAttemptRecommended.class, List.of(
            rule(NO_FURTHER_AFTER_PASS, s -> noPass(s, "no resit or retake is recommended after a pass")),
            rule(FURTHER_AFTER_FAIL, EpaRules::furtherAfterFail)))
        .put(Fact.FurtherAttemptBooked.class, List.of(
            rule(NO_FURTHER_AFTER_PASS, s -> noPass(s, "no resit or retake is booked after a pass")),
            rule(FURTHER_AFTER_FAIL, EpaRules::furtherAfterFail),
            rule(APPEAL_BEFORE_BOOKING, s -> Finding.when(!s.before().appealOpen(), "no appeal is open",
                "an appeal is open: wait for its decision before booking")),
            rule(ONLY_FAILED, EpaRules::onlyFailed),
            rule(WHOLE_EPA, EpaRules::wholeEpa),
            rule(RESIT_WINDOW, s -> window(s, AttemptKind.RESIT)),
            rule(RETAKE_WINDOW, s -> window(s, AttemptKind.RETAKE)),
            rule(HARD_WINDOW, EpaRules::hardWindow),
            rule(EMPLOYER_AGREEMENT, s -> bookingCondition(s, s.plan().policy().employerAgreementRequired(),
                Fact.FurtherAttemptBooked::employerAgreed, "the employer agreed", "the plan requires the employer's agreement")),
            rule(FEES, s -> bookingCondition(s, s.plan().policy().feeConfirmationRequired(),
                Fact.FurtherAttemptBooked::feeConfirmed, "fees were confirmed with the employer", "the fee must be confirmed with the employer first")),
            rule(ATTEMPT_LIMIT, EpaRules::attemptLimit),
            rule(FRESH_MATERIALS, s -> bookingCondition(s, s.plan().policy().freshMaterialsRequired(),
                Fact.FurtherAttemptBooked::freshMaterials, "fresh materials will be used", "the plan requires materials the apprentice has not seen"))))
        .put(Fact.FurtherTrainingCompleted.class, List.of(rule(TRAINING_FOR_RETAKE, EpaRules::trainingForRetake)))
        .put(Fact.ExceptionalCircumstancesDetermined.class, List.of(rule(EXCEPTIONAL, EpaRules::exceptional)))
        .put(Fact.AppealLodged.class, List.of(rule(APPEAL_LODGE, EpaRules::appealLodge)))
        .put(Fact.AppealDecided.class, List.of(
            rule(APPEAL_DECIDE, EpaRules::appealDecide),
            rule(GRADE_TABLE, s -> ((Fact.AppealDecided) s.fact()).upheld()
                ? gradeDetermined(s, s.after()) : Finding.notApplicable("a rejected appeal changes no grade"))))
        .put(Fact.ResultShared.class, List.of(rule(SHARE_AFTER_OUTCOME, s -> Finding.when(s.before().lastOutcome().isDefined(),
            "an outcome was notified", "no outcome has been notified yet"))))
        .put(Fact.WrittenAgreementRecorded.class, List.of(rule(AGREEMENT_BY_APPRENTICE, EpaRules::agreementByApprentice)))
        .put(Fact.CertificateRequested.class, certificateRules())
        .put(Fact.SuccessStoryShared.class, List.of(
            rule(PUBLICITY_SUCCESS, s -> Finding.when(s.before().passNotified(),
                "the apprentice passed", "the apprentice has not (yet) passed")),
            rule(PUBLICITY_AGREEMENT, s -> allParties(s.before(), AgreementPurpose.PUBLICITY, "agreed to publicity"))))
        .put(Fact.Withdrawn.class, List.of());
    return specific.mapValues(rules -> RuleSet.of(common.appendAll(rules)));
  }

  private static List<Rule<Step>> certificateRules() {
    return List.of(
        rule(CERT_SERVICE, s -> Finding.when(
            ((Fact.CertificateRequested) s.fact()).route() == CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE,
            "applied for through the apprentice assessment service",
            "EPAOs must not issue their own certificates: apply through the apprentice assessment service")),
        rule(CERT_ACHIEVED, EpaRules::certAchieved),
        rule(CERT_AGREEMENT, s -> Finding.when(s.before().agreed(AgreementPurpose.CERTIFICATE, Party.APPRENTICE),
            "the apprentice's written agreement is recorded",
            "the apprentice's written agreement to the application is not recorded")),
        rule(CERT_NO_APPEAL, s -> Finding.when(!s.before().appealOpen(), "no appeal is open",
            "an appeal is open: wait for its decision")),
        rule(CERT_SHARED, s -> allParties(s.before(), null, "received the result")),
        rule(CERT_ONCE, s -> Finding.when(s.before().certificateRequested().isEmpty(),
            () -> "no certificate was requested before",
            () -> "the certificate was already requested on " + s.before().certificateRequested().getOrNull())));
  }

  private static Rule<Step> rule(RuleDescription d, Function<Step, Finding> check) {
    return new Rule<>(d, check);
  }

  /**
   * The rules checked before a fact of this kind is recorded.
   *
   * @param kind a fact class
   * @return the rule set
   */
  static RuleSet<Step> rulesFor(Class<? extends Fact> kind) {
    RuleSet<Step> rules = LOOKUP.get(kind);
    if (rules == null) {
      throw new IllegalStateException("no rules for " + kind);
    }
    return rules;
  }

  /**
   * Why a fact is refused: the violations of the rules the quick checks found broken, each
   * explained by its own check.
   *
   * @param before the state before the fact
   * @param fact the fact
   * @param broken the rules broken, as {@link Refusals#of} gives them
   * @return the violations, in rule order
   */
  static List<Violation> violations(JourneyState before, Fact fact, long broken) {
    Step step = Step.of(before, fact);
    List<Violation> violations = List.empty();
    int i = 0;
    for (Rule<Step> rule : rulesFor(fact.getClass()).rules()) {
      if ((broken & (1L << i)) != 0) {
        violations = violations.append(rule.evaluate(step).toViolation());
      }
      i++;
    }
    return violations;
  }

  /**
   * The explanation of a fact's rules, decided by the quick checks and worked out when read.
   *
   * @param before the state before the fact
   * @param fact the fact
   * @return the deferred explanation
   */
  static Explanation explain(JourneyState before, Fact fact) {
    return explain(before, fact, !Refusals.refuses(before, fact));
  }

  /**
   * The explanation of a fact's rules, worked out when read.
   *
   * @param before the state before the fact
   * @param fact the fact
   * @param allowed whether the rules allow it, as the quick checks decided
   * @return the deferred explanation
   */
  static Explanation explain(JourneyState before, Fact fact, boolean allowed) {
    return Explanation.deferred(allowed, () -> rulesFor(fact.getClass()).evaluate(Step.of(before, fact)).verdicts());
  }

  /**
   * Every rule of the catalogue, ordered by id.
   *
   * @return the rule descriptions
   */
  public static List<RuleDescription> catalogue() {
    List<RuleDescription> decisions = List.of(GRADE_FAILED_METHOD, CAP, RESULTS_OWED, STATEMENT_OWED,
        APPEALS_PROCESS_OWED, RETENTION);
    return BY_FACT.values().flatMap(RuleSet::descriptions).appendAll(decisions)
        .distinct().sortBy(d -> d.id().value()).toList();
  }

  // ---- the checks themselves -------------------------------------------------------------

  private static Finding factOrder(Step s) {
    Option<LocalDate> last = s.before().lastFactDate();
    return Finding.when(last.forAll(d -> !s.fact().date().isBefore(d)),
            () -> "the fact is not dated before the latest fact",
            () -> "the fact is dated " + s.fact().date() + ", before the latest fact (" + last.getOrNull() + ")")
        .reading("latest fact", last.isDefined() ? last.get() : "none");
  }

  private static Finding notWithdrawn(Step s) {
    return Finding.when(s.before().withdrawn().isEmpty(), () -> "the apprentice has not withdrawn",
        () -> "the apprentice withdrew on " + s.before().withdrawn().getOrNull());
  }

  private static Finding gatewayOnce(Step s) {
    return Finding.when(s.before().gateway().isEmpty(), () -> "gateway not yet passed",
        () -> "gateway was already passed on " + s.before().gateway().getOrNull());
  }

  private static Finding planInForce(Step s) {
    return Finding.when(s.plan().inForceOn(s.fact().date()), () -> "the plan is in force on " + s.fact().date(),
            () -> "the plan is not in force on " + s.fact().date())
        .reading("effective from", s.plan().effectiveFrom())
        .reading("effective to", s.plan().effectiveTo().map(LocalDate::toString).orElse("open"));
  }

  private static Finding gatewayFirst(Step s) {
    Option<LocalDate> gateway = s.before().gateway();
    if (gateway.isEmpty()) {
      return Finding.violated("the apprentice has not passed gateway");
    }
    return Finding.when(!s.fact().date().isBefore(gateway.get()), () -> "gateway was passed on " + gateway.get(),
        () -> "the assessment is dated before gateway (" + gateway.get() + ")").reading("gateway", gateway.get());
  }

  private static Finding methodMark(Step s) {
    Fact.MethodAssessed m = (Fact.MethodAssessed) s.fact();
    var grade = Grading.resolve(s.plan(), m.method(), m.mark());
    return grade.isValid()
        ? Finding.satisfied(() -> m.mark() + " gives " + grade.get()).reading("grade", grade.get())
        : new Finding(Finding.Status.VIOLATED, grade.getError().map(p -> p.message()).toList(), LinkedHashMap.empty());
  }

  private static Finding noPass(Step s, String because) {
    Option<JourneyState.Notified> outcome = s.before().lastOutcome();
    return s.before().passNotified()
        ? Finding.violated(() -> "the apprentice passed with " + outcome.get().overall() + " (notified "
            + outcome.get().date() + "): " + because).reading("overall", outcome.get().overall())
        : Finding.satisfied("the apprentice has not passed");
  }

  private static Finding methodAwaiting(Step s) {
    MethodId method = ((Fact.MethodAssessed) s.fact()).method();
    Attempt a = s.before().attempt();
    if (s.plan().method(method).isEmpty()) {
      return Finding.notApplicable("not a method of the plan");
    }
    if (a.awaits(method)) {
      return Finding.satisfied(() -> method + " awaits assessment");
    }
    if (a.notified()) {
      return Finding.violated(() -> "the outcome of this attempt was notified: " + method
          + " is assessed again only in a booked resit or retake");
    }
    if (a.hasAssessed(method)) {
      return Finding.violated(() -> method + " was already assessed in this attempt");
    }
    return Finding.violated(() -> method + " is not part of this " + attemptName(a)
        + " (it covers " + a.scope().mkString(", ") + ")");
  }

  private static Finding order(Step s) {
    if (!s.plan().methodsInOrder()) {
      return Finding.notApplicable("the plan does not fix the order of methods");
    }
    MethodId method = ((Fact.MethodAssessed) s.fact()).method();
    Attempt a = s.before().attempt();
    List<MethodId> earlier = s.plan().methodIds().takeWhile(id -> !id.equals(method))
        .filter(a::awaits);
    return Finding.when(earlier.isEmpty(), () -> "every earlier method is assessed",
        () -> "the plan fixes the order: assess " + earlier.mkString(", ") + " first");
  }

  private static Finding retakeTraining(Step s) {
    Attempt a = s.before().attempt();
    if (!a.isRetake()) {
      return Finding.notApplicable("not a retake");
    }
    return Finding.when(a.trainingCompleted(), "the further training is completed",
        "a retake follows further training, which is not yet recorded as completed");
  }

  private static Finding window(Step s, AttemptKind kind) {
    Attempt a = s.before().attempt();
    boolean booking = s.fact() instanceof Fact.FurtherAttemptBooked;
    AttemptKind actual = booking ? ((Fact.FurtherAttemptBooked) s.fact()).attempt() : a.kind().getOrNull();
    if (actual != kind) {
      return Finding.notApplicable(() -> "not a " + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    Option<JourneyState.Notified> fail = s.before().lastOutcome().filter(n -> n.overall().failing());
    if (fail.isEmpty()) {
      return Finding.notApplicable("no failed outcome to count from");
    }
    boolean pastHardWindow = booking ? s.after().attempt().pastHardWindow() : a.pastHardWindow();
    if (pastHardWindow) {
      return Finding.notApplicable(() -> "past the hard window the whole EPA is taken again, outside the "
          + kind.name().toLowerCase(java.util.Locale.ROOT) + " window");
    }
    ResitRetakePolicy policy = s.plan().policy();
    Period window = kind == AttemptKind.RESIT ? policy.resitWindow() : policy.retakeWindow();
    LocalDate deadline = fail.get().date().plus(window);
    return Finding.when(!s.fact().date().isAfter(deadline), () -> "within the window, which ends " + deadline,
            () -> "the window of " + window + " from the fail notification of " + fail.get().date() + " ended " + deadline)
        .reading("notified", fail.get().date()).reading("window", window).reading("deadline", deadline);
  }

  private static Finding hardWindow(Step s) {
    Option<Period> hard = Option.ofOptional(s.plan().policy().hardWindow());
    Option<LocalDate> start = s.before().hardWindowStart();
    if (hard.isEmpty() || start.isEmpty()) {
      return Finding.notApplicable(hard.isEmpty() ? "the plan sets no hard window" : "no outcome notified yet");
    }
    boolean partial;
    if (s.fact() instanceof Fact.FurtherAttemptBooked b) {
      partial = !booksEveryMethod(s.plan(), b);
    } else {
      partial = s.before().attempt().isFurther() && !s.before().attempt().wholeEpa();
    }
    if (!partial) {
      return Finding.notApplicable("the whole EPA is being taken");
    }
    LocalDate limit = start.get().plus(hard.get());
    return Finding.when(!s.fact().date().isAfter(limit), () -> "within the hard window, which ends " + limit,
            () -> "every method had to be achieved by " + limit + " (" + hard.get()
                + " from the first notification): the whole EPA must be taken again")
        .reading("first notification", start.get()).reading("hard window", hard.get()).reading("limit", limit);
  }

  private static Finding outcomeComplete(Step s) {
    Attempt a = s.before().attempt();
    if (s.before().gateway().isEmpty()) {
      return Finding.violated("the apprentice has not passed gateway");
    }
    if (a.notified()) {
      return Finding.violated("this attempt's outcome was already notified");
    }
    return Finding.when(a.complete(), () -> "every method of the attempt is assessed",
        () -> "methods still awaiting assessment: " + a.awaiting().mkString(", "));
  }

  private static Finding gradeDetermined(Step s, JourneyState state) {
    if (!state.attempt().complete()) {
      return Finding.notApplicable("methods still await assessment");
    }
    OverallGrade overall = Grading.overall(s.plan(), state);
    return overall.determined()
        ? Finding.satisfied(() -> "the overall grade is " + overall.grade().get())
        : new Finding(Finding.Status.VIOLATED,
            overall.explanation().violations().flatMap(v -> v.reasons()), LinkedHashMap.empty());
  }

  private static boolean rebooking(Attempt a) {
    return a.isFurther() && a.unstarted() && !a.notified();
  }

  private static Finding furtherAfterFail(Step s) {
    JourneyState b = s.before();
    if (b.lastOutcome().isEmpty()) {
      return Finding.violated("no outcome has been notified yet");
    }
    if (!b.failNotified()) {
      return Finding.notApplicable("the latest outcome is a pass");
    }
    Attempt a = b.attempt();
    return Finding.when(a.notified() || rebooking(a), () -> "the latest outcome is a fail",
        () -> "a " + attemptName(a) + " is under way: its outcome comes first");
  }

  private static Finding onlyFailed(Step s) {
    Fact.FurtherAttemptBooked b = (Fact.FurtherAttemptBooked) s.fact();
    JourneyState before = s.before();
    java.util.List<MethodId> unknown = new java.util.ArrayList<>();
    java.util.List<MethodId> passed = new java.util.ArrayList<>();
    for (MethodId id : b.methods()) { // ordered by id
      int m = before.index.position(id);
      if (m < 0) {
        unknown.add(id);
      } else if (!before.failed(m)) {
        passed.add(id);
      }
    }
    if (!unknown.isEmpty()) {
      return Finding.violated(() -> "not methods of the plan: " + List.ofAll(unknown).mkString(", "));
    }
    Object failed = Grading.text(() -> before.failedMethods().mkString(", "));
    if (passed.isEmpty()) {
      return Finding.satisfied("every booked method was failed").reading("failed", failed);
    }
    if (b.attempt() == AttemptKind.RESIT) {
      return Finding.violated(() -> "a resit covers only failed methods, but " + List.ofAll(passed).mkString(", ")
          + " passed").reading("failed", failed);
    }
    if (wholeEpaRequired(s.plan(), before, b.date()).isDefined() && b.methods().size() == before.index.size()) {
      return Finding.notApplicable("the whole EPA is taken again");
    }
    return Finding.violated(() -> "only failed methods are re-taken, but " + List.ofAll(passed).mkString(", ")
        + " passed").reading("failed", failed);
  }

  private static boolean booksEveryMethod(dev.epakit.core.plan.AssessmentPlan plan, Fact.FurtherAttemptBooked b) {
    return b.methods().containsAll(plan.methodIds().toJavaList());
  }

  /** Why the whole EPA must be taken again on a date, or none. */
  static Option<String> wholeEpaRequired(dev.epakit.core.plan.AssessmentPlan plan, JourneyState state, LocalDate date) {
    int failed = state.failedCount();
    Option<Integer> scope = Option.ofOptional(plan.policy().wholeEpaWhenMoreThanFailed());
    if (scope.exists(n -> failed > n)) {
      return Option.some(failed + " methods failed and the plan takes the whole EPA again when more than "
          + scope.get() + " fail");
    }
    Option<Period> hard = Option.ofOptional(plan.policy().hardWindow());
    Option<LocalDate> start = state.hardWindowStart();
    if (hard.isDefined() && start.isDefined() && date.isAfter(start.get().plus(hard.get()))) {
      return Option.some("the hard window of " + hard.get() + " from " + start.get() + " has passed");
    }
    return Option.none();
  }

  private static Finding wholeEpa(Step s) {
    Fact.FurtherAttemptBooked b = (Fact.FurtherAttemptBooked) s.fact();
    int failed = s.before().failedCount();
    Option<Integer> scope = Option.ofOptional(s.plan().policy().wholeEpaWhenMoreThanFailed());
    if (scope.isEmpty()) {
      return Finding.notApplicable("the plan re-sits and re-takes failed methods only");
    }
    if (failed <= scope.get()) {
      return Finding.satisfied(() -> failed + " failed methods: not more than " + scope.get())
          .reading("failed methods", failed);
    }
    return Finding.when(booksEveryMethod(s.plan(), b),
            () -> "the whole EPA is booked", () -> failed + " methods failed, more than " + scope.get()
                + ": the plan requires the whole EPA again")
        .reading("failed methods", failed);
  }

  private static Finding bookingCondition(Step s, boolean required,
      java.util.function.Predicate<Fact.FurtherAttemptBooked> met, String ok, String missing) {
    if (!required) {
      return Finding.notApplicable("the plan does not require it");
    }
    return Finding.when(met.test((Fact.FurtherAttemptBooked) s.fact()), ok, missing);
  }

  private static Finding attemptLimit(Step s) {
    Option<Integer> limit = Option.ofOptional(s.plan().policy().attemptLimit());
    if (limit.isEmpty()) {
      return Finding.notApplicable("the plan sets no attempt limit");
    }
    if (rebooking(s.before().attempt())) {
      return Finding.notApplicable("rebooking a resit or retake that has not started");
    }
    int used = s.before().furtherAttempts();
    return Finding.when(used < limit.get(), () -> "attempt " + (used + 1) + " of " + limit.get(),
            () -> "the plan allows " + limit.get() + " resit or retake attempt(s); " + used + " already booked")
        .reading("used", used).reading("limit", limit.get());
  }

  private static Finding trainingForRetake(Step s) {
    Attempt a = s.before().attempt();
    if (!a.isRetake()) {
      return Finding.violated("no retake is booked");
    }
    if (a.trainingCompleted()) {
      return Finding.violated("the further training was already recorded as completed");
    }
    return Finding.when(a.unstarted(), "the retake is booked and not yet assessed",
        "the retake's assessment has already started");
  }

  private static Finding exceptional(Step s) {
    Attempt a = s.before().attempt();
    if (!a.isFurther()) {
      return Finding.violated("exceptional circumstances lift the cap of a resit or retake; none is booked");
    }
    return Finding.when(!a.notified(), () -> "the " + attemptName(a) + "'s outcome is not yet notified",
        () -> "the " + attemptName(a) + "'s outcome was already notified");
  }

  private static Finding appealLodge(Step s) {
    JourneyState b = s.before();
    if (b.lastOutcome().isEmpty() || !b.attempt().notified()) {
      return Finding.violated("there is no notified outcome to appeal against");
    }
    if (b.appealOpen()) {
      return Finding.violated("an appeal is already open");
    }
    LocalDate deadline = s.plan().policy().appealPeriod().deadline(b.lastOutcome().get().date());
    return Finding.when(!s.fact().date().isAfter(deadline), () -> "within the appeal period, which ends " + deadline,
            () -> "the appeal period of " + s.plan().policy().appealPeriod() + " ended " + deadline)
        .reading("notified", b.lastOutcome().get().date()).reading("deadline", deadline);
  }

  private static Finding appealDecide(Step s) {
    Fact.AppealDecided d = (Fact.AppealDecided) s.fact();
    if (!s.before().appealOpen()) {
      return Finding.violated("no appeal is open");
    }
    if (d.regrade().isEmpty()) {
      return Finding.satisfied("the appeal was rejected");
    }
    Fact.Regrade r = d.regrade().get();
    var method = s.plan().method(r.method());
    if (method.isEmpty()) {
      return Finding.violated(() -> "'" + r.method() + "' is not a method of this plan");
    }
    Option<Grade> grade = method.get().scale().find(r.grade());
    return Finding.when(grade.isDefined(), () -> "upheld: " + r.method() + " is regraded " + grade.getOrNull(),
        () -> "'" + r.grade() + "' is not a grade of " + r.method() + "; expected one of " + method.get().scale().names());
  }

  private static Finding agreementByApprentice(Step s) {
    Fact.WrittenAgreementRecorded w = (Fact.WrittenAgreementRecorded) s.fact();
    if (w.purpose() != AgreementPurpose.CERTIFICATE) {
      return Finding.notApplicable("not an agreement to the certificate application");
    }
    return Finding.when(w.party() == Party.APPRENTICE, () -> "the apprentice agreed",
        () -> "the certificate application needs the apprentice's own agreement, not the " + partyName(w.party()) + "'s");
  }

  private static Finding certAchieved(Step s) {
    JourneyState b = s.before();
    if (!b.passNotified() || !b.attempt().notified()) {
      return Finding.violated(() -> b.lastOutcome().isEmpty() ? "no outcome has been notified"
          : b.attempt().notified() ? "the outcome is " + b.lastOutcome().get().overall() + ", not a pass"
          : "a resit or retake is under way");
    }
    Map<MethodId, Grade> grades = b.grades();
    List<MethodId> notAchieved = s.plan().methodIds().filter(id -> grades.get(id).forAll(Grade::failing));
    return Finding.when(notAchieved.isEmpty(), () -> "every component is achieved",
            () -> "components not achieved: " + notAchieved.mkString(", "))
        .reading("overall", b.lastOutcome().get().overall());
  }

  /** Parties missing from the agreements of a purpose, or from the result's recipients when null. */
  private static Finding allParties(JourneyState state, AgreementPurpose purpose, String what) {
    List<Party> missing = List.of(Party.values()).filter(p -> purpose == null
        ? !state.resultTo(p) : !state.agreed(purpose, p));
    return Finding.when(missing.isEmpty(), () -> "apprentice, employer and provider " + what,
        () -> "not yet " + what + ": " + missing.map(EpaRules::partyName).mkString(", "));
  }

  static String partyName(Party p) {
    return switch (p) {
      case APPRENTICE -> "apprentice";
      case EMPLOYER -> "employer";
      case PROVIDER -> "training provider";
    };
  }

  static String attemptName(Attempt a) {
    return a.kind().map(k -> k == AttemptKind.RESIT ? "resit" : "retake").getOrElse("first attempt");
  }
}
