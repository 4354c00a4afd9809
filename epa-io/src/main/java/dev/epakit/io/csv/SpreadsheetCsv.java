package dev.epakit.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A CSV table meant to be opened in a spreadsheet: a fixed header, then rows of typed {@link Cell
 * cells}, each line formatted per RFC 4180 and ended with CRLF.
 *
 * <p><b>Text is neutralised and always quoted.</b> A spreadsheet runs a cell that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} as a formula, and some also after a leading tab or
 * carriage return; an assessor id or a grade name is user data, so such a text cell is written with
 * a single quote {@code '} in front (OWASP's advice against CSV injection). The full-width forms
 * {@code ＝ ＋ － ＠}, which some spreadsheets read as their ASCII twins, are neutralised too.
 * Every text cell, header names included, is enclosed in double quotes (a quote inside doubled),
 * so that a separator in the text, {@code ,} or the {@code ;} some locales split on, never starts
 * a new cell. Neutralising is one way: the quote stays in the value read back.
 *
 * <p><b>Numbers are data and are not neutralised.</b> A {@link Cell#number(double) number} is
 * written unquoted as Java's shortest round-trip form ({@link Double#toString(double)}, such as
 * {@code -0.35} or {@code 1.0E-5}) and a {@link Cell#count(long) count} as a whole number, so that
 * the spreadsheet reads a number: a leading minus sign on a number cannot start a formula, because
 * the cell holds nothing but the number. A missing or non-finite number is an empty cell.
 *
 * <p>Immutable and thread-safe. Formatting a row never fails on the content of a cell.
 */
public final class SpreadsheetCsv {

  /** The line ending RFC 4180 prescribes. */
  public static final String LINE_END = "\r\n";

  private final List<String> columns;

  private SpreadsheetCsv(List<String> columns) {
    this.columns = columns;
  }

  /**
   * A table with these column names.
   *
   * @param columns the header, at least one name, none {@code null}; names are text cells, so
   *     neutralised like any other text
   * @return the table, never {@code null}
   * @throws NullPointerException if {@code columns} or a name is {@code null}
   * @throws IllegalArgumentException if there are no columns
   */
  public static SpreadsheetCsv withColumns(List<String> columns) {
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    return new SpreadsheetCsv(copy);
  }

  /**
   * A table with these column names.
   *
   * @param columns the header; see {@link #withColumns(List)}
   * @return the table, never {@code null}
   */
  public static SpreadsheetCsv withColumns(String... columns) {
    return withColumns(List.of(columns));
  }

  /**
   * The column names, in order.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The header line.
   *
   * @return the column names as one CSV line ending with {@link #LINE_END}
   */
  public String header() {
    List<Cell> cells = new ArrayList<>(columns.size());
    for (String c : columns) {
      cells.add(Cell.text(c));
    }
    return line(cells);
  }

  /**
   * One row.
   *
   * @param cells one cell per column, none {@code null}
   * @return the row as one CSV line ending with {@link #LINE_END}
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public String row(List<Cell> cells) {
    if (cells.size() != columns.size()) {
      throw new IllegalArgumentException(
          "a row needs " + columns.size() + " cells, got " + cells.size());
    }
    return line(cells);
  }

  /**
   * One row.
   *
   * @param cells one cell per column; see {@link #row(List)}
   * @return the row as one CSV line ending with {@link #LINE_END}
   */
  public String row(Cell... cells) {
    return row(List.of(cells));
  }

  /**
   * Whether a spreadsheet could read text starting this way as a formula: it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, or a full-width {@code ＝ ＋ －
   * ＠}.
   *
   * @param text the text, not {@code null}
   * @return {@code true} when {@link #neutralise(String)} would change it
   */
  public static boolean isDangerous(String text) {
    if (text.isEmpty()) {
      return false;
    }
    switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
        return true;
      default:
        return false;
    }
  }

  /**
   * Text as it is written into a cell: with a single quote in front when it {@link
   * #isDangerous(String) is dangerous}, unchanged otherwise.
   *
   * @param text the text, not {@code null}
   * @return the neutralised text, never {@code null}
   */
  public static String neutralise(String text) {
    return isDangerous(text) ? "'" + text : text;
  }

  private static String line(List<Cell> cells) {
    StringBuilder s = new StringBuilder(16 * cells.size());
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      Cell cell = Objects.requireNonNull(cells.get(i), "cell");
      if (cell instanceof Cell.Text t) {
        String v = neutralise(t.value());
        s.append('"');
        for (int k = 0; k < v.length(); k++) {
          char c = v.charAt(k);
          if (c == '"') {
            s.append('"');
          }
          s.append(c);
        }
        s.append('"');
      } else if (cell instanceof Cell.Number n) {
        s.append(Double.toString(n.value()));
      } else if (cell instanceof Cell.Count n) {
        s.append(n.value());
      }
      // Cell.Empty: nothing between the commas
    }
    return s.append(LINE_END).toString();
  }

  @Override
  public String toString() {
    return "SpreadsheetCsv" + columns;
  }

  /**
   * One cell of a row: text (neutralised and quoted), a number, a count, or nothing.
   *
   * <p>Immutable and thread-safe; values are never {@code null}.
   */
  public sealed interface Cell {

    /**
     * A text cell, such as an assessor id or a flag word.
     *
     * @param text the text, not {@code null}; may be empty
     * @return the cell
     */
    static Cell text(String text) {
      return new Text(text);
    }

    /**
     * A number cell, or an empty cell when the number is not finite.
     *
     * @param value the number
     * @return the cell
     */
    static Cell number(double value) {
      return Double.isFinite(value) ? new Number(value) : Empty.INSTANCE;
    }

    /**
     * A number cell, or an empty cell when there is no number or it is not finite.
     *
     * @param value the number, if any; not {@code null}
     * @return the cell
     */
    static Cell number(OptionalDouble value) {
      return value.isPresent() ? number(value.getAsDouble()) : Empty.INSTANCE;
    }

    /**
     * A whole-number cell, such as a count of results.
     *
     * @param value the number
     * @return the cell
     */
    static Cell count(long value) {
      return new Count(value);
    }

    /**
     * An empty cell: no value.
     *
     * @return the cell
     */
    static Cell empty() {
      return Empty.INSTANCE;
    }

    /**
     * Text, written neutralised and quoted. The text may be personal data (a candidate's name),
     * so {@link #toString()} gives only its length.
     *
     * @param value the text as given, not {@code null}
     */
    record Text(String value) implements Cell {
      /** Checks the text is not {@code null}. */
      public Text {
        Objects.requireNonNull(value, "value");
      }

      /** @return {@code Text[n chars]}, never the text itself */
      @Override
      public String toString() {
        return "Text[" + value.length() + " chars]";
      }
    }

    /**
     * A finite number, written unquoted in its shortest round-trip form.
     *
     * @param value the number, finite
     */
    record Number(double value) implements Cell {
      /** Checks the number is finite. */
      public Number {
        if (!Double.isFinite(value)) {
          throw new IllegalArgumentException("a number cell must be finite, was " + value);
        }
      }
    }

    /**
     * A whole number, written unquoted.
     *
     * @param value the number
     */
    record Count(long value) implements Cell {}

    /** No value: nothing between the separators. */
    enum Empty implements Cell {
      /** The one empty cell. */
      INSTANCE
    }
  }
}
