package dev.epakit.io.ratings;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a results file: a CSV file, UTF-8, with a header row naming at least the columns {@code
 * assessor} and {@code grade}, and optionally {@code standard}, {@code method}, {@code date} and
 * {@code provider}, in any order and any letter case. Other columns (a ULN, a candidate name) are
 * ignored and never kept. One row is one graded result.
 *
 * <pre>
 * assessor,standard,method,grade,date,provider
 * A-01,ST0480,project,Pass,2025-03-14,10000001
 * </pre>
 *
 * <p>Grades are matched to the scale without regard to letter case. With a declared scale (lowest
 * first, such as {@code Fail, Pass, Merit, Distinction}) every grade in the file must be one of
 * it, and every grade but the first is a pass. Without one, grades must be the standard EPA grades
 * Fail, Pass, Merit and Distinction, and every grade but Fail is a pass. Dates are {@code
 * YYYY-MM-DD} or {@code DD/MM/YYYY}; a blank date is allowed.
 *
 * <p>The file is streamed: a million rows are read in about a second and held in a few tens of
 * megabytes. Bad input never throws: every problem is returned, each with its line and column (the
 * first hundred listed, the rest counted). The reader is stateless and thread-safe.
 */
public final class ResultsFile {

  /** The standard grades, lowest first, used when no scale is declared. */
  public static final List<String> STANDARD_GRADES = List.of("Fail", "Pass", "Merit", "Distinction");

  /** The most grades a scale may have. */
  public static final int MAX_GRADES = 100;

  private ResultsFile() {}

