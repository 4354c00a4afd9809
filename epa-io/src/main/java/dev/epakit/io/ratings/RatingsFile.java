package dev.epakit.io.ratings;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a ratings file for the agreement statistics: a CSV file, UTF-8, with a header row. The
 * first column names the unit (script, candidate); each further column is one rater, named in the
 * header; an empty cell is a missing rating.
 *
 * <pre>
 * script,assessor A,assessor B,assessor C
 * S-001,Pass,Pass,Merit
 * S-002,Fail,,Fail
 * </pre>
 *
 * <p>The order of the categories: declared categories fix it, and then every rating must be one of
 * them; otherwise, when every rating is a number, numbers sort numerically, and labels keep the
 * order in which they first appear. {@link Ratings#origin()} says which order was used. Labels
 * are matched without regard to letter case, and numbers by value ({@code 2} and {@code 2.0} are
 * the same category).
 *
 * <p>Bad input never throws: every problem is returned with its line and column (the first hundred
 * listed, the rest counted). Stateless and thread-safe.
 */
public final class RatingsFile {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private RatingsFile() {}

  /**
   * Reads a ratings file from disk.
   *
   * @param file the file, not {@code null}
   * @param categories the declared categories, lowest first, or an empty list to infer them
   * @return the ratings, or every problem found; never {@code null}
   * @throws IllegalArgumentException if a declared category is blank or repeated
   */
  public static Validation<Seq<Diagnostic>, Ratings> read(Path file, List<String> categories) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, categories);
    } catch (NoSuchFileException e) {
      return Validation.invalid(io.vavr.collection.List.of(
          CsvFileCode.FILE_MISSING.at(file.toString(), 0, "no such file")));
    } catch (IOException e) {
      return Validation.invalid(io.vavr.collection.List.of(
          CsvFileCode.FILE_IO.at(file.toString(), 0, "the file cannot be read: " + e.getMessage())));
    }
  }

  /**
   * Reads a ratings file from a stream, which is read to its end but not closed.
   *
   * @param name the file as the user would name it, for the diagnostics; not {@code null}
   * @param in the bytes of the file, not {@code null}
   * @param categories the declared categories, lowest first, or an empty list to infer them
   * @return the ratings, or every problem found; never {@code null}
   * @throws IllegalArgumentException if a declared category is blank or repeated
   */
  public static Validation<Seq<Diagnostic>, Ratings> read(
      String name, InputStream in, List<String> categories) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(categories, "categories");
    Set<String> seen = new HashSet<>();
    for (String c : categories) {
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException("category names must not be blank");
      }
      if (!seen.add(key(c.strip()))) {
        throw new IllegalArgumentException("category '" + c.strip() + "' is declared twice");
      }
    }
    return new Reading(name, categories).read(in);
  }

  /** The identity of a category: its value for a number, its lower-case spelling for a label. */
  static String key(String text) {
    if (isNumber(text)) {
      return "#" + Double.parseDouble(text);
    }
    return text.toLowerCase(Locale.ROOT);
  }

  static boolean isNumber(String text) {
    return NUMBER.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
  }

  private static final class Reading {
    private final boolean declared;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, Integer> byText = new HashMap<>();
    private final Map<String, Long> unitLines = new HashMap<>();
    private final ProblemList problems;
    private final IntColumn codes = new IntColumn();

    Reading(String file, List<String> declaredCategories) {
      problems = new ProblemList(file);
      declared = !declaredCategories.isEmpty();
      for (String c : declaredCategories) {
        String name = c.strip();
        byKey.put(key(name), names.size());
        names.add(name);
      }
    }

    Validation<Seq<Diagnostic>, Ratings> read(InputStream in) {
      List<String> raters;
      try (CsvRows rows = new CsvRows(in, problems.file())) {
        if (!rows.next()) {
          problems.add(rows.failure() != null ? rows.failure()
              : CsvFileCode.FILE_EMPTY.at(problems.file(), 0, "the file is empty"));
          return Validation.invalid(problems.toSeq());
        }
        raters = header(rows.cells(), rows.line());
        if (raters == null) {
          return Validation.invalid(problems.toSeq());
        }
        List<String> header = List.copyOf(rows.cells());
        while (rows.next()) {
          row(header, rows.cells(), rows.line());
        }
        if (rows.failure() != null) {
          problems.add(rows.failure());
        } else if (rows.rows() == 1) {
          problems.add(CsvFileCode.FILE_NO_UNITS, rows.line(),
              "the file has a header but no units");
        } else if (names.isEmpty()) {
          problems.add(CsvFileCode.RATINGS_NONE, 0, "every rating in the file is missing");
        }
      }
      if (!problems.isEmpty()) {
        return Validation.invalid(problems.toSeq());
      }
      return Validation.valid(ratings(raters));
    }

    private List<String> header(List<String> cells, long line) {
      boolean ok = true;
      if (cells.size() < 3) {
        problems.add(CsvFileCode.HEADER_RATERS, line,
            "the header names " + Math.max(0, cells.size() - 1) + (cells.size() == 2 ? " rater" : " raters")
                + "; a ratings file needs a unit column and at least two rater columns");
        ok = false;
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 1; i < cells.size(); i++) {
        String name = cells.get(i);
        if (name.isEmpty()) {
          problems.add(CsvFileCode.HEADER_BLANK, line,
              "column " + (i + 1) + " of the header is blank; name each rater");
          ok = false;
        } else {
          Integer previous = seen.putIfAbsent(name, i);
          if (previous != null) {
            problems.add(CsvFileCode.HEADER_DUPLICATE, line,
                "the header names the rater '" + name + "' twice (columns " + (previous + 1)
                    + " and " + (i + 1) + ")");
            ok = false;
          }
        }
      }
      return ok ? List.copyOf(cells.subList(1, cells.size())) : null;
    }

    private void row(List<String> header, List<String> cells, long line) {
      if (cells.size() != header.size()) {
        problems.add(CsvFileCode.ROW_WIDTH, line,
            "the row has " + cells.size() + (cells.size() == 1 ? " value" : " values")
                + " but the header has " + header.size() + " columns");
        return;
      }
      String unit = cells.get(0);
      boolean ok = true;
      if (unit.isEmpty()) {
        problems.add(CsvFileCode.UNIT_BLANK, line, 0, header.get(0), "the unit is blank");
        ok = false;
      } else {
        Long previous = unitLines.putIfAbsent(unit, line);
        if (previous != null) {
          problems.add(CsvFileCode.UNIT_DUPLICATE, line, 0, header.get(0),
              "the unit on this line was already rated on line " + previous);
          ok = false;
        }
      }
      int[] row = new int[cells.size() - 1];
      for (int i = 1; i < cells.size(); i++) {
        String text = cells.get(i);
        if (text.isEmpty()) {
          row[i - 1] = Ratings.MISSING;
          continue;
        }
        int code = code(text);
        if (code < 0) {
          problems.add(CsvFileCode.CATEGORY_UNKNOWN, line, i, header.get(i),
              "unknown category '" + text + "': the declared categories are "
                  + String.join(", ", names));
          ok = false;
        }
        row[i - 1] = code;
      }
      if (ok) {
        for (int c : row) {
          codes.add(c);
        }
      }
    }

    private int code(String text) {
      Integer code = byText.get(text);
      if (code != null) {
        return code;
      }
      String key = key(text);
      code = byKey.get(key);
      if (code == null) {
        if (declared) {
          return -1;
        }
        code = names.size();
        names.add(text);
        byKey.put(key, code);
      }
      byText.put(text, code);
      return code;
    }

    private Ratings ratings(List<String> raters) {
      int k = names.size();
      boolean numeric = names.stream().allMatch(RatingsFile::isNumber);
      int[] all = codes.toArray();
      List<String> ordered = names;
      CategoryOrigin origin = declared ? CategoryOrigin.DECLARED
          : numeric ? CategoryOrigin.NUMERIC : CategoryOrigin.FIRST_APPEARANCE;
      if (origin == CategoryOrigin.NUMERIC) {
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
          order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.parseDouble(names.get(i))));
        int[] remap = new int[k];
        ordered = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          remap[order[i]] = i;
          ordered.add(names.get(order[i]));
        }
        for (int i = 0; i < all.length; i++) {
          if (all[i] != Ratings.MISSING) {
            all[i] = remap[all[i]];
          }
        }
      }
      double[] values = new double[k];
      for (int i = 0; i < k; i++) {
        values[i] = numeric ? Double.parseDouble(ordered.get(i)) : i + 1;
      }
      return new Ratings(all, raters, ordered, values, numeric, origin);
    }
  }
}
