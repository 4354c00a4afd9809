package dev.epakit.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.Diagnostic;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileCodeTest {

  @Test
  void codesAreUniqueAndLookedUpByText() {
    List<String> codes = Arrays.stream(CsvFileCode.values()).map(CsvFileCode::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+\\.[a-z-]+"));
    for (CsvFileCode c : CsvFileCode.values()) {
      assertThat(CsvFileCode.of(c.code())).contains(c);
    }
    assertThat(CsvFileCode.of("yaml.syntax")).isEmpty();
  }

  @Test
  void onlyProblemsOfTheWholeFileAreUnreadable() {
    assertThat(CsvFileCode.isUnreadable(CsvFileCode.CSV_SYNTAX.at("f.csv", 3, "broken"))).isTrue();
    assertThat(CsvFileCode.isUnreadable(CsvFileCode.HEADER_MISSING.at("f.csv", 1, "no grade"))).isTrue();
    assertThat(CsvFileCode.isUnreadable(CsvFileCode.GRADE_UNKNOWN.at("f.csv", 3, 1, "grade", "Pas"))).isFalse();
    assertThat(CsvFileCode.isUnreadable(CsvFileCode.FILE_NO_RESULTS.at("f.csv", 1, "none"))).isFalse();
    // a diagnostic of another reader is never taken for one of these
    assertThat(CsvFileCode.isUnreadable(new Diagnostic("p.yaml", 1, 1, "file.encoding-x",
        Diagnostic.Severity.ERROR, "x"))).isFalse();
  }

  @Test
  void aCellProblemGivesItsColumnByNumberAndByName() {
    Diagnostic d = CsvFileCode.DATE_INVALID.at("r.csv", 7, 2, "date", "'x' is not a date");
    assertThat(d.line()).isEqualTo(7);
    assertThat(d.column()).isEqualTo(3);
    assertThat(d.field()).isEqualTo("date");
    assertThat(d.toString()).isEqualTo("r.csv:7:3: error date.invalid column 'date': 'x' is not a date");
    // lines past the range of an int stay positive
    assertThat(CsvFileCode.ROW_WIDTH.at("r.csv", 5_000_000_000L, "wide").line()).isEqualTo(Integer.MAX_VALUE);
  }
}
