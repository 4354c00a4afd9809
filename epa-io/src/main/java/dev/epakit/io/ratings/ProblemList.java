package dev.epakit.io.ratings;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;

/**
 * The problems a reader has found, all of them counted but only the first {@link #LIMIT} kept: a
 * file with a million bad rows should give a readable list, not a million lines. The last entry
 * then says how many more there were.
 */
final class ProblemList {

  static final int LIMIT = 100;

  private final java.util.List<CsvProblem> kept = new ArrayList<>();
  private long count;

  void add(CsvProblem problem) {
    count++;
    if (kept.size() < LIMIT) {
      kept.add(problem);
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  boolean hasUnreadable() {
    return kept.stream().anyMatch(CsvProblem::isUnreadable);
  }

  Seq<CsvProblem> toSeq() {
    List<CsvProblem> out = List.ofAll(kept);
    if (count > kept.size()) {
      CsvProblem.Kind kind = hasUnreadable() ? CsvProblem.Kind.UNREADABLE : CsvProblem.Kind.INVALID;
      out = out.append(new CsvProblem(kind, 0, java.util.Optional.empty(), "problems.more",
          "and " + (count - kept.size()) + " more problems not listed (" + count + " in all)"));
    }
    return out;
  }
}
