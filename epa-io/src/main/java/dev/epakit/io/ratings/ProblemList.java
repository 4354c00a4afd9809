package dev.epakit.io.ratings;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;

/**
 * The problems a reader has found in one file, all of them counted but only the first {@link
 * #LIMIT} kept: a file with a million bad rows should give a readable list, not a million lines.
 * The last entry then says how many more there were.
 */
final class ProblemList {

  static final int LIMIT = 100;

  private final String file;
  private final java.util.List<Diagnostic> kept = new ArrayList<>();
  private long count;

  /** @param file the file as the user named it, for every diagnostic */
  ProblemList(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(Diagnostic problem) {
    count++;
    if (kept.size() < LIMIT) {
      kept.add(problem);
    }
  }

  /** Adds a problem of the file or of a whole row. */
  void add(CsvFileCode code, long line, String message) {
    add(code.at(file, line, message));
  }

  /** Adds a problem of one cell, by its 0-based column and the header's name of it. */
  void add(CsvFileCode code, long line, int column, String header, String message) {
    add(code.at(file, line, column, header, message));
  }

  boolean isEmpty() {
    return count == 0;
  }

  Seq<Diagnostic> toSeq() {
    List<Diagnostic> out = List.ofAll(kept);
    if (count > kept.size()) {
      out = out.append(CsvFileCode.PROBLEMS_MORE.at(file, 0,
          "and " + (count - kept.size()) + " more problems not listed (" + count + " in all)"));
    }
    return out;
  }
}
