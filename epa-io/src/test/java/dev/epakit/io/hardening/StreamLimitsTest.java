package dev.epakit.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.StreamLimits;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.ratings.ReadProgress;
import dev.epakit.io.ratings.ResultsFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream limits are enforced with a diagnostic, never an exception or a long wait. */
class StreamLimitsTest {

  @Test
  void deepNestingInAJourneyFileIsADiagnostic() {
    String deep = "[".repeat(StreamLimits.MAX_DEPTH + 10) + "]".repeat(StreamLimits.MAX_DEPTH + 10);
    List<JourneyDiagnostic> found = new ArrayList<>();
    var summary = JourneyReader.create().read(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)),
        j -> { }, found::add);
    assertThat(summary.complete()).isFalse();
    assertThat(found).isNotEmpty();
  }

  @Test
  void aHugeValueInAJourneyFileIsADiagnostic() {
    String huge = "{\"format\": \"epakit-journeys/1\", \"journeys\": [{\"uln\": \""
        + "1".repeat(StreamLimits.MAX_VALUE_LENGTH + 1) + "\"}]}";
    List<JourneyDiagnostic> found = new ArrayList<>();
    JourneyReader.create().read(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)), j -> { }, found::add);
    assertThat(found).isNotEmpty();
  }

  @Test
  void aHugeCellInAResultsFileIsAProblem() {
    String csv = "assessor,grade\nA-1," + "P".repeat(StreamLimits.MAX_VALUE_LENGTH + 1) + "\n";
    var read = ResultsFile.read("results.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), List.of(),
        ReadProgress.NONE);
    assertThat(read.isInvalid()).isTrue();
  }

  @Test
  void aHugeLineInTheSimpleResultsImportIsLeftOutWithADiagnostic() {
    String csv = "uln,method,grade,date,assessor,attempt\n1000102504,project,Pass,2025-02-03,A-1,1"
        + "x".repeat(StreamLimits.MAX_VALUE_LENGTH) + "\n";
    List<JourneyDiagnostic> found = new ArrayList<>();
    dev.epakit.io.journey.ResultsCsvImport.create(ReaderFuzzProperties.SENIOR_LEADER)
        .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), j -> { }, found::add);
    assertThat(found).extracting(JourneyDiagnostic::code).contains("csv.too-long");
  }
}
