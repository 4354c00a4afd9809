package dev.epakit.rules.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The state a journey's facts fold into, kept compact: dates as the facts' own {@link LocalDate}s
 * ({@code null} when there is none), methods by their position in the plan, grades by rank, and
 * parties as bits. {@link #apply} is total and checks nothing: the rules decide beforehand whether
 * a fact may be applied. The rules and answers that explain themselves read the state through the
 * views ({@link #attempt()}, {@link #grades()}, {@link #lastOutcome()}, ...), built on request.
 *
 * <p>Immutable once shared: a state is changed only by {@link #fold}, while it is being built by
 * {@link #apply} or by a replay and before anyone else holds it, and it is shared only through
 * final fields (of a journey, a snapshot or a step), which publish it safely to every thread.
 */
final class JourneyState {

  // a method's slot: its grade's rank + 1 (0 when not graded) and two flags
  private static final int RANK_BITS = 0xFFFF;
  private static final int IN_SCOPE = 1 << 16;
  private static final int ASSESSED = 1 << 17;

  // the current attempt's flags
  private static final int WHOLE = 1;
  private static final int TRAINING = 1 << 1;
  private static final int EXCEPTIONAL = 1 << 2;
  private static final int NOTIFIED = 1 << 3;
  private static final int PAST_HARD = 1 << 4;

  // parties as bits: results (the lowest), result statements, appeals process, then agreements
  // by purpose
  private static final int PARTIES = Party.values().length;
  private static final int ALL_PARTIES = (1 << PARTIES) - 1;
  private static final int STATEMENT = PARTIES;
  private static final int APPEALS_PROCESS = 2 * PARTIES;
  private static final int AGREEMENT = 3 * PARTIES;
  private static final int SHARING = (1 << AGREEMENT) - 1;

  final PlanIndex index;
  /** The day gateway was passed, or null. */
  LocalDate gateway;
  /** The date of the latest fact, or null. */
  LocalDate lastFact;
  /** The current attempt's kind, null for the first attempt. */
  AttemptKind kind;
  /** The booking date of a resit or retake, or null. */
  LocalDate bookedOn;
  private int flags;
  /** One slot per method of the plan, in plan order. */
  private int[] slots;
  /** The resits and retakes booked so far (a rebooking of an unstarted one does not count twice). */
  int furtherAttempts;
  /** The day the latest outcome was notified (or changed by an upheld appeal), or null. */
  LocalDate outcomeDate;
  /** The rank of the latest outcome's overall grade, or {@link PlanIndex#NO_RANK}. */
  int outcomeRank;
  /** The first notification since the whole EPA was last started, or null. */
  LocalDate hardStart;
  boolean appealOpen;
  private int parties;
  /** The latest resit or retake recommendation, or null. */
  AttemptKind recommended;
  /** The day the certificate was requested, or null. */
  LocalDate certificateRequested;
  /** The day the apprentice withdrew, or null. */
  LocalDate withdrawn;

  @SuppressWarnings("checkstyle:ParameterNumber")
  private JourneyState(PlanIndex index, LocalDate gateway, LocalDate lastFact, AttemptKind kind, LocalDate bookedOn,
      int flags, int[] slots, int furtherAttempts, LocalDate outcomeDate, int outcomeRank, LocalDate hardStart,
      boolean appealOpen, int parties, AttemptKind recommended, LocalDate certificateRequested, LocalDate withdrawn) {
    this.index = index;
    this.gateway = gateway;
    this.lastFact = lastFact;
    this.kind = kind;
    this.bookedOn = bookedOn;
    this.flags = flags;
    this.slots = slots;
    this.furtherAttempts = furtherAttempts;
    this.outcomeDate = outcomeDate;
    this.outcomeRank = outcomeRank;
    this.hardStart = hardStart;
    this.appealOpen = appealOpen;
    this.parties = parties;
    this.recommended = recommended;
    this.certificateRequested = certificateRequested;
    this.withdrawn = withdrawn;
  }

  /**
   * A notified outcome.
   *
   * @param date the day notified (or the day an upheld appeal changed it)
   * @param overall the overall grade notified
   */
  record Notified(LocalDate date, Grade overall) {}

  static JourneyState initial(PlanIndex index) {
    int[] slots = new int[index.size()];
    Arrays.fill(slots, IN_SCOPE);
    return new JourneyState(index, null, null, null, null, WHOLE, slots, 0, null, PlanIndex.NO_RANK, null, false, 0,
        null, null, null);
  }

  // ---- primitive reads, for the rules' quick path -------------------------------------------

  /** @return whether a method is covered by the current attempt */
  boolean inScope(int method) {
    return (slots[method] & IN_SCOPE) != 0;
  }

  /** @return whether a method was assessed in the current attempt */
  boolean assessed(int method) {
    return (slots[method] & ASSESSED) != 0;
  }

  /** @return whether a method awaits assessment in the current attempt */
  boolean awaits(int method) {
    return (slots[method] & (IN_SCOPE | ASSESSED)) == IN_SCOPE;
  }

  /** @return the rank of a method's current grade, or {@link PlanIndex#NO_RANK} */
  int rank(int method) {
    return (slots[method] & RANK_BITS) - 1;
  }

  /** @return whether a method's current grade is failing (false when it has none) */
  boolean failed(int method) {
    int rank = rank(method);
    return rank >= 0 && index.failing(method, rank);
  }

  /** @return whether any method awaits assessment in the current attempt */
  boolean anyAwaiting() {
    for (int slot : slots) {
      if ((slot & (IN_SCOPE | ASSESSED)) == IN_SCOPE) {
        return true;
      }
    }
    return false;
  }

  /** @return whether any method was assessed in the current attempt */
  boolean anyAssessed() {
    for (int slot : slots) {
      if ((slot & ASSESSED) != 0) {
        return true;
      }
    }
    return false;
  }

  /** @return how many methods' current grade is failing */
  int failedCount() {
    int n = 0;
    for (int m = 0; m < slots.length; m++) {
      if (failed(m)) {
        n++;
      }
    }
    return n;
  }

  boolean isFurther() {
    return kind != null;
  }

  boolean isRetake() {
    return kind == AttemptKind.RETAKE;
  }

  boolean wholeEpa() {
    return (flags & WHOLE) != 0;
  }

  boolean trainingCompleted() {
    return (flags & TRAINING) != 0;
  }

  boolean exceptional() {
    return (flags & EXCEPTIONAL) != 0;
  }

  boolean notified() {
    return (flags & NOTIFIED) != 0;
  }

  boolean pastHardWindow() {
    return (flags & PAST_HARD) != 0;
  }

  /** A resit or retake booked again before it started. */
  boolean rebooking() {
    return isFurther() && !anyAssessed() && !notified();
  }

  boolean hasOutcome() {
    return outcomeRank != PlanIndex.NO_RANK;
  }

  /** Whether the latest outcome is notified and failing, so a resit or retake may follow. */
  boolean failNotified() {
    return hasOutcome() && !index.overall[outcomeRank].passing();
  }

  /** Whether the latest outcome is notified and passing. */
  boolean passNotified() {
    return hasOutcome() && index.overall[outcomeRank].passing();
  }

  /** @return whether the latest outcome was shared with a party */
  boolean resultTo(Party party) {
    return (parties & (1 << party.ordinal())) != 0;
  }

  /** @return whether the latest outcome was shared with every party */
  boolean resultToAll() {
    return (parties & ALL_PARTIES) == ALL_PARTIES;
  }

  boolean statementTo(Party party) {
    return (parties & (1 << (STATEMENT + party.ordinal()))) != 0;
  }

  boolean appealsProcessTo(Party party) {
    return (parties & (1 << (APPEALS_PROCESS + party.ordinal()))) != 0;
  }

  boolean agreed(AgreementPurpose purpose, Party party) {
    return (parties & agreementBit(purpose, party)) != 0;
  }

  /** @return whether every party agreed for a purpose */
  boolean allAgreed(AgreementPurpose purpose) {
    for (Party p : Party.values()) {
      if (!agreed(purpose, p)) {
        return false;
      }
    }
    return true;
  }

  private static int agreementBit(AgreementPurpose purpose, Party party) {
    return 1 << (AGREEMENT + PARTIES * purpose.ordinal() + party.ordinal());
  }

  /**
   * The overall grade of the current attempt with the cap applied: the same grade as {@link
   * Grading#overall}, without its explanation.
   *
   * @return the rank of the overall grade, or {@link PlanIndex#NO_RANK} while undetermined
   */
  int overallRank() {
    boolean failed = false;
    for (int m = 0; m < slots.length; m++) {
      int slot = slots[m];
      if ((slot & (IN_SCOPE | ASSESSED)) == IN_SCOPE || (slot & RANK_BITS) == 0) {
        return PlanIndex.NO_RANK;
      }
      failed |= index.failing(m, (slot & RANK_BITS) - 1);
    }
    int uncapped = failed && !index.failedMethodMayPass ? 0 : index.tableRank(slots, RANK_BITS);
    if (uncapped == PlanIndex.NO_RANK) {
      return PlanIndex.NO_RANK;
    }
    int cap = index.cap(kind);
    if (cap == PlanIndex.NO_RANK || uncapped <= cap
        || (exceptional() && index.policy.exceptionalCircumstancesLiftCap())) {
      return uncapped;
    }
    return cap;
  }

  // ---- folding a fact in ---------------------------------------------------------------------

  /**
   * The state a fact leads to; this state is unchanged.
   *
   * @param fact the fact
   * @return a new state
   */
  JourneyState apply(Fact fact) {
    JourneyState next = new JourneyState(index, gateway, lastFact, kind, bookedOn, flags, slots.clone(),
        furtherAttempts, outcomeDate, outcomeRank, hardStart, appealOpen, parties, recommended, certificateRequested,
        withdrawn);
    next.fold(fact);
    return next;
  }

  /**
   * Folds a fact into this state, in place. Only for a state nobody else holds yet: one being built by
   * {@link #apply}, or a fresh {@link #initial} state before it is shared.
   *
   * @param fact the fact
   */
  void fold(Fact fact) {
    if (fact instanceof Fact.MethodAssessed m) {
      int method = index.position(m.method());
      int rank = index.rank(method, m.mark());
      if (rank != PlanIndex.NO_RANK) {
        slots[method] = (slots[method] & ~RANK_BITS) | ASSESSED | (rank + 1);
      }
    } else if (fact instanceof Fact.OutcomeNotified) {
      // a new outcome: sharing starts again, since the parties have not yet had this one
      outcomeRank = overallRank();
      outcomeDate = outcomeRank == PlanIndex.NO_RANK ? null : fact.date();
      hardStart = hardStart != null ? hardStart : fact.date();
      flags |= NOTIFIED;
      appealOpen = false;
      parties &= ~SHARING;
    } else if (fact instanceof Fact.GatewayPassed g) {
      gateway = g.date();
    } else if (fact instanceof Fact.FurtherAttemptBooked b) {
      book(b);
    } else if (fact instanceof Fact.ResultShared r) {
      int to = 0;
      for (Party p : r.parties()) {
        to |= 1 << p.ordinal();
      }
      parties |= to;
      parties |= r.resultStatement() ? to << STATEMENT : 0;
      parties |= r.appealsProcess() ? to << APPEALS_PROCESS : 0;
    } else if (fact instanceof Fact.WrittenAgreementRecorded w) {
      parties |= agreementBit(w.purpose(), w.party());
    } else if (fact instanceof Fact.CertificateRequested c) {
      certificateRequested = c.date();
    } else if (fact instanceof Fact.FurtherAttemptRecommended r) {
      recommended = r.recommended();
    } else if (fact instanceof Fact.FurtherTrainingCompleted) {
      flags |= TRAINING;
    } else if (fact instanceof Fact.ExceptionalCircumstancesDetermined) {
      flags |= EXCEPTIONAL;
    } else if (fact instanceof Fact.AppealLodged) {
      appealOpen = true;
    } else if (fact instanceof Fact.AppealDecided d) {
      decide(d);
    } else if (fact instanceof Fact.Withdrawn w) {
      withdrawn = w.date();
    } // SuccessStoryShared changes nothing the rules read
    lastFact = fact.date();
  }

  private void book(Fact.FurtherAttemptBooked b) {
    boolean rebooking = rebooking();
    int booked = 0;
    for (int m = 0; m < slots.length; m++) {
      boolean in = b.methods().contains(index.ids[m]);
      booked += in ? 1 : 0;
      slots[m] = (slots[m] & RANK_BITS) | (in ? IN_SCOPE : 0);
    }
    boolean whole = booked == slots.length;
    boolean pastHard = whole && hardStart != null && index.hardWindow != null
        && b.date().isAfter(hardStart.plus(index.hardWindow));
    kind = b.attempt();
    bookedOn = b.date();
    flags = (whole ? WHOLE : 0) | (pastHard ? PAST_HARD : 0);
    furtherAttempts = rebooking ? furtherAttempts : furtherAttempts + 1;
    hardStart = whole ? null : hardStart;
  }

  private void decide(Fact.AppealDecided d) {
    appealOpen = false;
    int method = d.regrade().isPresent() ? index.position(d.regrade().get().method()) : -1;
    int rank = method < 0 ? PlanIndex.NO_RANK : index.rankNamed(method, d.regrade().get().grade());
    if (rank != PlanIndex.NO_RANK) {
      slots[method] = (slots[method] & ~RANK_BITS) | (rank + 1);
      int regraded = overallRank();
      if (regraded != PlanIndex.NO_RANK) {
        outcomeRank = regraded;
        outcomeDate = d.date();
      }
      parties &= ~SHARING;
    }
  }

  // ---- views, for the rules and answers that explain themselves ------------------------------

  Option<LocalDate> gateway() {
    return Option.of(gateway);
  }

  Option<LocalDate> lastFactDate() {
    return Option.of(lastFact);
  }

  /** @return the current attempt */
  Attempt attempt() {
    return new Attempt(this);
  }

  int furtherAttempts() {
    return furtherAttempts;
  }

  /** @return the current grade of every method assessed at least once */
  Map<MethodId, Grade> grades() {
    Map<MethodId, Grade> grades = HashMap.empty();
    for (int m = 0; m < slots.length; m++) {
      int rank = rank(m);
      if (rank != PlanIndex.NO_RANK) {
        grades = grades.put(index.ids[m], index.grades[m][rank]);
      }
    }
    return grades;
  }

  /** @return the latest notified outcome: its date and overall grade */
  Option<Notified> lastOutcome() {
    return hasOutcome() ? Option.some(new Notified(outcomeDate, index.overall[outcomeRank])) : Option.none();
  }

  Option<LocalDate> hardWindowStart() {
    return Option.of(hardStart);
  }

  boolean appealOpen() {
    return appealOpen;
  }

  Option<AttemptKind> recommended() {
    return Option.of(recommended);
  }

  Option<LocalDate> certificateRequested() {
    return Option.of(certificateRequested);
  }

  Option<LocalDate> withdrawn() {
    return Option.of(withdrawn);
  }

  /** The methods whose current grade is failing, ordered by id. */
  Set<MethodId> failedMethods() {
    TreeSet<MethodId> failed = TreeSet.empty();
    for (int m = 0; m < slots.length; m++) {
      failed = failed(m) ? failed.add(index.ids[m]) : failed;
    }
    return failed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JourneyState s
        && Objects.equals(gateway, s.gateway)
        && Objects.equals(lastFact, s.lastFact)
        && kind == s.kind
        && Objects.equals(bookedOn, s.bookedOn)
        && flags == s.flags
        && Arrays.equals(slots, s.slots)
        && furtherAttempts == s.furtherAttempts
        && Objects.equals(outcomeDate, s.outcomeDate)
        && outcomeRank == s.outcomeRank
        && Objects.equals(hardStart, s.hardStart)
        && appealOpen == s.appealOpen
        && parties == s.parties
        && recommended == s.recommended
        && Objects.equals(certificateRequested, s.certificateRequested)
        && Objects.equals(withdrawn, s.withdrawn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gateway, lastFact, kind, bookedOn, flags, Arrays.hashCode(slots), furtherAttempts,
        outcomeDate, outcomeRank, hardStart, appealOpen, parties, recommended, certificateRequested, withdrawn);
  }

  @Override
  public String toString() {
    return "JourneyState[gateway " + gateway + ", last fact " + lastFact + ", attempt " + attempt()
        + ", grades " + grades() + ", outcome " + lastOutcome() + "]";
  }
}
