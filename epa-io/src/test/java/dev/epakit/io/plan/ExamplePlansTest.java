package dev.epakit.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.epakit.core.plan.AssessmentPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real plans of {@code docs/examples/plans}: each is valid with no finding at all, cites its
 * source, satisfies the JSON Schema of {@code docs/schema}, and survives a write-then-read round
 * trip.
 */
class ExamplePlansTest {

  static final Path EXAMPLES = Path.of("../docs/examples/plans");
  static final Path SCHEMA = Path.of("../docs/schema/plan.schema.json");

  static List<Path> examples() throws IOException {
    return PlanValidation.planFiles(EXAMPLES);
  }

  static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  @Test
  void thereAreAtLeastSixRealPlansCoveringTheCasesTheIssueNames() throws IOException {
    List<AssessmentPlan> plans = examples().stream().map(p -> PlanValidation.validateFile(p).plan().get()).toList();
    assertThat(plans).hasSizeGreaterThanOrEqualTo(6);
    assertThat(plans).anyMatch(p -> p.standard().reference().value().equals("ST0480"));
    assertThat(plans).as("an asymmetric table").anyMatch(p -> p.standard().reference().value().equals("ST0482"));
    assertThat(plans).as("score bands").anyMatch(p -> p.methods().exists(m -> m.bands().isPresent()));
    assertThat(plans).as("three or more methods").anyMatch(p -> p.methods().size() >= 3);
    assertThat(plans).as("no grade cap").anyMatch(p -> p.policy().resitCap().isEmpty() && p.policy().retakeCap().isEmpty());
    assertThat(plans).as("two-tier").anyMatch(p -> p.overallScale().names().equals("Fail, Pass, Distinction")
        && p.effectiveFrom().getYear() >= 2025);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleIsValidWithoutFindings() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      PlanFileResult result = PlanValidation.validateFile(file);
      assertThat(result.diagnostics()).isEmpty();
      assertThat(result.plan()).isNotEmpty();
      assertThat(result.plan().get().source()).isNotBlank();
      String text = Files.readString(file);
      assertThat(text).contains("$schema=../../schema/plan.schema.json");
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleSatisfiesTheSchema() throws IOException {
    Schema schema = schema();
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<Error> errors = schema.validate(Files.readString(file), InputFormat.YAML);
      assertThat(errors).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleWrittenBackSatisfiesTheSchemaAndReadsBackEqual() throws IOException {
    Schema schema = schema();
    return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      AssessmentPlan plan = PlanValidation.validateFile(file).plan().get();
      String written = PlanWriter.toYaml(plan);
      assertThat(schema.validate(written, InputFormat.YAML)).isEmpty();
      PlanFileResult back = PlanReader.standard().read(Path.of("written.yaml"), written);
      assertThat(back.diagnostics()).isEmpty();
      assertThat(back.plan().get()).isEqualTo(plan);
    }));
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
    Schema schema = schema();
    Path broken = BrokenPlansTest.BROKEN;
    for (String name : List.of("key-unknown.yaml", "key-missing.yaml", "value-type-list.yaml",
        "value-type-boolean.yaml", "value-invalid-duration.yaml", "value-invalid-method-id.yaml")) {
      assertThat(schema.validate(Files.readString(broken.resolve(name)), InputFormat.YAML)).as(name).isNotEmpty();
    }
  }

  @Test
  void theAnnotatedExampleOfTheDocsIsValidAndSatisfiesTheSchema() throws IOException {
    String doc = Files.readString(Path.of("../docs/plans.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    assertThat(example).contains("policy:").contains("bands:");
    PlanFileResult result = PlanReader.standard().read(Path.of("plans.md"), example);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(schema().validate(example, InputFormat.YAML)).isEmpty();
  }

  @Test
  void validatingEveryExampleIsQuick() throws IOException {
    PlanValidation.validateAll(examples());
    long start = System.nanoTime();
    PlanValidationReport report = PlanValidation.validateAll(List.of(EXAMPLES));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(report.passes(true)).isTrue();
    assertThat(millis).isLessThan(2000);
  }
}
