package dev.epakit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.io.csv.SpreadsheetCsv.Cell;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

  private final SpreadsheetCsv table = SpreadsheetCsv.withColumns("assessor", "n", "rate", "flag");

  @Test
  void headerIsQuotedAndEndsWithCrLf() {
    assertThat(table.header()).isEqualTo("\"assessor\",\"n\",\"rate\",\"flag\"\r\n");
  }

  @Test
  void textIsQuotedNumbersAreNot() {
    assertThat(table.row(Cell.text("A-07"), Cell.count(120), Cell.number(-0.35), Cell.text("high")))
        .isEqualTo("\"A-07\",120,-0.35,\"high\"\r\n");
  }

  @Test
  void formulaTextGetsASingleQuote() {
    assertThat(table.row(Cell.text("=HYPERLINK(\"http://x\")"), Cell.text("+1"), Cell.text("-2+3"),
        Cell.text("@SUM(A1)")))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\"\r\n");
    assertThat(SpreadsheetCsv.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetCsv.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(SpreadsheetCsv.neutralise("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
  }

  @Test
  void harmlessTextIsLeftAlone() {
    for (String s : List.of("", "A-07", "Pass", "x=1", " =1", "'=1", "0.5", "a;=b")) {
      assertThat(SpreadsheetCsv.neutralise(s)).as(s).isEqualTo(s);
    }
  }

  @Test
  void separatorsQuotesAndLineBreaksStayInsideTheirCell() {
    String line = SpreadsheetCsv.withColumns("a", "b").row(Cell.text("x,\"y\"\r\nz;=1"), Cell.text("w"));
    assertThat(line).isEqualTo("\"x,\"\"y\"\"\r\nz;=1\",\"w\"\r\n");
    assertThat(SpreadsheetCsvProperties.parse(line)).containsExactly(List.of("x,\"y\"\r\nz;=1", "w"));
  }

  @Test
  void missingAndNonFiniteNumbersAreEmptyCells() {
    assertThat(table.row(Cell.text("A"), Cell.empty(), Cell.number(Double.NaN),
        Cell.number(OptionalDouble.empty()))).isEqualTo("\"A\",,,\r\n");
    assertThat(table.row(Cell.text("A"), Cell.number(OptionalDouble.of(1e-5)),
        Cell.number(Double.NEGATIVE_INFINITY), Cell.number(0.25)))
        .isEqualTo("\"A\",1.0E-5,,0.25\r\n");
  }

  @Test
  void aRowMustFitTheHeader() {
    assertThatThrownBy(() -> table.row(Cell.text("A")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 cells, got 1");
    assertThatThrownBy(() -> SpreadsheetCsv.withColumns(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell.Number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(table.columns()).containsExactly("assessor", "n", "rate", "flag");
  }
}
