package dev.epakit.io.journey;

import dev.epakit.core.Problem;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.StandardReference;
import dev.epakit.core.identity.StandardVersion;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds journeys from the simple CSV of one row per method result, as a results system exports
 * it: {@code uln, method, grade, date, assessor, attempt}, with optional {@code given_names},
 * {@code family_name}, {@code standard}, {@code version}, {@code option}, {@code gateway} and
 * {@code attempt_kind} columns (see {@code docs/formats.md}).
 *
 * <p>A results file says less than a journey file, so the import fills in what a results file
 * implies and says so in the documentation: gateway on the {@code gateway} column's date or else
 * the first assessment's; the outcome notified on the day of an attempt's last assessment once the
 * attempt covers its methods; each later attempt booked as a resit (or a retake when {@code
 * attempt_kind} says so) on the day of its first assessment, with the employer's agreement, the
 * fee confirmed and fresh materials, and a retake's further training completed that day.
 *
 * <p>Every problem becomes a {@link JourneyDiagnostic} with the line, the column and the ULN; a
 * bad row is left out and the rest is read. The whole file is held in memory (it is grouped by
 * apprentice): use journey files for very large cohorts. Immutable and thread-safe.
 */
public final class ResultsCsvImport {

  private static final List<String> REQUIRED = List.of("uln", "method", "grade", "date", "assessor", "attempt");
  private static final List<String> OPTIONAL = List.of("given_names", "family_name", "standard", "version", "option",
      "gateway", "attempt_kind");

  private final AssessmentPlan plan;
  private final Optional<LocalDate> notAfter;

  private ResultsCsvImport(AssessmentPlan plan, Optional<LocalDate> notAfter) {
    this.plan = plan;
    this.notAfter = notAfter;
  }

  /**
   * An import for results under a plan: its standard is the default for rows that name none, its
   * methods tell when a first attempt is complete and which methods are scored.
   *
   * @param plan the plan, not {@code null}
   * @return the import
   */
  public static ResultsCsvImport create(AssessmentPlan plan) {
    return new ResultsCsvImport(Objects.requireNonNull(plan, "plan"), Optional.empty());
  }

  /**
   * This import, refusing rows dated after a day.
   *
   * @param latest the latest date allowed, not {@code null}
   * @return a new import
   */
  public ResultsCsvImport notAfter(LocalDate latest) {
    return new ResultsCsvImport(plan, Optional.of(Objects.requireNonNull(latest, "latest")));
  }

  /**
   * Reads a whole file.
   *
   * @param in the file's bytes, UTF-8; closed when done
   * @return the journeys and diagnostics
   */
  public JourneyFile readAll(InputStream in) {
    List<JourneyRecord> journeys = new ArrayList<>();
    List<JourneyDiagnostic> diagnostics = new ArrayList<>();
    ReadSummary s = read(in, journeys::add, diagnostics::add);
    return new JourneyFile(journeys, diagnostics, s.complete());
  }

