package dev.epakit.cli.severity;

import dev.epakit.analysis.severity.DisconnectedDesign;
import dev.epakit.analysis.severity.ElementMeasure;
import dev.epakit.analysis.severity.ExcludedElement;
import dev.epakit.analysis.severity.Facet;
import dev.epakit.analysis.severity.FacetObservations;
import dev.epakit.analysis.severity.FacetSummary;
import dev.epakit.analysis.severity.ManyFacetRasch;
import dev.epakit.analysis.severity.RaschMeasurement;
import dev.epakit.analysis.severity.RaschOptions;
import dev.epakit.analysis.severity.RaschResult;
import dev.epakit.analysis.severity.ScaleThresholds;
import dev.epakit.analysis.severity.Subset;
import dev.epakit.analysis.severity.TooLittleData;
import dev.epakit.analysis.variance.IndexDictionary;
import dev.epakit.cli.Epa;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.assessments.AssessmentCsv;
import dev.epakit.io.assessments.GradeOrder;
import dev.epakit.io.csv.SpreadsheetCsv;
import dev.epakit.io.csv.SpreadsheetCsv.Cell;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
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
 * {@code epa severity FILE.csv}: assessor severity, method difficulty and candidate ability by
 * many-facet Rasch measurement. Columns {@code candidate}, {@code assessor}, {@code method}, {@code
 * grade} and optionally {@code scale}. Exit code 0 with measures, 1 when the design is disconnected
 * or the data too thin, 2 for unreadable input.
 */
@Command(name = "severity", mixinStandardHelpOptions = true,
    description = {"Assessor severity by many-facet Rasch measurement (candidate, assessor, method).",
        "Columns: candidate, assessor, method, grade, and optionally scale (the grades of the row's"
            + " scale in order, worst first, separated by '/', e.g. Fail/Pass/Distinction).",
        "Without a scale, grades are Record a grade names (Fail, Pass, Merit, Distinction, ...) or"
            + " whole numbers 0..m."})
