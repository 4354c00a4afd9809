package dev.epakit.cli.journey;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Standard;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.CertificateReadiness;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Notification;
import dev.epakit.rules.journey.OverallGrade;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/** The plain-text report of {@code epa journey check}: one block per apprentice, named by ULN. */
final class JourneyText {

  private JourneyText() {}

  /** Each enum's constants as the reports name them, by ordinal. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
      }
      return names;
    }
  };

  /** The last standard written and its text: journeys of a file mostly share one. */
  private static volatile Object[] lastStandard = {null, null};

  private static StringBuilder standard(StringBuilder b, Standard standard) {
    Object[] last = lastStandard;
    if (last[0] != standard) {
      last = new Object[] {standard, standard.toString()};
      lastStandard = last;
    }
    return b.append((String) last[1]);
  }

  /** Appends a date as {@link LocalDate#toString()} writes it. */
  static StringBuilder date(StringBuilder b, LocalDate d) {
    int year = d.getYear();
    if (year < 1000 || year > 9999) {
      return b.append(d);
    }
    int month = d.getMonthValue();
    int day = d.getDayOfMonth();
    return b.append(year).append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day);
  }

  static String name(Enum<?> e) {
    return NAMES.get(e.getDeclaringClass())[e.ordinal()];
  }

  static String overall(JourneySnapshot s) {
    return overall(new StringBuilder(), s).toString();
  }

  private static StringBuilder overall(StringBuilder b, JourneySnapshot s) {
    Option<Grade> notified = s.notifiedGrade();
    if (notified.isEmpty()) {
      return b.append('-');
    }
    b.append(notified.get().name());
    OverallGrade overall = s.overallGrade();
    if (overall.capped()) {
      b.append(" (capped from ").append(overall.uncapped().get()).append(')');
    }
    return b;
  }

  static String step(NextStep n) {
    return step(new StringBuilder(), n).toString();
  }

  private static StringBuilder step(StringBuilder b, NextStep n) {
    b.append(name(n.action()));
    if (!n.methods().isEmpty()) {
      b.append(' ');
      join(b, n.methods(), ", ");
    }
    Option<LocalDate> deadline = n.deadline();
    if (deadline.isDefined()) {
      date(b.append(" by "), deadline.get());
    }
    return b;
  }

  static String refusal(CheckedJourney.Refusal r) {
    return refusal(new StringBuilder(), r).toString();
  }

  private static StringBuilder refusal(StringBuilder b, CheckedJourney.Refusal r) {
    b.append("line ").append(r.line()).append(": ").append(r.field()).append(": ").append(r.fact().kind())
        .append(" of ");
    date(b, r.fact().date()).append(" refused: ");
    return violation(b, r.violation());
  }

  static String violation(Violation v) {
    return violation(new StringBuilder(), v).toString();
  }

  private static StringBuilder violation(StringBuilder b, Violation v) {
    b.append(v.ruleId()).append(' ').append(v.rule().title()).append(": ");
    return join(b, v.reasons(), "; ");
  }

  static String owed(Notification n) {
    return owed(new StringBuilder(), n).toString();
  }

  private static StringBuilder owed(StringBuilder b, Notification n) {
    return b.append(name(n.what())).append(" to ").append(name(n.party())).append(" (").append(n.rule().id())
        .append(')');
  }

  /** Appends the items, as {@code mkString(separator)} would. */
  private static StringBuilder join(StringBuilder b, Iterable<?> items, String separator) {
    boolean first = true;
    for (Object o : items) {
      if (!first) {
        b.append(separator);
      }
      b.append(o);
      first = false;
    }
    return b;
  }

  /** The block for one journey. */
  static String render(CheckedJourney c) {
    return render(new StringBuilder(512), c).toString();
  }

  /**
   * Appends the block for one journey.
   *
   * @param b where to append
   * @param c the journey checked
   * @return {@code b}
   */
  static StringBuilder render(StringBuilder b, CheckedJourney c) {
    JourneySnapshot s = c.snapshot();
    b.append("ULN ").append(c.record().uln()).append(" (line ").append(c.record().line()).append("): ");
    standard(b, c.plan().standard())
        .append(", ").append(name(s.status())).append(", overall ");
    overall(b, s).append(", ").append(c.record().facts().size()).append(" facts");
    if (!c.refusals().isEmpty()) {
      b.append(", ").append(c.replay().refused().size()).append(" refused");
    }
    b.append('\n');
    for (CheckedJourney.Refusal r : c.refusals()) {
      refusal(b.append("  refused   "), r).append('\n');
    }
    for (NextStep n : s.nextSteps()) {
      if (n.allowed()) {
        step(b.append("  next      "), n);
        if (!n.requirements().isEmpty()) {
          join(b.append(" (needs "), n.requirements(), "; ").append(')');
        }
        b.append('\n');
      } else {
        step(b.append("  not now   "), n).append(": ");
        boolean first = true;
        for (Violation v : n.explanation().violations()) {
          if (!first) {
            b.append(" | ");
          }
          join(b.append(v.ruleId()).append(' '), v.reasons(), "; ");
          first = false;
        }
        b.append('\n');
      }
    }
    CertificateReadiness cert = s.certificateReadiness();
    b.append("  certificate ");
    if (cert.ready()) {
      b.append("ready to apply for through the apprentice assessment service");
    } else {
      join(b.append("not ready: "), cert.missing(), "; ");
    }
    b.append('\n');
    io.vavr.collection.List<Notification> owed = s.notificationsOwed();
    if (!owed.isEmpty()) {
      b.append("  owed      ");
      boolean first = true;
      for (Notification n : owed) {
        if (!first) {
          b.append("; ");
        }
        owed(b, n);
        first = false;
      }
      b.append('\n');
    }
    Option<LocalDate> retain = s.retainUntil();
    if (retain.isDefined()) {
      date(b.append("  retain until "), retain.get()).append('\n');
    }
    return b;
  }

  static String render(JourneyDiagnostic d) {
    return render(new StringBuilder(160), d).toString();
  }

  /**
   * Appends the line for one diagnostic.
   *
   * @param b where to append
   * @param d the diagnostic
   * @return {@code b}
   */
  static StringBuilder render(StringBuilder b, JourneyDiagnostic d) {
    return b.append(d.isError() ? "error   " : "warning ").append(d).append('\n');
  }
}
