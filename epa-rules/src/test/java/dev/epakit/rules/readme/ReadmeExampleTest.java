package dev.epakit.rules.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.Journey;
import dev.epakit.rules.journey.JourneySnapshot;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedding example of the README runs, and the README shows exactly this code. */
class ReadmeExampleTest {

  @Test
  void theExampleRunsAndSaysWhatTheReadmeSays() {
    // readme:start
    GradeScale scale = GradeScale.failPassDistinction();
    AssessmentPlan plan = AssessmentPlan.builder(Standard.of("ST0480", "1.0"))
        .title("Senior leader")
        .method(AssessmentMethod.graded("project", "Work-based project", scale))
        .method(AssessmentMethod.graded("discussion", "Professional discussion", scale))
        .overallScale(scale)
        .row("Fail", "*", "Fail")                 // any fail gives fail
        .row("*", "Fail", "Fail")
        .row("Distinction", "Distinction", "Distinction")
        .row("Pass", "Pass+", "Pass")             // Pass+ means Pass or better
        .row("Distinction", "Pass", "Pass")
        .policy(ResitRetakePolicy.typical())      // resit 3 months, retake 6, capped at Pass
        .buildOrThrow();

    AssessorId assessor = AssessorId.of("A-017");
    Journey journey = Journey.start(plan, Apprentice.of(Uln.of("9276308686")))
        .record(new Fact.GatewayPassed(LocalDate.of(2025, 1, 6))).get()
        .record(new Fact.MethodAssessed(LocalDate.of(2025, 2, 3), MethodId.of("project"), Mark.grade("Fail"), assessor)).get()
        .record(new Fact.MethodAssessed(LocalDate.of(2025, 2, 10), MethodId.of("discussion"), Mark.grade("Distinction"), assessor)).get()
        .record(new Fact.OutcomeNotified(LocalDate.of(2025, 2, 14))).get();

    JourneySnapshot today = journey.asOf(LocalDate.of(2025, 3, 1));
    today.status();                                   // FAILED
    today.resultStatement().get().failedMethods();    // [project]
    today.resultStatement().get().resitDeadline();    // 2025-05-14

    // A resit of a method that was passed is refused, and the journey is left as it was.
    Validation<Seq<Violation>, Journey> refused = journey.record(Fact.FurtherAttemptBooked.resit(
        LocalDate.of(2025, 3, 3), Set.of(MethodId.of("project"), MethodId.of("discussion"))));
    refused.getError().head();  // EPA-FURTHER-02 (A resit or retake covers only failed methods; ...): ... discussion passed
    // readme:end

    assertThat(today.status().name()).isEqualTo("FAILED");
    assertThat(today.resultStatement().get().failedMethods()).containsExactly(MethodId.of("project"));
    assertThat(today.resultStatement().get().resitDeadline()).contains(LocalDate.of(2025, 5, 14));
    assertThat(refused.getError().head().ruleId().value()).isEqualTo("EPA-FURTHER-02");
    assertThat(refused.getError().head().reasons().head()).contains("discussion passed");
  }

  @Test
  void readmeShowsThisExample() throws IOException {
    Path base = Path.of(System.getProperty("basedir", "."));
    String test = Files.readString(base.resolve("src/test/java/dev/epakit/rules/readme/ReadmeExampleTest.java"),
        StandardCharsets.UTF_8);
    String readme = Files.readString(base.resolve("../README.md"), StandardCharsets.UTF_8);
    assertThat(normalised(between(readme, "<!-- readme:start -->", "<!-- readme:end -->")))
        .isEqualTo(normalised(between(test, "// readme:start", "// readme:end")));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as("marker %s", start).isNotNegative();
    assertThat(to).as("marker %s", end).isPositive();
    return text.substring(from + start.length(), to);
  }

  /** Compares the code lines only, ignoring indentation and the markdown fence. */
  private static List<String> normalised(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("```") && !l.startsWith("//"))
        .collect(Collectors.toList());
  }
}
