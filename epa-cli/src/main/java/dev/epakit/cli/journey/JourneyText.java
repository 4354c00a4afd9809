package dev.epakit.cli.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.CertificateReadiness;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Notification;
import dev.epakit.rules.journey.OverallGrade;
import java.util.Locale;

/** The plain-text report of {@code epa journey check}: one block per apprentice, named by ULN. */
final class JourneyText {

  private JourneyText() {}

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String overall(JourneySnapshot s) {
    OverallGrade overall = s.overallGrade();
    String notified = s.notifiedGrade().map(Grade::name).getOrElse("-");
    if (overall.capped() && s.notifiedGrade().isDefined()) {
      return notified + " (capped from " + overall.uncapped().get() + ")";
    }
    return notified;
  }

  static String step(NextStep n) {
    StringBuilder b = new StringBuilder(name(n.action()));
    if (!n.methods().isEmpty()) {
      b.append(' ').append(n.methods().mkString(", "));
    }
    n.deadline().forEach(d -> b.append(" by ").append(d));
    return b.toString();
  }

  static String refusal(CheckedJourney.Refusal r) {
    return "line " + r.line() + ": " + r.field() + ": " + r.fact().kind() + " of " + r.fact().date() + " refused: "
        + violation(r.violation());
  }

  static String violation(Violation v) {
    return v.ruleId() + " " + v.rule().title() + ": " + v.reasons().mkString("; ");
  }

  static String owed(Notification n) {
    return name(n.what()) + " to " + name(n.party()) + " (" + n.rule().id() + ")";
  }

  /** The block for one journey. */
  static String render(CheckedJourney c) {
    JourneySnapshot s = c.snapshot();
    StringBuilder b = new StringBuilder(512);
    b.append("ULN ").append(c.record().uln()).append(" (line ").append(c.record().line()).append("): ")
        .append(c.plan().standard()).append(", ").append(name(s.status()))
        .append(", overall ").append(overall(s))
        .append(", ").append(c.record().facts().size()).append(" facts")
        .append(c.refusals().isEmpty() ? "" : ", " + c.replay().refused().size() + " refused").append('\n');
    for (CheckedJourney.Refusal r : c.refusals()) {
      b.append("  refused   ").append(refusal(r)).append('\n');
    }
    for (NextStep n : s.nextSteps()) {
      if (n.allowed()) {
        b.append("  next      ").append(step(n));
        if (!n.requirements().isEmpty()) {
          b.append(" (needs ").append(n.requirements().mkString("; ")).append(')');
        }
        b.append('\n');
      } else {
        b.append("  not now   ").append(step(n)).append(": ")
            .append(n.explanation().violations().map(v -> v.ruleId() + " " + v.reasons().mkString("; ")).mkString(" | ")).append('\n');
      }
    }
    CertificateReadiness cert = s.certificateReadiness();
    b.append("  certificate ").append(cert.ready() ? "ready to apply for through the apprentice assessment service"
        : "not ready: " + cert.missing().mkString("; ")).append('\n');
    if (!s.notificationsOwed().isEmpty()) {
      b.append("  owed      ").append(s.notificationsOwed().map(JourneyText::owed).mkString("; ")).append('\n');
    }
    s.retainUntil().forEach(d -> b.append("  retain until ").append(d).append('\n'));
    return b.toString();
  }

  static String render(JourneyDiagnostic d) {
    return (d.isError() ? "error   " : "warning ") + d + "\n";
  }
}
