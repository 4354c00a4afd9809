package dev.epakit.cli.materials;

import dev.epakit.analysis.materials.MaterialColumns;
import dev.epakit.analysis.materials.MaterialsAnalysis;
import dev.epakit.analysis.materials.MethodFunctioning;
import dev.epakit.analysis.materials.PassRateTrend;
import dev.epakit.analysis.materials.SiteConsistency;
import dev.epakit.analysis.materials.TaskFunctioning;
import dev.epakit.analysis.variance.GradeComparison;
import dev.epakit.analysis.variance.IndexDictionary;
import dev.epakit.analysis.variance.Insufficiency;
import dev.epakit.cli.Epa;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.assessments.AssessmentCsv;
import dev.epakit.io.assessments.GradeOrder;
import dev.epakit.io.csv.SpreadsheetCsv;
import dev.epakit.io.csv.SpreadsheetCsv.Cell;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code epa materials FILE.csv}: whether assessment materials function as intended, per method:
 * facility, discrimination, Cronbach's alpha over scored tasks, pass-rate trend over periods and
 * consistency across delivery sites. Columns {@code method}, {@code grade}, {@code date}, and
 * optionally {@code candidate}, {@code task}, {@code site}, {@code score}. Exit code 0 when read,
 * 2 for unreadable input.
 */
@Command(name = "materials", mixinStandardHelpOptions = true,
    description = {"Whether assessment materials function as intended: facility, discrimination,"
        + " alpha, trend over periods and consistency across sites, per method.",
        "Columns: method, grade (a Record a grade name: Fail, Pass, Merit, Distinction, ...), date"
            + " (yyyy-mm-dd), and optionally candidate, task, site, score."})
public final class MaterialsCommand implements Callable<Integer> {

  /** The seed of Monte Carlo site tests, fixed so that reports are reproducible. */
  public static final long MONTE_CARLO_SEED = 20241211L;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The results, one per row.")
  Path file;

  @Option(names = "--period", defaultValue = "quarter",
      description = "Period for trends: month, quarter or year (default: ${DEFAULT-VALUE}).")
  Period period;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the review report's materials section (pass rate by period, sites side by side) as a self-contained HTML page.")
  Path html;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text, json, or csv (one row per method, task, period and"
          + " site, for a spreadsheet) (default: ${DEFAULT-VALUE}).")
  Format format;

  /** Output formats. */
  public enum Format {
    /** A readable report. */
    text,
    /** JSON as documented in docs/severity.md. */
    json,
    /** CSV for a spreadsheet, one row per method, task, period and site, as in docs/severity.md. */
    csv
  }

  /** Calendar periods for trends. */
  public enum Period {
    /** Calendar months, labelled like 2025-01. */
    month,
    /** Calendar quarters, labelled like 2025-Q1. */
    quarter,
    /** Calendar years, labelled like 2025. */
    year;

    /** A period's position counted from year 0; consecutive periods are 1 apart. */
    int position(LocalDate date) {
      return switch (this) {
        case month -> date.getYear() * 12 + date.getMonthValue() - 1;
        case quarter -> date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
        case year -> date.getYear();
      };
    }

    /** The label of a position. */
    String label(int position) {
      return switch (this) {
        case month -> String.format(Locale.ROOT, "%04d-%02d", position / 12, position % 12 + 1);
        case quarter -> String.format(Locale.ROOT, "%04d-Q%d", position / 4, position % 4 + 1);
        case year -> Integer.toString(position);
      };
    }
  }

  /** Creates the command; picocli sets its fields. */
  public MaterialsCommand() {}