  /**
   * Reads a file and hands on each apprentice's journey, in order of first appearance.
   *
   * @param in the file's bytes, UTF-8; closed when done
   * @param journeys receives each journey
   * @param diagnostics receives each problem, in line order
   * @return what the reading came to
   */
  public ReadSummary read(InputStream in, Consumer<? super JourneyRecord> journeys,
      Consumer<? super JourneyDiagnostic> diagnostics) {
    List<JourneyDiagnostic> found = new ArrayList<>();
    Map<String, List<Row>> byUln = new LinkedHashMap<>();
    Utf8LineReader source = new Utf8LineReader(in);
    boolean complete = true;
    try (BufferedReader lines = new BufferedReader(source)) {
      String headerLine = lines.readLine();
      int lineNo = 1;
      if (headerLine == null) {
        found.add(JourneyDiagnostic.of(null, 1, "", "csv.empty", "the file is empty: expected a header row "
            + String.join(",", REQUIRED)));
        complete = false;
      } else {
        List<String> headerCells = split(headerLine.replace("\uFEFF", ""));
        if (headerCells == null) {
          found.add(JourneyDiagnostic.of(null, 1, "", "csv.quote", "a quoted cell is not closed in the header row"));
          headerCells = List.of();
        }
        List<String> header = headerCells.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (!REQUIRED.contains(header.get(i)) && !OPTIONAL.contains(header.get(i))) {
            found.add(JourneyDiagnostic.of(null, 1, header.get(i), "field.unknown",
                "unknown column '" + header.get(i) + "': ignored"));
          }
          columns.putIfAbsent(header.get(i), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
          found.add(JourneyDiagnostic.of(null, 1, String.join(", ", missing), "csv.missing-columns",
              "missing column(s) " + String.join(", ", missing) + "; expected " + String.join(",", REQUIRED)));
          complete = false;
        } else {
          String text;
          while ((text = lines.readLine()) != null) {
            lineNo++;
            int l = lineNo;
            while (!source.malformedLines().isEmpty() && source.malformedLines().get(0) <= l) {
              int bad = source.malformedLines().remove(0);
              found.add(JourneyDiagnostic.of(firstCell(text, columns), bad, "", "encoding.utf8",
                  "invalid UTF-8 (replaced by U+FFFD); save the file as UTF-8"));
            }
            if (text.isBlank()) {
              continue;
            }
            if (text.length() > dev.epakit.io.StreamLimits.MAX_VALUE_LENGTH) {
              found.add(JourneyDiagnostic.of(null, l, "", "csv.too-long", "the line is longer than "
                  + dev.epakit.io.StreamLimits.MAX_VALUE_LENGTH + " characters: row left out"));
              continue;
            }
            Row row = row(text, l, columns, found);
            if (row != null) {
              byUln.computeIfAbsent(row.uln, k -> new ArrayList<>()).add(row);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int count = 0;
    int skipped = 0;
    List<JourneyRecord> built = new ArrayList<>();
    for (Map.Entry<String, List<Row>> e : byUln.entrySet()) {
      JourneyRecord j = journey(e.getKey(), e.getValue(), found);
      if (j == null) {
        skipped++;
      } else {
        built.add(j);
      }
    }
    found.sort(Comparator.comparingInt(JourneyDiagnostic::line));
    found.forEach(diagnostics);
    for (JourneyRecord j : built) {
      journeys.accept(j);
      count++;
    }
    return new ReadSummary(count, skipped, found.size(), complete);
  }

  private static String firstCell(String text, Map<String, Integer> columns) {
    List<String> cells = split(text);
    int i = columns.getOrDefault("uln", 0);
    return cells != null && i < cells.size() ? cells.get(i).strip() : null;
  }

  /** One row as read. */
  private record Row(int line, String uln, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }
  }

  private static Row row(String text, int line, Map<String, Integer> columns, List<JourneyDiagnostic> found) {
    List<String> cells = split(text);
    if (cells == null) {
      found.add(JourneyDiagnostic.of(null, line, "", "csv.quote", "a quoted cell is not closed on this line: row left out"));
      return null;
    }
    Map<String, String> byName = new HashMap<>();
    columns.forEach((name, i) -> byName.put(name, i < cells.size() ? cells.get(i) : null));
    String uln = byName.get("uln") == null ? "" : byName.get("uln").strip();
    List<String> absent = REQUIRED.stream().filter(c -> byName.get(c) == null || byName.get(c).isBlank()).toList();
    if (!absent.isEmpty()) {
      found.add(JourneyDiagnostic.of(uln.isEmpty() ? null : uln, line, String.join(", ", absent), "field.missing",
          "no value for " + String.join(", ", absent) + ": row left out"));
      return null;
    }
    return new Row(line, uln, byName);
  }

  /** Splits one CSV line (RFC 4180 quoting within the line); null when a quote is not closed. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString());
    return cells;
  }

  /** A checked result row. */
  private record Result(int line, int attempt, LocalDate date, Fact.MethodAssessed fact) {}

  private JourneyRecord journey(String ulnText, List<Row> rows, List<JourneyDiagnostic> found) {
    Validation<Seq<Problem>, Uln> uln = Uln.parse(ulnText);
    if (uln.isInvalid()) {
      found.add(JourneyDiagnostic.of(ulnText, rows.get(0).line, "uln", uln.getError().head().code(),
          uln.getError().head().message() + ": " + rows.size() + " row(s) left out"));
      return null;
    }
    Row first = rows.get(0);
    Standard standard = standard(first, found);
    if (standard == null) {
      return null;
    }
    List<Result> results = new ArrayList<>();
    Map<Fact, Integer> seen = new HashMap<>();
    for (Row r : rows) {
      Result result = result(r, found);
      if (result == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(result.fact, r.line);
      if (earlier != null) {
        found.add(JourneyDiagnostic.of(ulnText, r.line, "", "fact.duplicate",
            "duplicates the row on line " + earlier + ": row left out"));
        continue;
      }
      results.add(result);
    }
    if (results.isEmpty()) {
      return null;
    }
    results.sort(Comparator.comparingInt(Result::attempt).thenComparing(Result::date).thenComparingInt(Result::line));
    List<LocatedFact> facts = new ArrayList<>();
    LocalDate gateway = gateway(rows, results, found);
    facts.add(new LocatedFact(new Fact.GatewayPassed(gateway), first.line));
    TreeMap<Integer, List<Result>> attempts = new TreeMap<>();
    results.forEach(r -> attempts.computeIfAbsent(r.attempt, k -> new ArrayList<>()).add(r));
    for (Map.Entry<Integer, List<Result>> a : attempts.entrySet()) {
      List<Result> those = a.getValue();
      Result opening = those.get(0);
      if (a.getKey() > 1) {
        Set<MethodId> methods = new LinkedHashSet<>();
        those.forEach(r -> methods.add(r.fact.method()));
        AttemptKind kind = kind(rows, opening.line, found);
        facts.add(new LocatedFact(new Fact.FurtherAttemptBooked(opening.date, kind, methods, true, true, true),
            opening.line));
        if (kind == AttemptKind.RETAKE) {
          facts.add(new LocatedFact(new Fact.FurtherTrainingCompleted(opening.date), opening.line));
        }
      }
      those.forEach(r -> facts.add(new LocatedFact(r.fact, r.line)));
      Set<MethodId> covered = new LinkedHashSet<>();
      those.forEach(r -> covered.add(r.fact.method()));
      boolean complete = a.getKey() > 1 || covered.containsAll(plan.methodIds().toJavaList());
      if (complete) {
        Result last = those.get(those.size() - 1);
        facts.add(new LocatedFact(new Fact.OutcomeNotified(last.date), last.line));
      }
    }
    Apprentice apprentice = new Apprentice(uln.get(), first.get("given_names"), first.get("family_name"));
    return new JourneyRecord(apprentice, standard, Optional.empty(), facts, first.line);
  }

  private Standard standard(Row row, List<JourneyDiagnostic> found) {
    String ref = row.get("standard");
    String version = row.get("version");
    if (ref.isEmpty() && version.isEmpty()) {
      return plan.standard();
    }
    Validation<Seq<Problem>, StandardReference> r = StandardReference.parse(ref.isEmpty()
        ? plan.standard().reference().value() : ref);
    Validation<Seq<Problem>, StandardVersion> v = StandardVersion.parse(version.isEmpty()
        ? plan.standard().version().toString() : version);
    if (r.isInvalid() || v.isInvalid()) {
      Problem p = r.isInvalid() ? r.getError().head() : v.getError().head();
      found.add(JourneyDiagnostic.of(row.uln, row.line, p.field(), p.code(), p.message() + ": journey left out"));
      return null;
    }
    String option = row.get("option");
    return new Standard(r.get(), v.get(), option.isEmpty() ? Optional.empty() : Optional.of(option));
  }

  private Result result(Row r, List<JourneyDiagnostic> found) {
    int before = found.size();
    Validation<Seq<Problem>, MethodId> method = MethodId.parse(r.get("method"));
    if (method.isInvalid()) {
      found.add(JourneyDiagnostic.of(r.uln, r.line, "method", "method.id", method.getError().head().message()
          + ": row left out"));
    }
    LocalDate date = date(r, "date", found);
    Validation<Seq<Problem>, AssessorId> assessor = AssessorId.parse(r.get("assessor"));
    if (assessor.isInvalid()) {
      found.add(JourneyDiagnostic.of(r.uln, r.line, "assessor", assessor.getError().head().code(),
          assessor.getError().head().message() + ": row left out"));
    }
    int attempt = 0;
    try {
      attempt = Integer.parseInt(r.get("attempt"));
    } catch (NumberFormatException e) {
      attempt = 0;
    }
    if (attempt < 1) {
      found.add(JourneyDiagnostic.of(r.uln, r.line, "attempt", "csv.attempt",
          "'" + r.get("attempt") + "' is not an attempt number (1 for the first attempt): row left out"));
    }
    if (found.size() > before) {
      return null;
    }
    String grade = r.get("grade");
    Mark mark = Mark.grade(grade);
    boolean scored = plan.method(method.get()).exists(AssessmentMethod::scored);
    if (scored && grade.matches("-?\\d{1,9}")) {
      mark = Mark.score(Integer.parseInt(grade));
    }
    return new Result(r.line, attempt, date, new Fact.MethodAssessed(date, method.get(), mark, assessor.get()));
  }

  private LocalDate date(Row r, String column, List<JourneyDiagnostic> found) {
    String text = r.get(column);
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      found.add(JourneyDiagnostic.of(r.uln, r.line, column, "fact.date",
          "'" + text + "' is not a date such as 2025-02-14: row left out"));
      return null;
    }
    if (notAfter.isPresent() && date.isAfter(notAfter.get())) {
      found.add(JourneyDiagnostic.of(r.uln, r.line, column, "fact.future",
          "dated " + date + ", after " + notAfter.get() + ": a result cannot be in the future; row left out"));
      return null;
    }
    return date;
  }

  private LocalDate gateway(List<Row> rows, List<Result> results, List<JourneyDiagnostic> found) {
    for (Row r : rows) {
      if (!r.get("gateway").isEmpty()) {
        LocalDate d = date(r, "gateway", found);
        if (d != null) {
          return d;
        }
      }
    }
    return results.stream().map(Result::date).min(Comparator.naturalOrder()).orElseThrow();
  }

  private static AttemptKind kind(List<Row> rows, int line, List<JourneyDiagnostic> found) {
    Row row = rows.stream().filter(r -> r.line == line).findFirst().orElseThrow();
    String text = row.get("attempt_kind");
    if (text.isEmpty() || text.equalsIgnoreCase("resit")) {
      return AttemptKind.RESIT;
    }
    if (text.equalsIgnoreCase("retake")) {
      return AttemptKind.RETAKE;
    }
    found.add(JourneyDiagnostic.of(row.uln, line, "attempt_kind", "field.value",
        "'" + text + "' is not resit or retake: read as a resit"));
    return AttemptKind.RESIT;
  }
}