public final class SeverityCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "The ratings, one per row.")
  Path file;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: text, json, or csv (one row per assessor, method and"
          + " candidate, for a spreadsheet) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the review report's severity section (a forest plot) as a self-contained HTML page.")
  Path html;

  @Option(names = "--threads", defaultValue = "1",
      description = "Worker threads for estimation (default: ${DEFAULT-VALUE}).")
  int threads;

  /** Output formats. */
  public enum Format {
    /** A readable report. */
    text,
    /** JSON as documented in docs/severity.md. */
    json,
    /** CSV for a spreadsheet, one row per element, as documented in docs/severity.md. */
    csv
  }

  /** Creates the command; picocli sets its fields. */
  public SeverityCommand() {}

  /** What was read: the observations and the names of every index. */
  record Input(FacetObservations data, IndexDictionary candidates, IndexDictionary assessors,
      IndexDictionary methods, List<List<String>> scales) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("epa: --threads must be at least 1");
      return Epa.USAGE;
    }
    Either<List<Diagnostic>, Input> input = read(file);
    if (input.isLeft()) {
      input.getLeft().forEach(d -> err.println("epa: " + d));
      return Epa.USAGE;
    }
    Input in = input.get();
    RaschResult result = ManyFacetRasch.estimate(in.data(), RaschOptions.defaults()
        .withThreads(threads));
    if (format == Format.json) {
      out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
          .writeValueAsString(json(result, in)));
    } else if (format == Format.csv) {
      csv(out, result, in);
      if (result instanceof TooLittleData t) {
        err.println("epa: too little data: " + t.reason());
      } else if (result instanceof DisconnectedDesign d) {
        err.println("epa: disconnected design: " + d.reason());
      }
    } else {
      text(out, result, in);
    }
    if (html != null && result instanceof RaschMeasurement m
        && !dev.epakit.cli.analysis.ReviewPage.write(html, dev.epakit.cli.analysis.ReviewPage.page(
            "Assessor severity", file.getFileName().toString(), SeverityHtml.fragment(m, in.assessors())), err)) {
      return Epa.USAGE;
    }
    return result instanceof RaschMeasurement ? Epa.OK : Epa.FINDINGS;
  }

  /** Reads the CSV into observations, with one-line diagnostics on failure. */
  static Either<List<Diagnostic>, Input> read(Path file) {
    IndexDictionary.Builder candidates = IndexDictionary.builder();
    IndexDictionary.Builder assessors = IndexDictionary.builder();
    IndexDictionary.Builder methods = IndexDictionary.builder();
    IndexDictionary.Builder scaleKeys = IndexDictionary.builder();
    List<List<String>> declared = new ArrayList<>();
    // rows of the default scale keep their grade text until every grade has been seen
    IndexDictionary.Builder defaultGrades = IndexDictionary.builder();
    java.util.Map<String, String> spelling = new java.util.HashMap<>();
    int[][] cols = new int[5][1024];
    int[] size = {0};
    Either<List<Diagnostic>, Integer> read = AssessmentCsv.read(file,
        List.of("candidate", "assessor", "method", "grade"), row -> {
          Optional<String> c = row.get("candidate");
          Optional<String> a = row.get("assessor");
          Optional<String> m = row.get("method");
          Optional<String> g = row.get("grade");
          if (c.isEmpty() || a.isEmpty() || m.isEmpty() || g.isEmpty()) {
            return Optional.of("candidate, assessor, method and grade are all needed");
          }
          int scale;
          int grade;
          Optional<String> s = row.get("scale");
          if (s.isPresent()) {
            List<String> grades = Arrays.stream(s.get().split("/")).map(String::strip).toList();
            if (grades.size() < 2 || grades.stream().anyMatch(String::isEmpty)) {
              return Optional.of("scale '" + s.get() + "' needs at least two grades separated by '/'");
            }
            String key = String.join("/", grades).toLowerCase(Locale.ROOT);
            scale = scaleKeys.intern(key) + 1; // 0 is the default scale
            if (declared.size() < scale) {
              declared.add(grades);
            }
            grade = -1;
            for (int k = 0; k < grades.size(); k++) {
              if (grades.get(k).equalsIgnoreCase(g.get())) {
                grade = k;
              }
            }
            if (grade < 0) {
              return Optional.of("grade '" + g.get() + "' is not on scale " + s.get());
            }
          } else {
            scale = 0;
            grade = defaultGrades.intern(g.get().toLowerCase(Locale.ROOT));
            spelling.putIfAbsent(g.get().toLowerCase(Locale.ROOT), g.get());
          }
          int r = size[0]++;
          if (r == cols[0].length) {
            for (int k = 0; k < 5; k++) {
              cols[k] = Arrays.copyOf(cols[k], r * 2);
            }
          }
          cols[0][r] = candidates.intern(c.get());
          cols[1][r] = assessors.intern(a.get());
          cols[2][r] = methods.intern(m.get());
          cols[3][r] = scale;
          cols[4][r] = grade;
          return Optional.empty();
        });
    if (read.isLeft()) {
      return Either.left(read.getLeft());
    }
    // the default scale: numbers 0..m, or Record a grade names in order
    List<String> seen = defaultGrades.build().names();
    int[] category = new int[seen.size()];
    List<String> defaultScale = new ArrayList<>();
    if (!seen.isEmpty()) {
      if (seen.stream().allMatch(v -> v.matches("\\d{1,2}"))) {
        int max = 0;
        for (int i = 0; i < seen.size(); i++) {
          category[i] = Integer.parseInt(seen.get(i));
          max = Math.max(max, category[i]);
        }
        for (int k = 0; k <= Math.max(1, max); k++) {
          defaultScale.add(Integer.toString(k));
        }
      } else {
        TreeSet<Integer> ranks = new TreeSet<>();
        for (String v : seen) {
          if (GradeOrder.rank(v).isEmpty()) {
            return Either.left(List.of(new Diagnostic(file.toString(), 0, 0, "csv.value",
                Diagnostic.Severity.ERROR, "grade '" + spelling.get(v) + "' is neither a Record a grade name nor"
                    + " a whole number; declare its order in a 'scale' column")));
          }
          ranks.add(GradeOrder.rank(v).getAsInt());
        }
        List<Integer> order = new ArrayList<>(ranks);
        for (int i = 0; i < seen.size(); i++) {
          category[i] = order.indexOf(GradeOrder.rank(seen.get(i)).getAsInt());
        }
        order.forEach(r -> defaultScale.add(GradeOrder.NAMES.get(r)));
        if (defaultScale.size() < 2) {
          defaultScale.add("(none above " + defaultScale.get(0) + ")");
        }
      }
    } else {
      defaultScale.addAll(List.of("0", "1"));
    }
    List<List<String>> scales = new ArrayList<>();
    scales.add(defaultScale);
    scales.addAll(declared);
    int n = size[0];
    int[] scaleCol = Arrays.copyOf(cols[3], n);
    int[] scoreCol = new int[n];
    for (int r = 0; r < n; r++) {
      scoreCol[r] = scaleCol[r] == 0 ? category[cols[4][r]] : cols[4][r];
    }
    int[] categories = scales.stream().mapToInt(List::size).toArray();
    for (int i = 0; i < categories.length; i++) {
      if (categories[i] > 100) {
        return Either.left(List.of(new Diagnostic(file.toString(), 0, 0, "csv.value",
            Diagnostic.Severity.ERROR, "a scale has more than 100 grades")));
      }
    }
    FacetObservations data = FacetObservations.of(Arrays.copyOf(cols[0], n),
        Arrays.copyOf(cols[1], n), Arrays.copyOf(cols[2], n), scaleCol, scoreCol, categories);
    return Either.right(new Input(data, candidates.build(), assessors.build(), methods.build(),
        scales));
  }

  private static IndexDictionary names(Input in, Facet facet) {
    return switch (facet) {
      case CANDIDATE -> in.candidates();
      case ASSESSOR -> in.assessors();
      case METHOD -> in.methods();
    };
  }

  private static String key(Facet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  private static String plural(Facet facet) {
    return key(facet) + "s";
  }

  static ObjectNode json(RaschResult result, Input in) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("observations", in.data().size());
    root.put("candidatesTotal", result.n().units());
    root.put("assessorsTotal", result.n().raters());
    ArrayNode excluded = root.putArray("excluded");
    for (ExcludedElement e : result.excluded()) {
      ObjectNode x = excluded.addObject();
      x.put("facet", key(e.facet()));
      x.put(key(e.facet()), names(in, e.facet()).name(e.index()));
      x.put("n", e.n());
      x.put("extreme", e.extreme().name().toLowerCase(Locale.ROOT));
    }
    if (result instanceof TooLittleData t) {
      root.put("status", "insufficient");
      root.put("reason", t.reason());
    } else if (result instanceof DisconnectedDesign d) {
        root.put("status", "disconnected");
        root.put("reason", d.reason());
        root.put("confoundedDimensions", d.confoundedDimensions());
        ArrayNode subsets = root.putArray("subsets");
        for (Subset s : d.subsets()) {
          ObjectNode o = subsets.addObject();
          s.candidates().forEach(i -> o.withArray("candidates").add(in.candidates().name(i)));
          s.assessors().forEach(i -> o.withArray("assessors").add(in.assessors().name(i)));
          s.methods().forEach(i -> o.withArray("methods").add(in.methods().name(i)));
        }
    } else if (result instanceof RaschMeasurement m) {
        root.put("status", "measured");
        root.put("converged", m.converged());
        root.put("iterations", m.iterations());
        root.put("maxScoreResidual", m.maxScoreResidual());
        root.put("maxChange", m.maxChange());
        ObjectNode facets = root.putObject("facets");
        for (Facet f : List.of(Facet.ASSESSOR, Facet.METHOD, Facet.CANDIDATE)) {
          FacetSummary summary = m.facet(f);
          ArrayNode elements = root.putArray(plural(f));
          for (ElementMeasure e : summary.elements()) {
            ObjectNode o = elements.addObject();
            o.put(key(f), names(in, f).name(e.index()));
            o.put("measure", e.measure());
            o.put("se", e.standardError());
            o.put("infit", e.infit());
            o.put("outfit", e.outfit());
            putOptional(o, "infitZ", e.infitZ());
            putOptional(o, "outfitZ", e.outfitZ());
            o.put("n", e.n());
            o.put("score", e.score());
            o.put("expectedScore", e.expectedScore());
          }
          ObjectNode s = facets.putObject(plural(f));
          s.put("elements", summary.elements().size());
          summary.separation().ifPresentOrElse(sep -> {
            s.put("separation", sep.separation());
            s.put("strata", sep.strata());
            s.put("reliability", sep.reliability());
            s.put("rmse", sep.rmse());
            s.put("trueSd", sep.trueSd());
            s.put("observedSd", sep.observedSd());
            s.put("chi2", sep.chiSquare());
            s.put("df", sep.degreesOfFreedom());
            s.put("p", sep.pValue());
          }, () -> s.put("reason", "fewer than two elements"));
        }
        ArrayNode scales = root.putArray("scales");
        for (ScaleThresholds t : m.scales()) {
          ObjectNode o = scales.addObject();
          in.scales().get(t.scale()).forEach(g -> o.withArray("grades").add(g));
          t.counts().forEach(c -> o.withArray("counts").add(c));
          t.thresholds().forEach(v -> o.withArray("thresholds").add(v));
          t.standardErrors().forEach(v -> o.withArray("thresholdSe").add(v));
        }
    }
    return root;
  }

  /** The columns of {@code --format csv}. */
  static final List<String> CSV_COLUMNS = List.of("facet", "element", "measure", "se", "infit",
      "outfit", "infitZ", "outfitZ", "n", "score", "expectedScore", "extreme");

  /**
   * One row per measured element (assessors, then methods, then candidates, each in the order of
   * the JSON output), then one per element excluded for an extreme score, with only its n and
   * extreme filled in. When nothing was measured, the header and the excluded elements only.
   */
  static void csv(PrintWriter out, RaschResult result, Input in) {
    SpreadsheetCsv table = SpreadsheetCsv.withColumns(CSV_COLUMNS);
    out.print(table.header());
    if (result instanceof RaschMeasurement m) {
      for (Facet f : List.of(Facet.ASSESSOR, Facet.METHOD, Facet.CANDIDATE)) {
        for (ElementMeasure e : m.facet(f).elements()) {
          out.print(table.row(Cell.text(key(f)), Cell.text(names(in, f).name(e.index())),
              Cell.number(e.measure()), Cell.number(e.standardError()), Cell.number(e.infit()),
              Cell.number(e.outfit()), Cell.number(e.infitZ()), Cell.number(e.outfitZ()),
              Cell.count(e.n()), Cell.count(e.score()), Cell.number(e.expectedScore()),
              Cell.empty()));
        }
      }
    }
    for (ExcludedElement e : result.excluded()) {
      out.print(table.row(Cell.text(key(e.facet())), Cell.text(names(in, e.facet()).name(e.index())),
          Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(), Cell.empty(),
          Cell.count(e.n()), Cell.empty(), Cell.empty(),
          Cell.text(e.extreme().name().toLowerCase(Locale.ROOT))));
    }
  }

  private static void putOptional(ObjectNode o, String name, OptionalDouble value) {
    if (value.isPresent()) {
      o.put(name, value.getAsDouble());
    } else {
      o.putNull(name);
    }
  }

  private static void text(PrintWriter out, RaschResult result, Input in) {
    out.printf(Locale.ROOT, "Many-facet Rasch measurement of %d observations: %d candidates, %d assessors%n",
        in.data().size(), result.n().units(), result.n().raters());
    if (!result.excluded().isEmpty()) {
      out.printf(Locale.ROOT, "Excluded for extreme scores: %d element(s)%n", result.excluded().size());
      for (ExcludedElement e : result.excluded()) {
        out.printf(Locale.ROOT, "  %s %s (%d ratings, all %s)%n", key(e.facet()),
            names(in, e.facet()).name(e.index()), e.n(),
            e.extreme() == dev.epakit.analysis.severity.Extreme.MINIMUM ? "lowest" : "highest");
      }
    }
    if (result instanceof TooLittleData t) {
      out.println("Too little data: " + t.reason());
    } else if (result instanceof DisconnectedDesign d) {
        out.println("Disconnected design: " + d.reason());
        int i = 1;
        for (Subset s : d.subsets()) {
          out.printf(Locale.ROOT, "  subset %d: %d candidates; assessors %s; methods %s%n", i++,
              s.candidates().size(), s.assessors().stream().map(in.assessors()::name).toList(),
              s.methods().stream().map(in.methods()::name).toList());
        }
    } else if (result instanceof RaschMeasurement m) {
        out.printf(Locale.ROOT, "%s after %d iterations%n%n", m.converged() ? "Converged" : "NOT converged",
            m.iterations());
        for (Facet f : List.of(Facet.ASSESSOR, Facet.METHOD)) {
          FacetSummary summary = m.facet(f);
          out.printf(Locale.ROOT, "%-20s %8s %6s %6s %6s %6s %6s %7s%n",
              f == Facet.ASSESSOR ? "Assessor (severity)" : "Method (difficulty)",
              "measure", "se", "infit", "zstd", "outfit", "zstd", "n");
          summary.elements().stream()
              .sorted(Comparator.comparingDouble(ElementMeasure::measure).reversed())
              .forEach(e -> out.printf(Locale.ROOT, "%-20s %8.2f %6.2f %6.2f %6s %6.2f %6s %7d%n",
                  names(in, f).name(e.index()), e.measure(), e.standardError(), e.infit(),
                  z(e.infitZ()), e.outfit(), z(e.outfitZ()), e.n()));
          printSeparation(out, summary);
          out.println();
        }
        FacetSummary c = m.candidates();
        out.printf(Locale.ROOT, "Candidates: %d measured.%n", c.elements().size());
        printSeparation(out, c);
    }
  }

  private static String z(OptionalDouble z) {
    return z.isPresent() ? String.format(Locale.ROOT, "%.1f", z.getAsDouble()) : "-";
  }

  private static void printSeparation(PrintWriter out, FacetSummary summary) {
    summary.separation().ifPresentOrElse(s -> out.printf(Locale.ROOT,
        "  separation %.2f, reliability %.2f; fixed (all same) chi-square %.1f on %d df, p = %.4g%n",
        s.separation(), s.reliability(), s.chiSquare(), s.degreesOfFreedom(), s.pValue()),
        () -> out.println("  fewer than two elements: no separation statistics"));
  }
}
