package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.ResitRetakePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader never throws and never fails unexpectedly, whatever the input: random bytes, valid
 * plans mutated or truncated at random. And a plan written then read gives the same plan.
 */
class PlanReaderProperties {

  static final List<String> EXAMPLES = exampleTexts();

  static List<String> exampleTexts() {
    try {
      List<String> texts = new ArrayList<>();
      for (Path p : PlanValidation.planFiles(ExamplePlansTest.EXAMPLES)) {
        texts.add(Files.readString(p));
      }
      texts.add(PlanReaderTest.JSON);
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void readsWithoutDefect(byte[] content) {
    PlanFileResult result = PlanReader.standard().read(Path.of("fuzz.yaml"), content);
    assertThat(result.diagnostics().map(Diagnostic::code)).doesNotContain(PlanFileCode.READER_DEFECT.code());
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.line()).isGreaterThanOrEqualTo(0);
      assertThat(d.message()).isNotBlank();
    }
    if (result.plan().isDefined()) {
      assertThat(result.errors().map(Diagnostic::code)).allMatch(c -> c.contains("."));
    }
  }

  @Property(tries = 1000)
  void randomBytes(@ForAll byte[] content) {
    readsWithoutDefect(content);
  }

  @Property(tries = 1000)
  void randomYamlishText(@ForAll("yamlish") String text) {
    readsWithoutDefect(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> yamlish() {
    return Arbitraries.strings().withChars("abcPFD:-[]{},*&!|>'\"#%@` \n\t+0123456789.~").ofMaxLength(300);
  }

  @Property(tries = 1500)
  void mutatedValidFiles(@ForAll("examples") String text, @ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder s = new StringBuilder(text);
    int mutations = 1 + random.nextInt(4);
    String alphabet = ":-[]{},*&!|>'\"# \n\t+0Px";
    for (int i = 0; i < mutations && s.length() > 0; i++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(5)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 2 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 3 -> {
          int end = Math.min(s.length(), at + random.nextInt(40));
          s.insert(random.nextInt(s.length()), s.substring(at, end));
        }
        default -> {
          int end = Math.min(s.length(), at + random.nextInt(80));
          s.delete(at, end);
        }
      }
    }
    readsWithoutDefect(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void truncatedFiles(@ForAll("examples") String text, @ForAll double fraction) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int length = (int) Math.floor(Math.abs(fraction % 1.0) * bytes.length);
    byte[] prefix = new byte[length];
    System.arraycopy(bytes, 0, prefix, 0, length);
    readsWithoutDefect(prefix);
  }

  @Provide
  Arbitrary<String> examples() {
    return Arbitraries.of(EXAMPLES);
  }

  @Property(tries = 300)
  void writeThenReadGivesTheSamePlan(@ForAll("plans") AssessmentPlan plan) {
    String yaml = PlanWriter.toYaml(plan);
    PlanFileResult back = PlanReader.standard().read(Path.of("written.yaml"), yaml);
    assertThat(back.plan()).as(yaml + back.diagnostics().mkString("\n")).isNotEmpty();
    assertThat(back.plan().get()).isEqualTo(plan);
  }

  static final List<String> GRADE_NAMES = List.of("Fail", "Pass", "Merit", "Distinction", "Pass with excellence",
      "Outstanding", "No grade awarded", "null", "true", "Credit: high", "Grade \"A\"", "Très bien", "#1", "- x");

  @Provide
  Arbitrary<AssessmentPlan> plans() {
    return Arbitraries.longs().map(PlanReaderProperties::randomPlan);
  }

  static AssessmentPlan randomPlan(long seed) {
    Random r = new Random(seed);
    AssessmentPlan.Builder b = AssessmentPlan.builder(
        r.nextBoolean() ? Standard.of(String.format("ST%04d", r.nextInt(10000)), r.nextInt(3) + "." + r.nextInt(12))
            : Standard.of("ST0213", "1.2").withOption(pick(r, List.of("Barbering", "Women's hair", "Option: A \"quoted\""))))
        .title(pick(r, List.of("Senior leader", "Title: with colon", "  spaced  ", "#hash", "null", "Café \\ back")))
        .source(pick(r, List.of("", "Plan, 2020", "https://example.org/plan?a=1#b", "line\nbreak", "tab\there")))
        .effectiveFrom(LocalDate.of(2017 + r.nextInt(9), 1 + r.nextInt(12), 1 + r.nextInt(28)))
        .methodsInOrder(r.nextBoolean())
        .failedMethodMayPass(r.nextBoolean());
    if (r.nextBoolean()) {
      b.effectiveTo(LocalDate.of(2030, 1, 1));
    }
    int methods = 1 + r.nextInt(3);
    List<GradeScale> scales = new ArrayList<>();
    for (int m = 0; m < methods; m++) {
      GradeScale scale = randomScale(r);
      scales.add(scale);
      String id = "m" + m + (r.nextBoolean() ? "-x" : "");
      if (scale.size() >= 2 && r.nextInt(3) == 0) {
        Map<String, Integer> thresholds = new HashMap<>();
        for (int g = 1; g < scale.size(); g++) {
          thresholds.put(scale.get(g).name(), g * 10);
        }
        b.method(AssessmentMethod.scored(id, "Test " + m, ScoreBands.create(scale, scale.size() * 10, thresholds).get()));
      } else {
        b.method(AssessmentMethod.graded(id, "Method: " + m, scale));
      }
    }
    GradeScale overall = randomScale(r);
    b.overallScale(overall);
    int rows = r.nextInt(5);
    for (int i = 0; i < rows; i++) {
      String[] cells = new String[methods + 1];
      for (int m = 0; m < methods; m++) {
        String grade = scales.get(m).get(r.nextInt(scales.get(m).size())).name();
        cells[m] = switch (r.nextInt(3)) {
          case 0 -> "*";
          case 1 -> grade;
          default -> grade + "+";
        };
      }
      cells[methods] = overall.get(r.nextInt(overall.size())).name();
      b.row(cells);
    }
    ResitRetakePolicy.Builder p = ResitRetakePolicy.builder()
        .employerAgreementRequired(r.nextBoolean())
        .feeConfirmationRequired(r.nextBoolean())
        .resitWindow(Period.of(r.nextInt(2), r.nextInt(13), 1 + r.nextInt(40)))
        .retakeWindow(Period.ofMonths(1 + r.nextInt(12)))
        .exceptionalCircumstancesLiftCap(r.nextBoolean())
        .freshMaterialsRequired(r.nextBoolean())
        .appealPeriod(r.nextBoolean() ? AppealPeriod.workingDays(1 + r.nextInt(30)) : AppealPeriod.calendarDays(1 + r.nextInt(31)))
        .retentionPeriod(Period.ofYears(1 + r.nextInt(10)));
    if (r.nextBoolean()) {
      p.noHardWindow();
    }
    if (r.nextBoolean()) {
      p.wholeEpaWhenMoreThanFailed(1 + r.nextInt(3));
    }
    if (r.nextBoolean()) {
      p.attemptLimit(1 + r.nextInt(3));
    }
    String lowestPass = overall.lowestPass().name();
    p.resitCap(lowestPass);
    p.retakeCap(overall.highest().name());
    if (r.nextBoolean()) {
      p.noCap();
    }
    return b.policy(p.build()).buildOrThrow();
  }

  static GradeScale randomScale(Random r) {
    List<String> pool = new ArrayList<>(GRADE_NAMES);
    java.util.Collections.shuffle(pool, r);
    int size = 2 + r.nextInt(4);
    int failing = r.nextInt(size);
    return GradeScale.create(pool.subList(0, failing), pool.subList(failing, size)).get();
  }

  static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }
}
