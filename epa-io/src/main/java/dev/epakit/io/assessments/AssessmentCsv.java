package dev.epakit.io.assessments;

import dev.epakit.io.Diagnostic;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Streams a CSV file of assessment results (one result per row, a header row naming the columns)
 * to a handler, row by row, so that a million rows need no more memory than the handler keeps.
 *
 * <p>Column names are matched case-insensitively after trimming; values are trimmed, and an empty
 * value counts as absent. Problems are reported as {@link Diagnostic}s with the file and line:
 * {@code csv.missing-column}, {@code csv.syntax}, {@code csv.value} (a value the handler refused),
 * {@code csv.empty}. Reading stops after {@value #MAX_PROBLEMS} problems.
 *
 * <p>Thread-safe: holds no state.
 */
public final class AssessmentCsv {

  /** Reading stops after this many problems. */
  public static final int MAX_PROBLEMS = 20;

  private AssessmentCsv() {}

  /** One data row, valid only during the handler call. */
  public static final class Row {
    private final Map<String, Integer> columns;
    private String[] values;
    private int line;

    private Row(Map<String, Integer> columns) {
      this.columns = columns;
    }

    /**
     * Returns the 1-based line of the row in the file.
     *
     * @return the line number
     */
    public int line() {
      return line;
    }

    /**
     * Returns the value of a column.
     *
     * @param column the column name, lower case; not null
     * @return the trimmed value, or empty when the column is absent or the value blank
     */
    public Optional<String> get(String column) {
      Integer index = columns.get(Objects.requireNonNull(column, "column"));
      if (index == null || index >= values.length || values[index] == null) {
        return Optional.empty();
      }
      String v = values[index].strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
  }

  /** Receives rows; returns a problem message to refuse a row. */
  @FunctionalInterface
  public interface RowHandler {
    /**
     * Accepts one row.
     *
     * @param row the row, not null, valid during this call only
     * @return a problem message for people, or empty when the row is fine
     */
    Optional<String> accept(Row row);
  }

  /**
   * Reads a file.
   *
   * @param file the CSV file, not null
   * @param required column names that must be present (lower case), not null
   * @param handler receives every data row, not null
   * @return the number of data rows read, or the problems found; never {@code null}
   */
  public static Either<List<Diagnostic>, Integer> read(
      Path file, List<String> required, RowHandler handler) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(handler, "handler");
    String name = file.toString();
    List<Diagnostic> problems = new ArrayList<>();
    CsvMapper mapper = CsvMapper.builder(tools.jackson.dataformat.csv.CsvFactory.builder()
            .streamReadConstraints(dev.epakit.io.StreamLimits.CONSTRAINTS).build())
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .enable(CsvReadFeature.SKIP_EMPTY_LINES).build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader)) {
      if (!rows.hasNextValue()) {
        return Either.left(List.of(error(name, 1, "csv.empty", "the file has no header row")));
      }
      String[] header = rows.nextValue();
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.putIfAbsent(header[i].strip().toLowerCase(Locale.ROOT), i);
      }
      for (String column : required) {
        if (!columns.containsKey(column)) {
          problems.add(error(name, 1, "csv.missing-column", "missing column '" + column + "'"));
        }
      }
      if (!problems.isEmpty()) {
        return Either.left(List.copyOf(problems));
      }
      Row row = new Row(columns);
      int count = 0;
      while (rows.hasNextValue()) {
        row.values = rows.nextValue();
        row.line = rows.currentLocation().getLineNr() - 1;
        count++;
        Optional<String> problem = handler.accept(row);
        if (problem.isPresent()) {
          problems.add(error(name, Math.max(row.line, 0), "csv.value", problem.get()));
          if (problems.size() >= MAX_PROBLEMS) {
            break;
          }
        }
      }
      return problems.isEmpty() ? Either.right(count) : Either.left(List.copyOf(problems));
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      problems.add(error(name, line, "csv.syntax", e.getOriginalMessage()));
      return Either.left(List.copyOf(problems));
    } catch (IOException e) {
      return Either.left(List.of(error(name, 0, "csv.unreadable",
          "cannot read the file: " + e.getMessage())));
    }
  }

  private static Diagnostic error(String file, int line, String code, String message) {
    return new Diagnostic(file, line, 0, code, Diagnostic.Severity.ERROR, message);
  }
}
