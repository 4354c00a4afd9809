package dev.epakit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.csv.SpreadsheetCsv.Cell;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * What {@link SpreadsheetCsv} writes, read back by an independent CSV parser (Jackson's), gives
 * back every cell: text neutralised and nothing else changed, numbers exactly; and no text cell
 * read back starts with a character that a spreadsheet would take for a formula.
 */
class SpreadsheetCsvProperties {

  /** The first characters that make a spreadsheet read a cell as a formula, stated apart from the writer. */
  static final String DANGEROUS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  static boolean startsDangerously(String cell) {
    return !cell.isEmpty() && DANGEROUS.indexOf(cell.charAt(0)) >= 0;
  }

  static final CsvMapper READER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  /** Parses CSV text into rows of cells. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it =
        READER.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(csv)) {
      while (it.hasNext()) {
        rows.add(List.of(it.next()));
      }
    }
    return rows;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(16);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars("=+-@\t\r\n\",;' a1.\uFF1D\uFF0B\uFF0D\uFF20'|!")
        .ofMaxLength(12);
    Arbitrary<String> formulas = Combinators.combine(
        Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"),
        Arbitraries.of("1+1", "cmd|' /C calc'!A0", "HYPERLINK(\"http://x\",\"y\")", "SUM(A1:A9)", "", "2"))
        .as(String::concat);
    return Arbitraries.oneOf(any, tricky, formulas);
  }

  @Provide
  Arbitrary<Cell> cells() {
    return Arbitraries.oneOf(
        texts().map(Cell::text),
        Arbitraries.doubles().map(Cell::number),
        Arbitraries.of(-0.35, -0.0, 0.0, 1e-300, -1e300, Double.MIN_VALUE, -Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY).map(Cell::number),
        Arbitraries.longs().map(Cell::count),
        Arbitraries.just(Cell.empty()));
  }

  @Provide
  Arbitrary<List<List<Cell>>> tables() {
    return Arbitraries.integers().between(2, 6).flatMap(width ->
        cells().list().ofSize(width).list().ofMaxSize(8));
  }

  @Property(tries = 2000)
  void readsBackAsWrittenWithTextNeutralised(@ForAll("texts") String firstName,
      @ForAll("tables") List<List<Cell>> rows) {
    int width = rows.isEmpty() ? 2 : rows.get(0).size();
    List<String> header = new ArrayList<>();
    header.add(firstName);
    for (int i = 1; i < width; i++) {
      header.add("c" + i);
    }
    SpreadsheetCsv table = SpreadsheetCsv.withColumns(header);
    StringBuilder csv = new StringBuilder(table.header());
    rows.forEach(r -> csv.append(table.row(r)));

    List<List<String>> read = parse(csv.toString());

    assertThat(read).hasSize(rows.size() + 1);
    assertThat(read.get(0).get(0)).isEqualTo(SpreadsheetCsv.neutralise(firstName));
    for (int r = 0; r < rows.size(); r++) {
      List<String> got = read.get(r + 1);
      assertThat(got).hasSize(width);
      for (int c = 0; c < width; c++) {
        Cell cell = rows.get(r).get(c);
        String value = got.get(c);
        if (cell instanceof Cell.Text t) {
          assertThat(value).isEqualTo(SpreadsheetCsv.neutralise(t.value()));
          assertThat(startsDangerously(value)).as("text cell %s", value).isFalse();
          assertThat(value).isEqualTo(startsDangerously(t.value()) ? "'" + t.value() : t.value());
        } else if (cell instanceof Cell.Number n) {
          assertThat(Double.parseDouble(value)).isEqualTo(n.value());
          assertThat(value).matches("-?[0-9.]+(E-?[0-9]+)?");
        } else if (cell instanceof Cell.Count n) {
          assertThat(Long.parseLong(value)).isEqualTo(n.value());
        } else {
          assertThat(value).isEmpty();
        }
      }
    }
  }

  @Property(tries = 2000)
  void noTextCellStartsDangerously(@ForAll("texts") String text) {
    String neutral = SpreadsheetCsv.neutralise(text);
    assertThat(startsDangerously(neutral)).isFalse();
    assertThat(SpreadsheetCsv.isDangerous(text)).isEqualTo(startsDangerously(text));
    assertThat(neutral).endsWith(text);
    assertThat(neutral.length() - text.length()).isIn(0, 1);
    String line = SpreadsheetCsv.withColumns("only").row(Cell.text(text));
    // the raw line: one quoted cell, so nothing in it can start a new cell
    assertThat(line).startsWith("\"").endsWith("\"" + SpreadsheetCsv.LINE_END);
    assertThat(parse(line)).containsExactly(List.of(neutral));
  }
}