  /**
   * Reads a results file from disk.
   *
   * @param file the file, not {@code null}
   * @param scale the declared grade scale, lowest first, or an empty list for the standard grades
   * @param progress told how far reading has got, not {@code null}
   * @return the results, or every problem found; never {@code null}
   * @throws IllegalArgumentException if the declared scale is invalid (see {@link
   *     #checkScale(List)})
   */
  public static Validation<Seq<Diagnostic>, Results> read(
      Path file, List<String> scale, ReadProgress progress) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, scale, progress);
    } catch (NoSuchFileException e) {
      return Validation.invalid(io.vavr.collection.List.of(
          CsvFileCode.FILE_MISSING.at(file.toString(), 0, "no such file")));
    } catch (IOException e) {
      return Validation.invalid(io.vavr.collection.List.of(
          CsvFileCode.FILE_IO.at(file.toString(), 0, "the file cannot be read: " + e.getMessage())));
    }
  }

  /**
   * Reads a results file from a stream, which is read to its end but not closed.
   *
   * @param name the file as the user would name it, for the diagnostics; not {@code null}
   * @param in the bytes of the file, not {@code null}
   * @param scale the declared grade scale, lowest first, or an empty list for the standard grades
   * @param progress told how far reading has got, not {@code null}
   * @return the results, or every problem found; never {@code null}
   * @throws IllegalArgumentException if the declared scale is invalid (see {@link
   *     #checkScale(List)})
   */
  public static Validation<Seq<Diagnostic>, Results> read(
      String name, InputStream in, List<String> scale, ReadProgress progress) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(progress, "progress");
    String bad = checkScale(scale);
    if (bad != null) {
      throw new IllegalArgumentException(bad);
    }
    return new Reading(name, scale, progress).read(in);
  }

  /**
   * Checks a declared scale: at least two grades (one failing, one passing), none blank, none
   * repeated (ignoring letter case), at most {@link #MAX_GRADES}. An empty list is fine: it means
   * the standard grades.
   *
   * @param scale the scale, not {@code null}
   * @return what is wrong with it, or {@code null} when it is fine
   */
  public static String checkScale(List<String> scale) {
    Objects.requireNonNull(scale, "scale");
    if (scale.isEmpty()) {
      return null;
    }
    if (scale.size() < 2) {
      return "a grade scale needs at least two grades, a failing one first";
    }
    if (scale.size() > MAX_GRADES) {
      return "a grade scale may have at most " + MAX_GRADES + " grades";
    }
    Set<String> seen = new HashSet<>();
    for (String g : scale) {
      if (g == null || g.isBlank()) {
        return "grade names must not be blank";
      }
      if (!seen.add(g.strip().toLowerCase(Locale.ROOT))) {
        return "grade '" + g.strip() + "' appears twice in the scale";
      }
    }
    return null;
  }

  /**
   * Parses {@code YYYY-MM-DD} or {@code DD/MM/YYYY}; null if the text is neither or no such day.
   * By hand, because the general formatter costs more than the rest of a row together.
   */
  static LocalDate parseDate(String text) {
    int y;
    int m;
    int d;
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      y = digits(text, 0, 4);
      m = digits(text, 5, 7);
      d = digits(text, 8, 10);
    } else if (text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
      d = digits(text, 0, 2);
      m = digits(text, 3, 5);
      y = digits(text, 6, 10);
    } else {
      return null;
    }
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null; // such as 31 April
    }
  }

  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The state of one reading. */
  private static final class Reading {
    private final boolean declared;
    private final List<String> scale;
    private final Map<String, Integer> gradeIndex = new HashMap<>();
    private final ReadProgress progress;
    private final ProblemList problems;
    private final Dictionary assessors = new Dictionary();
    private final Dictionary standards = new Dictionary();
    private final Dictionary methods = new Dictionary();
    private final Dictionary providers = new Dictionary();
    private final IntColumn assessorColumn = new IntColumn();
    private final IntColumn standardColumn = new IntColumn();
    private final IntColumn methodColumn = new IntColumn();
    private final IntColumn providerColumn = new IntColumn();
    private final IntColumn gradeColumn = new IntColumn();
    private String lastDateText;
    private LocalDate lastDateValue;
    private LocalDate first;
    private LocalDate last;

    Reading(String name, List<String> declaredScale, ReadProgress progress) {
      this.problems = new ProblemList(name);
      this.declared = !declaredScale.isEmpty();
      List<String> names = new ArrayList<>();
      for (String g : declared ? declaredScale : STANDARD_GRADES) {
        names.add(g.strip());
      }
      this.scale = names;
      for (int i = 0; i < names.size(); i++) {
        gradeIndex.put(names.get(i), i);
        gradeIndex.put(names.get(i).toLowerCase(Locale.ROOT), i);
      }
      this.progress = progress;
    }

    Validation<Seq<Diagnostic>, Results> read(InputStream in) {
      try (CsvRows rows = new CsvRows(in, problems.file())) {
        if (!rows.next()) {
          problems.add(rows.failure() != null ? rows.failure()
              : CsvFileCode.FILE_EMPTY.at(problems.file(), 0, "the file is empty"));
          return Validation.invalid(problems.toSeq());
        }
        Header header = Header.of(rows.cells(), rows.line(), problems);
        if (header == null) {
          return Validation.invalid(problems.toSeq());
        }
        while (rows.next()) {
          row(header, rows.cells(), rows.line());
          if ((rows.rows() & 0xFFFF) == 0) {
            progress.update(rows.rows(), rows.bytesRead());
          }
        }
        if (rows.failure() != null) {
          problems.add(rows.failure());
        } else if (rows.rows() == 1) {
          problems.add(CsvFileCode.FILE_NO_RESULTS, rows.line(),
              "the file has a header but no results");
        }
        progress.update(rows.rows(), rows.bytesRead());
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(problems.toSeq());
      }
      return Validation.valid(results());
    }

    private void row(Header h, List<String> cells, long line) {
      if (cells.size() != h.width) {
        problems.add(CsvFileCode.ROW_WIDTH, line,
            "the row has " + cells.size() + (cells.size() == 1 ? " value" : " values")
                + " but the header has " + h.width + " columns");
        return;
      }
      boolean ok = true;
      String assessor = cells.get(h.assessor);
      if (assessor.isEmpty()) {
        problems.add(CsvFileCode.ASSESSOR_BLANK, line, h.assessor, h.names.get(h.assessor),
            "the assessor is blank");
        ok = false;
      }
      String gradeText = cells.get(h.grade);
      int grade = -1;
      if (gradeText.isEmpty()) {
        problems.add(CsvFileCode.GRADE_BLANK, line, h.grade, h.names.get(h.grade), "the grade is blank");
        ok = false;
      } else {
        grade = grade(gradeText);
        if (grade < 0) {
          problems.add(CsvFileCode.GRADE_UNKNOWN, line, h.grade, h.names.get(h.grade),
              "unknown grade '" + gradeText + "': " + (declared
                  ? "the declared scale is " + String.join(", ", scale)
                  : "expected one of " + String.join(", ", scale)
                      + " (declare the grade scale to use other grades)"));
          ok = false;
        }
      }
      if (h.date >= 0 && !date(cells.get(h.date))) {
        problems.add(CsvFileCode.DATE_INVALID, line, h.date, h.names.get(h.date),
            "'" + cells.get(h.date) + "' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)");
        ok = false;
      }
      if (!ok) {
        return;
      }
      assessorColumn.add(assessors.intern(assessor));
      gradeColumn.add(grade);
      standardColumn.add(standards.intern(h.standard >= 0 ? cells.get(h.standard) : ""));
      methodColumn.add(methods.intern(h.method >= 0 ? cells.get(h.method) : ""));
      providerColumn.add(providers.intern(h.provider >= 0 ? cells.get(h.provider) : ""));
    }

    private int grade(String text) {
      Integer index = gradeIndex.get(text);
      if (index == null) {
        index = gradeIndex.get(text.toLowerCase(Locale.ROOT));
        if (index == null) {
          return -1;
        }
        gradeIndex.put(text, index); // remember this spelling
      }
      return index;
    }

    private boolean date(String text) {
      if (text.isEmpty()) {
        return true;
      }
      LocalDate d;
      if (text.equals(lastDateText)) {
        d = lastDateValue;
      } else {
        d = parseDate(text);
        if (d == null) {
          return false;
        }
        lastDateText = text;
        lastDateValue = d;
      }
      if (first == null || d.isBefore(first)) {
        first = d;
      }
      if (last == null || d.isAfter(last)) {
        last = d;
      }
      return true;
    }

    private Results results() {
      int[] g = gradeColumn.toArray();
      List<String> names = scale;
      boolean[] passing = new boolean[scale.size()];
      for (int i = 1; i < passing.length; i++) {
        passing[i] = true;
      }
      if (!declared) {
        // Keep only the standard grades in use, in their order.
        boolean[] used = new boolean[scale.size()];
        for (int x : g) {
          used[x] = true;
        }
        int[] remap = new int[scale.size()];
        names = new ArrayList<>();
        List<Boolean> pass = new ArrayList<>();
        for (int i = 0; i < scale.size(); i++) {
          if (used[i]) {
            remap[i] = names.size();
            names.add(scale.get(i));
            pass.add(i > 0);
          }
        }
        for (int r = 0; r < g.length; r++) {
          g[r] = remap[g[r]];
        }
        passing = new boolean[names.size()];
        for (int i = 0; i < passing.length; i++) {
          passing[i] = pass.get(i);
        }
      }
      byte[] grades = new byte[g.length];
      for (int r = 0; r < g.length; r++) {
        grades[r] = (byte) g[r];
      }
      return new Results(assessorColumn.toArray(), standardColumn.toArray(),
          methodColumn.toArray(), providerColumn.toArray(), grades, passing, assessors.names(),
          standards.names(), methods.names(), providers.names(), names,
          declared ? CategoryOrigin.DECLARED : CategoryOrigin.STANDARD_GRADES, first, last);
    }
  }

  /** The positions of the known columns in the header. */
  private static final class Header {
    final List<String> names;
    final int width;
    int assessor = -1;
    int grade = -1;
    int standard = -1;
    int method = -1;
    int date = -1;
    int provider = -1;

    private Header(List<String> names) {
      this.names = List.copyOf(names);
      this.width = names.size();
    }

    static Header of(List<String> cells, long line, ProblemList problems) {
      Header h = new Header(cells);
      boolean ok = true;
      for (int i = 0; i < cells.size(); i++) {
        String name = cells.get(i).toLowerCase(Locale.ROOT);
        int previous = switch (name) {
          case "assessor" -> swap(h, i, 0);
          case "grade" -> swap(h, i, 1);
          case "standard" -> swap(h, i, 2);
          case "method" -> swap(h, i, 3);
          case "date" -> swap(h, i, 4);
          case "provider" -> swap(h, i, 5);
          default -> -1;
        };
        if (previous >= 0) {
          problems.add(CsvFileCode.HEADER_DUPLICATE, line,
              "the header names the column '" + cells.get(i) + "' twice (columns "
                  + (previous + 1) + " and " + (i + 1) + ")");
          ok = false;
        }
      }
      for (String required : List.of("assessor", "grade")) {
        if ((required.equals("assessor") ? h.assessor : h.grade) < 0) {
          problems.add(CsvFileCode.HEADER_MISSING, line,
              "the header has no '" + required + "' column; it has: "
                  + (cells.isEmpty() ? "nothing" : String.join(", ", cells))
                  + " (needed: assessor, grade; optional: standard, method, date, provider)");
          ok = false;
        }
      }
      return ok ? h : null;
    }

    /** Records column {@code i} as known column {@code which}; returns the earlier position, or -1. */
    private static int swap(Header h, int i, int which) {
      int previous = switch (which) {
        case 0 -> h.assessor;
        case 1 -> h.grade;
        case 2 -> h.standard;
        case 3 -> h.method;
        case 4 -> h.date;
        default -> h.provider;
      };
      if (previous >= 0) {
        return previous;
      }
      switch (which) {
        case 0 -> h.assessor = i;
        case 1 -> h.grade = i;
        case 2 -> h.standard = i;
        case 3 -> h.method = i;
        case 4 -> h.date = i;
        default -> h.provider = i;
      }
      return -1;
    }
  }
}
