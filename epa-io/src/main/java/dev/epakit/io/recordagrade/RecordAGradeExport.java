package dev.epakit.io.recordagrade;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.RecordAGradeGrade;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.CertificateReadiness;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.JourneyStatus;
import dev.epakit.rules.journey.Replay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the Record a grade request bodies of one journey and checks them before they are sent.
 *
 * <p>The EPA record lists each notified attempt (its date is the attempt's last assessment, its
 * outcome Pass or Fail from the grade notified, with the resit and retake flags of the attempt)
 * and a withdrawal. The certificate request is made when the certificate is ready on the date (or
 * was requested through the service), with the overall grade notified and the postal contact of
 * the journey file.
 *
 * <p>Nothing is sent that would be refused: a body the service would refuse (see {@link
 * RecordAGradePreflight}) or that EPA Kit's rules refuse (the certificate not ready, a resit or
 * retake not allowed) is left out, and each reason is a {@link PreflightFinding}.
 *
 * <p>Stateless and thread-safe; the date is a parameter.
 */
public final class RecordAGradeExport {

  private RecordAGradeExport() {}

  /**
   * The bodies of one journey, and why any was held back.
   *
   * @param epaRecord the EPA record, empty when there is nothing to record or it was held back
   * @param certificate the certificate request, empty when none is due or it was held back
   * @param findings every reason a body was held back or a fact was refused, in order
   */
  public record Result(Optional<EpaRecordRequest> epaRecord, Optional<CertificateRequest> certificate,
      List<PreflightFinding> findings) {

    /** Checks nothing is null and copies the findings. */
    public Result {
      Objects.requireNonNull(epaRecord, "epaRecord");
      Objects.requireNonNull(certificate, "certificate");
      findings = List.copyOf(findings);
    }
  }

  /**
   * Builds and checks the bodies of a journey.
   *
   * @param record the journey as read, not {@code null}
   * @param plan the plan of its standard, not {@code null}
   * @param today the day the bodies would be sent, not {@code null}
   * @return the bodies that may be sent and the findings
   */
  public static Result of(JourneyRecord record, AssessmentPlan plan, LocalDate today) {
    Objects.requireNonNull(today, "today");
    Replay replay = Journey.replay(plan, record.apprentice(), record.factList());
    String uln = record.uln();
    List<PreflightFinding> findings = new ArrayList<>();
    for (Replay.Refusal r : replay.refused()) {
      int line = record.facts().get(r.index()).line();
      if (r.fact() instanceof Fact.FurtherAttemptBooked b) {
        String kind = b.attempt() == AttemptKind.RESIT ? "resit" : "retake";
        for (Violation v : r.violations()) {
          findings.add(rules(uln, line, "epaRecord.epas." + kind, kind + ".not-allowed",
              "the " + kind + " booked on " + b.date() + " is not allowed, so it is not recorded: " + text(v)));
        }
      } else if (r.fact() instanceof Fact.CertificateRequested c) {
        for (Violation v : r.violations()) {
          findings.add(rules(uln, line, "certificate", "certificate.refused",
              "the certificate request of " + c.date() + " is refused: " + text(v)));
        }
      }
    }
    Journey journey = replay.journey();
    JourneySnapshot snapshot = journey.asOf(today);
    Optional<EpaRecordRequest> epa = epaRecord(record, journey, today);
    if (epa.isPresent()) {
      List<PreflightFinding> refused = RecordAGradePreflight.check(epa.get(), today);
      findings.addAll(refused);
      if (!refused.isEmpty()) {
        epa = Optional.empty();
      }
    }
    Optional<CertificateRequest> cert = Optional.empty();
    CertificateReadiness readiness = snapshot.certificateReadiness();
    boolean requested = snapshot.status() == JourneyStatus.CERTIFICATE_REQUESTED;
    if (readiness.ready() || requested) {
      Grade grade = snapshot.notifiedGrade().get();
      LocalDate achieved = journey.facts().filter(f -> f instanceof Fact.OutcomeNotified || f instanceof Fact.AppealDecided)
          .filter(f -> !f.date().isAfter(today)).last().date();
      String label = RecordAGradeGrade.of(grade).map(RecordAGradeGrade::label).getOrElse(grade.name());
      CertificateRequest c = new CertificateRequest(uln, record.apprentice().familyName(),
          record.standard().reference().value(), record.standard().version().toString(), record.standard().option(),
          label, achieved, record.postalContact(), record.line());
      List<PreflightFinding> refused = RecordAGradePreflight.check(c, today);
      findings.addAll(refused);
      if (refused.isEmpty()) {
        cert = Optional.of(c);
      }
    } else if (snapshot.notifiedGrade().exists(Grade::passing) && snapshot.status() == JourneyStatus.PASSED) {
      findings.add(rules(uln, record.line(), "certificate", "certificate.not-ready",
          "the certificate is not ready: " + readiness.missing().mkString("; ")));
    }
    return new Result(epa, cert, findings);
  }

  private static Optional<EpaRecordRequest> epaRecord(JourneyRecord record, Journey journey, LocalDate today) {
    List<EpaRecordRequest.Epa> epas = new ArrayList<>();
    AttemptKind kind = null;
    LocalDate lastAssessed = null;
    for (Fact f : journey.facts()) {
      if (f.date().isAfter(today)) {
        break;
      }
      if (f instanceof Fact.MethodAssessed) {
        lastAssessed = f.date();
      } else if (f instanceof Fact.FurtherAttemptBooked b) {
        kind = b.attempt();
        lastAssessed = null;
      } else if (f instanceof Fact.OutcomeNotified) {
        boolean pass = journey.asOf(f.date()).notifiedGrade().exists(Grade::passing);
        epas.add(new EpaRecordRequest.Epa(lastAssessed == null ? f.date() : lastAssessed, pass ? "Pass" : "Fail",
            kind == AttemptKind.RESIT, kind == AttemptKind.RETAKE));
      } else if (f instanceof Fact.Withdrawn) {
        epas.add(new EpaRecordRequest.Epa(f.date(), "Withdrawn", kind == AttemptKind.RESIT, kind == AttemptKind.RETAKE));
      }
    }
    if (epas.isEmpty()) {
      return Optional.empty();
    }
    int last = epas.size() - 1;
    EpaRecordRequest.Epa latest = epas.get(last);
    if (!latest.epaOutcome().equals("Withdrawn")) {
      // an upheld appeal changes the latest outcome
      boolean pass = journey.asOf(today).notifiedGrade().exists(Grade::passing);
      epas.set(last, new EpaRecordRequest.Epa(latest.epaDate(), pass ? "Pass" : "Fail", latest.resit(), latest.retake()));
    }
    return Optional.of(new EpaRecordRequest(record.uln(), record.apprentice().familyName(),
        record.standard().reference().value(), record.standard().version().toString(), record.standard().option(),
        epas, record.line()));
  }

  private static String text(Violation v) {
    return v.ruleId() + " " + v.reasons().mkString("; ");
  }

  private static PreflightFinding rules(String uln, int line, String field, String code, String message) {
    return new PreflightFinding(uln, line, field, PreflightFinding.Source.RULES, code, message);
  }
}
