package dev.epakit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.CertificateReadiness;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Notification;
import dev.epakit.rules.journey.OverallGrade;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The text report, appended in place, reads exactly as the report built from joined strings it
 * replaced (kept here as the reference), for the bundled demo cohort (refusals, caps, appeals,
 * owed notifications) and for generated journeys, at several dates.
 */
class JourneyTextTest {

  private static final AssessmentPlan PLAN = BundledPlans.seniorLeader();

  private static List<Object> read(InputStream in) {
    List<Object> read = new ArrayList<>();
    JourneyReader.create().read(in, read::add, read::add);
    return read;
  }

  private static void assertSameText(List<Object> read, LocalDate asOf) {
    int journeys = 0;
    for (Object o : read) {
      if (o instanceof JourneyDiagnostic d) {
        assertThat(JourneyText.render(d)).isEqualTo((d.isError() ? "error   " : "warning ") + d + "\n");
        continue;
      }
      CheckedJourney c = CheckedJourney.check((JourneyRecord) o, PLAN, asOf);
      assertThat(JourneyText.render(new StringBuilder("before|"), c).toString()).isEqualTo("before|" + reference(c));
      journeys++;
    }
    assertThat(journeys).isPositive();
  }

  @Test
  void theDemoCohortReadsAsBefore() throws IOException {
    try (InputStream in = JourneyTextTest.class.getResourceAsStream("/dev/epakit/cli/demo/journeys.json")) {
      List<Object> read = read(in);
      for (LocalDate asOf : List.of(LocalDate.of(2025, 2, 12), LocalDate.of(2025, 6, 30), LocalDate.of(2030, 1, 1))) {
        assertSameText(read, asOf);
      }
    }
  }

  @Test
  void generatedJourneysReadAsBefore() throws IOException {
    StringWriter w = new StringWriter();
    GeneratedJourneys.write(600, 3, w);
    List<Object> read = read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    for (LocalDate asOf : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 12, 31))) {
      assertSameText(read, asOf);
    }
  }

  @Test
  void namesAreLowerCaseWithHyphens() {
    assertThat(JourneyText.name(NextStep.Action.REQUEST_CERTIFICATE)).isEqualTo("request-certificate");
    assertThat(JourneyText.name(dev.epakit.io.Diagnostic.Severity.WARNING)).isEqualTo("warning");
  }

  @Test
  void datesAreWrittenAsLocalDateWritesThem() {
    for (LocalDate d : List.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 31), LocalDate.of(1000, 10, 1),
        LocalDate.of(9999, 9, 9), LocalDate.of(999, 1, 1), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 4),
        LocalDate.MIN, LocalDate.MAX)) {
      assertThat(JourneyText.date(new StringBuilder(), d).toString()).isEqualTo(d.toString());
    }
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
      assertThat(JourneyText.date(new StringBuilder(), d).toString()).isEqualTo(d.toString());
    }
  }

  // the report as it was written before, from joined strings

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String overall(JourneySnapshot s) {
    OverallGrade overall = s.overallGrade();
    String notified = s.notifiedGrade().map(Grade::name).getOrElse("-");
    if (overall.capped() && s.notifiedGrade().isDefined()) {
      return notified + " (capped from " + overall.uncapped().get() + ")";
    }
    return notified;
  }

  private static String step(NextStep n) {
    StringBuilder b = new StringBuilder(name(n.action()));
    if (!n.methods().isEmpty()) {
      b.append(' ').append(n.methods().mkString(", "));
    }
    n.deadline().forEach(d -> b.append(" by ").append(d));
    return b.toString();
  }

  private static String violation(Violation v) {
    return v.ruleId() + " " + v.rule().title() + ": " + v.reasons().mkString("; ");
  }

  private static String owed(Notification n) {
    return name(n.what()) + " to " + name(n.party()) + " (" + n.rule().id() + ")";
  }

  private static String reference(CheckedJourney c) {
    JourneySnapshot s = c.snapshot();
    StringBuilder b = new StringBuilder(512);
    b.append("ULN ").append(c.record().uln()).append(" (line ").append(c.record().line()).append("): ")
        .append(c.plan().standard()).append(", ").append(name(s.status()))
        .append(", overall ").append(overall(s))
        .append(", ").append(c.record().facts().size()).append(" facts")
        .append(c.refusals().isEmpty() ? "" : ", " + c.replay().refused().size() + " refused").append('\n');
    for (CheckedJourney.Refusal r : c.refusals()) {
      b.append("  refused   ").append("line " + r.line() + ": " + r.field() + ": " + r.fact().kind() + " of "
          + r.fact().date() + " refused: " + violation(r.violation())).append('\n');
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
            .append(n.explanation().violations().map(v -> v.ruleId() + " " + v.reasons().mkString("; "))
                .mkString(" | ")).append('\n');
      }
    }
    CertificateReadiness cert = s.certificateReadiness();
    b.append("  certificate ").append(cert.ready() ? "ready to apply for through the apprentice assessment service"
        : "not ready: " + cert.missing().mkString("; ")).append('\n');
    if (!s.notificationsOwed().isEmpty()) {
      b.append("  owed      ").append(s.notificationsOwed().map(JourneyTextTest::owed).mkString("; ")).append('\n');
    }
    s.retainUntil().forEach(d -> b.append("  retain until ").append(d).append('\n'));
    return b.toString();
  }
}
