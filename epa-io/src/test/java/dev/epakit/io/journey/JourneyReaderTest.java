package dev.epakit.io.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.journey.Fact;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading journey files: the three top-level shapes and diagnostics that name ULN, line and field. */
class JourneyReaderTest {

  static JourneyFile read(String text) {
    return JourneyReader.create().notAfter(LocalDate.of(2025, 6, 30))
        .readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  static final String ONE = "{\"uln\": \"1000102504\", \"familyName\": \"Hidden\", \"standard\": \"ST0480\", \"version\": 1.0,"
      + " \"facts\": [{\"date\": \"2025-01-06\", \"kind\": \"gateway-passed\"}]}";

  @Test
  void oneJourneyAnArrayOrAnObject() {
    assertThat(read(ONE).journeys()).hasSize(1);
    assertThat(read("[" + ONE + "]").journeys()).hasSize(1);
    JourneyFile f = read("{\"format\": \"epakit-journeys/1\", \"journeys\": [" + ONE + "]}");
    assertThat(f.journeys().get(0).factList()).containsExactly(new Fact.GatewayPassed(LocalDate.of(2025, 1, 6)));
    assertThat(f.diagnostics()).isEmpty();
    assertThat(f.complete()).isTrue();
  }

  @Test
  void diagnosticsNameUlnLineAndFieldButNeverTheName() {
    JourneyFile f = read("[\n" + ONE.replace("]}", ",\n {\"date\": \"2025-13-01\", \"kind\": \"appeal-lodged\", \"extra\": 1}]}")
        + "\n]");
    assertThat(f.journeys()).hasSize(1);
    assertThat(f.diagnostics()).extracting(JourneyDiagnostic::toString).containsExactly(
        "line 3: ULN 1000102504: facts[1].extra: unknown field 'extra': ignored [field.unknown]",
        "line 3: ULN 1000102504: facts[1].date: '2025-13-01' is not a date such as 2025-02-14: fact left out [fact.date]");
    assertThat(f.diagnostics().toString()).doesNotContain("Hidden");
    assertThat(f.diagnostics().get(0).isError()).isFalse();
    assertThat(f.diagnostics().get(1).toDiagnostic("j.json").toString())
        .startsWith("j.json:3: error fact.date ULN 1000102504: facts[1].date:");
  }

  @Test
  void aRepeatedUlnIsSkipped() {
    JourneyFile f = read("[" + ONE + ",\n" + ONE + "]");
    assertThat(f.journeys()).hasSize(1);
    assertThat(f.diagnostics()).extracting(JourneyDiagnostic::code).containsExactly("journey.duplicate-uln");
    assertThat(f.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void emptyAndWrongShapesAreReported() {
    assertThat(read("").complete()).isFalse();
    assertThat(read("42").diagnostics()).extracting(JourneyDiagnostic::code).containsExactly("file.shape");
    JourneyFile cut = read("[" + ONE + ", {\"uln\": ");
    assertThat(cut.journeys()).hasSize(1);
    assertThat(cut.complete()).isFalse();
    assertThat(cut.diagnostics()).extracting(JourneyDiagnostic::code).containsExactly("file.syntax");
  }
}
