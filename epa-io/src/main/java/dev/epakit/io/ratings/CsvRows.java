package dev.epakit.io.ratings;

import dev.epakit.io.Diagnostic;
import java.io.Closeable;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV file, one at a time, with the line each row starts on: a thin layer over
 * Jackson's streaming CSV parser, so that a file of millions of rows is read in constant memory.
 * Blank lines are skipped. Cells are stripped of surrounding white space.
 *
 * <p>{@link #next()} turns every failure into a {@link Diagnostic} that makes the file unreadable
 * ({@link CsvFileCode#unreadable()}): broken quoting, bytes that are not UTF-8, and I/O errors.
 * After a problem the rows end. Not thread-safe.
 */
final class CsvRows implements Closeable {

  private static final CsvMapper MAPPER =
      CsvMapper.builder(tools.jackson.dataformat.csv.CsvFactory.builder()
          .streamReadConstraints(dev.epakit.io.StreamLimits.CONSTRAINTS).build())
          .enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private final StrictUtf8Reader reader;
  private final JsonParser parser;
  private final List<String> cells = new ArrayList<>();
  private long line;
  private long rows;
  private final String file;
  private Diagnostic failure;
  private boolean opened;

  /**
   * @param in the bytes of the file
   * @param file the file as the user named it, for diagnostics
   */
  CsvRows(InputStream in, String file) {
    this.file = file;
    this.reader = new StrictUtf8Reader(in);
    this.parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(reader);
  }

  /**
   * Moves to the next row that is not blank.
   *
   * @return {@code true} if there is one; {@code false} at the end or after a problem, which
   *     {@link #failure()} then holds
   */
  boolean next() {
    if (failure != null) {
      return false;
    }
    try {
      while (true) {
        cells.clear();
        JsonToken t = parser.nextToken();
        if (!opened) {
          opened = true;
          if (t == JsonToken.START_ARRAY) {
            t = parser.nextToken(); // the outer array that wraps all rows
          }
        }
        if (t == null || t == JsonToken.END_ARRAY) {
          return false;
        }
        if (t != JsonToken.START_ARRAY) {
          failure = CsvFileCode.CSV_SYNTAX.at(file, line + 1, "the file is not a CSV table");
          return false;
        }
        long start = -1;
        for (t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
          if (start < 0) {
            start = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getString().strip());
        }
        if (start > 0) {
          line = start;
        }
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue; // a blank line
        }
        rows++;
        return true;
      }
    } catch (JacksonException e) {
      failure = problemOf(e);
      return false;
    }
  }

  private Diagnostic problemOf(JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof StrictUtf8Reader.NotUtf8 bad) {
        return CsvFileCode.FILE_ENCODING.at(file,
            bad.line,
            "the file is not valid UTF-8 (save it as CSV UTF-8 and try again)");
      }
      if (c instanceof java.io.IOException io && !(c instanceof JacksonException)) {
        return CsvFileCode.FILE_IO.at(file, 0, "the file cannot be read: " + io.getMessage());
      }
    }
    TokenStreamLocation at = e.getLocation();
    long where = at == null || at.getLineNr() < 1 ? line + 1 : at.getLineNr();
    String message = e.getOriginalMessage() == null ? "broken CSV" : e.getOriginalMessage();
    return CsvFileCode.CSV_SYNTAX.at(file,
        where, "the file is not valid CSV: " + message.replaceAll("\\s+", " ").strip());
  }

  /**
   * The cells of the current row, stripped; the list is reused by the next call to {@link #next()}.
   *
   * @return the cells, never {@code null}
   */
  List<String> cells() {
    return cells;
  }

  /** The line the current row starts on, 1-based. */
  long line() {
    return line;
  }

  /** The number of rows read so far, the header included. */
  long rows() {
    return rows;
  }

  /** Bytes read from the file so far. */
  long bytesRead() {
    return reader.bytesRead();
  }

  /** The problem that ended the rows early, or {@code null}. */
  Diagnostic failure() {
    return failure;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // closing a reader we own: nothing useful to report
    }
  }
}