  /** What was read: the rows, the names of every index and the first period's position. */
  record Input(MaterialColumns data, IndexDictionary methods, IndexDictionary tasks,
      IndexDictionary sites, int firstPeriod, int periods) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Either<List<Diagnostic>, Input> input = read(file, period);
    if (input.isLeft()) {
      input.getLeft().forEach(d -> err.println("epa: " + d));
      return Epa.USAGE;
    }
    Input in = input.get();
    List<MethodFunctioning> methods =
        MaterialsAnalysis.analyse(in.data(), OptionalLong.of(MONTE_CARLO_SEED));
    if (format == Format.json) {
      out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(json(methods, in, period)));
    } else if (format == Format.csv) {
      csv(out, methods, in, period);
    } else {
      text(out, methods, in, period);
    }
    if (html != null && !dev.epakit.cli.analysis.ReviewPage.write(html, dev.epakit.cli.analysis.ReviewPage.page(
        "Assessment materials", file.getFileName().toString(), MaterialsHtml.fragment(methods, in, period)), err)) {
      return Epa.USAGE;
    }
    return Epa.OK;
  }

  static Either<List<Diagnostic>, Input> read(Path file, Period period) {
    IndexDictionary.Builder methods = IndexDictionary.builder();
    IndexDictionary.Builder tasks = IndexDictionary.builder();
    IndexDictionary.Builder candidates = IndexDictionary.builder();
    IndexDictionary.Builder sites = IndexDictionary.builder();
    record Raw(int method, int task, int candidate, int site, int position, int rank, boolean pass,
        double score) {}
    List<Raw> rows = new ArrayList<>();
    Either<List<Diagnostic>, Integer> read = AssessmentCsv.read(file,
        List.of("method", "grade", "date"), row -> {
          Optional<String> m = row.get("method");
          Optional<String> g = row.get("grade");
          Optional<String> d = row.get("date");
          if (m.isEmpty() || g.isEmpty() || d.isEmpty()) {
            return Optional.of("method, grade and date are all needed");
          }
          OptionalInt rank = GradeOrder.rank(g.get());
          if (rank.isEmpty()) {
            return Optional.of("grade '" + g.get() + "' is not a Record a grade name ("
                + String.join(", ", GradeOrder.NAMES) + ")");
          }
          LocalDate date;
          try {
            date = LocalDate.parse(d.get());
          } catch (DateTimeParseException e) {
            return Optional.of("date '" + d.get() + "' is not yyyy-mm-dd");
          }
          double score = Double.NaN;
          if (row.get("score").isPresent()) {
            try {
              score = Double.parseDouble(row.get("score").get());
            } catch (NumberFormatException e) {
              return Optional.of("score '" + row.get("score").get() + "' is not a number");
            }
            if (!Double.isFinite(score)) {
              return Optional.of("score must be finite");
            }
          }
          rows.add(new Raw(methods.intern(m.get()),
              row.get("task").map(tasks::intern).orElse(MaterialColumns.NONE),
              row.get("candidate").map(candidates::intern).orElse(MaterialColumns.NONE),
              row.get("site").map(sites::intern).orElse(MaterialColumns.NONE),
              period.position(date), rank.getAsInt(), !GradeOrder.isFail(g.get()), score));
          return Optional.empty();
        });
    if (read.isLeft()) {
      return Either.left(read.getLeft());
    }
    int first = rows.stream().mapToInt(Raw::position).min().orElse(0);
    int last = rows.stream().mapToInt(Raw::position).max().orElse(0);
    MaterialColumns.Builder b = MaterialColumns.builder();
    for (Raw r : rows) {
      b.add(r.method(), r.task(), r.candidate(), r.site(), r.position() - first, r.rank(),
          r.pass(), r.score());
    }
    return Either.right(new Input(b.build(), methods.build(), tasks.build(), sites.build(), first,
        last - first + 1));
  }

  static ObjectNode json(List<MethodFunctioning> methods, Input in, Period period) {
    ObjectNode root = JsonMapper.builder().build().createObjectNode();
    root.put("results", in.data().size());
    root.put("period", period.name());
    ArrayNode array = root.putArray("methods");
    for (MethodFunctioning m : methods) {
      ObjectNode o = array.addObject();
      o.put("method", in.methods().name(m.method()));
      o.put("n", m.n());
      o.put("facility", m.facility());
      number(o, "discrimination", m.discrimination());
      number(o, "alpha", m.alpha());
      ArrayNode tasks = o.putArray("tasks");
      for (TaskFunctioning t : m.tasks()) {
        ObjectNode to = tasks.addObject();
        to.put("task", in.tasks().name(t.task()));
        to.put("n", t.n());
        to.put("facility", t.facility());
        if (t.meanScore().isPresent()) {
          to.put("meanScore", t.meanScore().getAsDouble());
        } else {
          to.putNull("meanScore");
        }
        number(to, "discrimination", t.discrimination());
      }
      ObjectNode trend = o.putObject("trend");
      ArrayNode periods = trend.putArray("periods");
      long[][] counts = periodCounts(in, m.method());
      for (int p = 0; p < counts.length; p++) {
        if (counts[p][0] > 0) {
          ObjectNode po = periods.addObject();
          po.put("period", period.label(in.firstPeriod() + p));
          po.put("n", counts[p][0]);
          po.put("passes", counts[p][1]);
          po.put("rate", (double) counts[p][1] / counts[p][0]);
        }
      }
      if (m.trend().isRight()) {
        PassRateTrend t = m.trend().get();
        trend.put("chi2", t.trendChiSquare());
        trend.put("df", 1);
        trend.put("p", t.trendPValue());
        trend.put("slope", t.slope());
        trend.put("homogeneityChi2", t.homogeneityChiSquare());
        trend.put("homogeneityDf", t.homogeneityDegreesOfFreedom());
        trend.put("homogeneityP", t.homogeneityPValue());
      } else {
        trend.putNull("chi2");
        trend.putNull("p");
        trend.put("reason", m.trend().getLeft().message());
      }
      ArrayNode sites = o.putArray("sites");
      for (SiteConsistency s : m.sites()) {
        ObjectNode so = sites.addObject();
        so.put("site", in.sites().name(s.site()));
        so.put("n", s.n());
        so.put("passRate", s.passRate());
        if (s.test().isRight()) {
          GradeComparison g = s.test().get();
          so.put("chi2", g.chiSquare());
          so.put("df", g.degreesOfFreedom());
          so.put("p", g.pValue());
          so.put("test", g.exactMethod().name().toLowerCase(Locale.ROOT));
          so.put("q", s.q().getAsDouble());
        } else {
          so.putNull("chi2");
          so.putNull("p");
          so.putNull("q");
          so.put("reason", s.test().getLeft().message());
        }
      }
    }
    return root;
  }

  /** The columns of {@code --format csv}. */
  static final List<String> CSV_COLUMNS = List.of("method", "part", "name", "n", "passes", "rate",
      "meanScore", "discrimination", "alpha", "chi2", "df", "p", "q", "slope", "note");

  /**
   * One long table: per method, a {@code method} row (facility, discrimination, alpha), its {@code
   * task} rows, its {@code period} rows (pass rate by period), a {@code trend} row (the trend test)
   * and, when there is a trend, a {@code homogeneity} row, then its {@code site} rows. A figure a
   * row does not have is an empty cell; {@code note} says why a figure is missing, or names the
   * exact test of a site.
   */
  static void csv(PrintWriter out, List<MethodFunctioning> methods, Input in, Period period) {
    SpreadsheetCsv table = SpreadsheetCsv.withColumns(CSV_COLUMNS);
    out.print(table.header());
    Cell none = Cell.empty();
    for (MethodFunctioning m : methods) {
      Cell method = Cell.text(in.methods().name(m.method()));
      List<String> why = new ArrayList<>();
      m.discrimination().orElseRun(i -> why.add("discrimination: " + i.message()));
      m.alpha().orElseRun(i -> why.add("alpha: " + i.message()));
      out.print(table.row(method, Cell.text("method"), Cell.text(""), Cell.count(m.n()), none,
          Cell.number(m.facility()), none, number(m.discrimination()), number(m.alpha()), none,
          none, none, none, none, Cell.text(String.join("; ", why))));
      for (TaskFunctioning t : m.tasks()) {
        out.print(table.row(method, Cell.text("task"), Cell.text(in.tasks().name(t.task())),
            Cell.count(t.n()), none, Cell.number(t.facility()), Cell.number(t.meanScore()),
            number(t.discrimination()), none, none, none, none, none, none,
            Cell.text(t.discrimination().isLeft() ? t.discrimination().getLeft().message() : "")));
      }
      long[][] counts = periodCounts(in, m.method());
      for (int p = 0; p < counts.length; p++) {
        if (counts[p][0] > 0) {
          out.print(table.row(method, Cell.text("period"),
              Cell.text(period.label(in.firstPeriod() + p)), Cell.count(counts[p][0]),
              Cell.count(counts[p][1]), Cell.number((double) counts[p][1] / counts[p][0]), none,
              none, none, none, none, none, none, none, Cell.text("")));
        }
      }
      if (m.trend().isRight()) {
        PassRateTrend t = m.trend().get();
        out.print(table.row(method, Cell.text("trend"), Cell.text(period.name()), none, none, none,
            none, none, none, Cell.number(t.trendChiSquare()), Cell.count(1),
            Cell.number(t.trendPValue()), none, Cell.number(t.slope()), Cell.text("")));
        out.print(table.row(method, Cell.text("homogeneity"), Cell.text(period.name()), none, none,
            none, none, none, none, Cell.number(t.homogeneityChiSquare()),
            Cell.count(t.homogeneityDegreesOfFreedom()), Cell.number(t.homogeneityPValue()), none,
            none, Cell.text("")));
      } else {
        out.print(table.row(method, Cell.text("trend"), Cell.text(period.name()), none, none, none,
            none, none, none, none, none, none, none, none,
            Cell.text(m.trend().getLeft().message())));
      }
      for (SiteConsistency site : m.sites()) {
        Cell name = Cell.text(in.sites().name(site.site()));
        if (site.test().isRight()) {
          GradeComparison g = site.test().get();
          out.print(table.row(method, Cell.text("site"), name, Cell.count(site.n()), none,
              Cell.number(site.passRate()), none, none, none, Cell.number(g.chiSquare()),
              Cell.count(g.degreesOfFreedom()), Cell.number(g.pValue()), Cell.number(site.q()),
              none, Cell.text(g.exactMethod().name().toLowerCase(Locale.ROOT))));
        } else {
          out.print(table.row(method, Cell.text("site"), name, Cell.count(site.n()), none,
              Cell.number(site.passRate()), none, none, none, none, none, none, none, none,
              Cell.text(site.test().getLeft().message())));
        }
      }
    }
  }

  private static Cell number(Either<Insufficiency, Double> value) {
    return value.isRight() ? Cell.number(value.get()) : Cell.empty();
  }

  /** Per period position: {n, passes} of a method. */
  static long[][] periodCounts(Input in, int method) {
    long[][] counts = new long[in.periods()][2];
    MaterialColumns d = in.data();
    for (int r = 0; r < d.size(); r++) {
      if (d.method(r) == method && d.period(r) >= 0) {
        counts[d.period(r)][0]++;
        counts[d.period(r)][1] += d.pass(r) ? 1 : 0;
      }
    }
    return counts;
  }

  private static void number(ObjectNode o, String name, Either<Insufficiency, Double> value) {
    if (value.isRight()) {
      o.put(name, value.get());
    } else {
      o.putNull(name);
      o.put(name + "Reason", value.getLeft().message());
    }
  }

  private static String value(Either<Insufficiency, Double> v) {
    return v.isRight() ? String.format(Locale.ROOT, "%.3f", v.get()) : "- (" + v.getLeft().message() + ")";
  }

  private static void text(PrintWriter out, List<MethodFunctioning> methods, Input in,
      Period period) {
    out.printf(Locale.ROOT, "Materials functioning: %d results, %d method(s), by %s%n",
        in.data().size(), methods.size(), period.name());
    for (MethodFunctioning m : methods) {
      out.printf(Locale.ROOT, "%nMethod %s: n = %d, facility %.3f%n", in.methods().name(m.method()),
          m.n(), m.facility());
      out.println("  discrimination: " + value(m.discrimination()));
      out.println("  Cronbach's alpha: " + value(m.alpha()));
      for (TaskFunctioning t : m.tasks()) {
        out.printf(Locale.ROOT, "  task %-16s n %6d  facility %.3f  discrimination %s%n",
            in.tasks().name(t.task()), t.n(), t.facility(), value(t.discrimination()));
      }
      if (m.trend().isRight()) {
        PassRateTrend t = m.trend().get();
        out.printf(Locale.ROOT,
            "  trend: chi-square %.3f on 1 df, p = %.4g (slope %+.4f per %s);"
                + " homogeneity chi-square %.3f on %d df, p = %.4g%n",
            t.trendChiSquare(), t.trendPValue(), t.slope(), period.name(),
            t.homogeneityChiSquare(), t.homogeneityDegreesOfFreedom(), t.homogeneityPValue());
        for (PassRateTrend.PeriodRate r : t.periods()) {
          out.printf(Locale.ROOT, "    %-8s n %6d  pass rate %.3f%n",
              period.label(in.firstPeriod() + r.period()), r.n(), r.rate());
        }
      } else {
        out.println("  trend: - (" + m.trend().getLeft().message() + ")");
      }
      for (SiteConsistency s : m.sites()) {
        out.printf(Locale.ROOT, "  site %-16s n %6d  pass rate %.3f  %s%n",
            in.sites().name(s.site()), s.n(), s.passRate(),
            s.test().isRight()
                ? String.format(Locale.ROOT, "chi-square %.2f, p = %.4g, q = %.4g",
                    s.test().get().chiSquare(), s.test().get().pValue(), s.q().getAsDouble())
                : "- (" + s.test().getLeft().message() + ")");
      }
    }
  }
}
