package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.AssessorVariance;
import dev.epakit.analysis.variance.FlagBasis;
import dev.epakit.analysis.variance.FunnelAssessment;
import dev.epakit.analysis.variance.FunnelMethod;
import dev.epakit.analysis.variance.Overdispersion;
import dev.epakit.analysis.variance.OverdispersionAdjustment;
import dev.epakit.analysis.variance.PValueAdjustment;
import dev.epakit.analysis.variance.VarianceOptions;
import dev.epakit.analysis.variance.VarianceReport;
import dev.epakit.cli.Epa;
import dev.epakit.io.csv.SpreadsheetCsv;
import dev.epakit.io.csv.SpreadsheetCsv.Cell;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.ratings.ReadProgress;
import dev.epakit.io.ratings.Results;
import dev.epakit.io.ratings.ResultsFile;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code epa assessors}: is an assessor grading too harshly or too generously? Reads a results
 * file ({@link ResultsFile}), runs the assessor-variance analysis of {@code
 * dev.epakit.analysis.variance} with case mix by standard and method, and prints one line per
 * assessor; {@code --html} also writes a self-contained report to share.
 *
 * <p>Instances are created by picocli, one per run; not thread-safe.
 */
@Command(name = "assessors", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Is an assessor grading too harshly or too generously? Funnel-plot analysis of pass rates",
        "per assessor, adjusted for the mix of standards and assessment methods.",
        "FILE.csv has a header with at least 'assessor' and 'grade', optionally 'standard',",
        "'method', 'date' and 'provider'."})
public final class AssessorsCommand implements Callable<Integer> {

  /** The seed of the simulated grade tests, fixed so that runs repeat. */
  static final long MONTE_CARLO_SEED = 20050415L;

  private static final Map<String, OverdispersionAdjustment> OVERDISPERSION = new LinkedHashMap<>();
  private static final Map<String, PValueAdjustment> ADJUSTMENTS = new LinkedHashMap<>();

  static {
    OVERDISPERSION.put("none", OverdispersionAdjustment.NONE);
    OVERDISPERSION.put("multiplicative", OverdispersionAdjustment.MULTIPLICATIVE);
    OVERDISPERSION.put("additive", OverdispersionAdjustment.ADDITIVE);
    ADJUSTMENTS.put("bh", PValueAdjustment.BENJAMINI_HOCHBERG);
    ADJUSTMENTS.put("holm", PValueAdjustment.HOLM);
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE.csv", description = "The results file.")
  Path file;

  @Option(names = "--scale", split = ",", paramLabel = "g1,g2,...",
      description = "The grade scale, lowest (failing) grade first, such as"
          + " fail,pass,merit,distinction (default: the standard grades Fail, Pass, Merit,"
          + " Distinction).")
  List<String> scale;

  @Option(names = "--limits", defaultValue = "exact", paramLabel = "exact|normal|arcsine",
      description = "How funnel limits are computed (default: ${DEFAULT-VALUE}).")
  String limits;

  @Option(names = "--overdispersion", defaultValue = "additive",
      paramLabel = "none|multiplicative|additive",
      description = "How limits are widened when assessors vary more than chance allows"
          + " (default: ${DEFAULT-VALUE}).")
  String overdispersion;

  @Option(names = "--fdr", paramLabel = "Q",
      description = "Flag by q-values at this false discovery rate, such as 0.05, instead of by"
          + " the 99.8% limits.")
  Double fdr;

  @Option(names = "--adjust", defaultValue = "bh", paramLabel = "bh|holm",
      description = "How p-values are adjusted across assessors: Benjamini-Hochberg or Holm"
          + " (default: ${DEFAULT-VALUE}).")
  String adjust;

  @Option(names = "--min-n", defaultValue = "20", paramLabel = "N",
      description = "Fewest results for an assessor to be judged (default: ${DEFAULT-VALUE}).")
  long minimumN;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv",
      description = "Output format; csv is one row per assessor for a spreadsheet"
          + " (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--html", paramLabel = "report.html",
      description = "Also write a self-contained HTML report to share.")
  Path html;

  /** Creates the command; picocli fills in the options. */
  public AssessorsCommand() {
    // options are injected
  }

  /**
   * Reads the results, analyses them and prints the findings.
   *
   * @return the exit code: 0 when the analysis ran (whatever it found), 1 when rows of the file
   *     are wrong, 2 for a usage error, an unreadable file or a report that cannot be written
   */
  @Override
  public Integer call() {
    VarianceOptions options = options();
    Output.Format f = Output.formatOrCsv(spec, format);
    List<String> declared = scale == null ? List.of() : scale;
    String bad = ResultsFile.checkScale(declared);
    if (bad != null) {
      throw Output.usage(spec, "--scale: " + bad);
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onTerminal(err, file);
    Validation<Seq<Diagnostic>, Results> read = ResultsFile.read(file, declared, progress);
    progress.done();
    if (read.isInvalid()) {
      return Output.problems(err, read.getError());
    }
    AssessorAnalysis analysis = AssessorAnalysis.run(read.get(), options);
    PrintWriter out = spec.commandLine().getOut();
    if (f == Output.Format.JSON) {
      Output.print(out, json(analysis));
    } else if (f == Output.Format.CSV) {
      csv(out, analysis);
    } else {
      text(out, analysis);
    }
    if (html != null) {
      try {
        Files.writeString(html, AssessorReport.html(analysis, file.getFileName().toString()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "no such directory"
            : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
            : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("epa: cannot write " + html + ": " + why);
        return Epa.USAGE;
      }
    }
    return Epa.OK;
  }

  private VarianceOptions options() {
    FunnelMethod method = Output.choose(spec, "--limits", limits, FunnelCommand.METHODS);
    OverdispersionAdjustment od = Output.choose(spec, "--overdispersion", overdispersion, OVERDISPERSION);
    PValueAdjustment adjustment = Output.choose(spec, "--adjust", adjust, ADJUSTMENTS);
    if (minimumN < 1) {
      throw Output.usage(spec, "--min-n must be at least 1, was " + minimumN);
    }
    VarianceOptions o = VarianceOptions.defaults().withFunnelMethod(method).withOverdispersion(od)
        .withPValueAdjustment(adjustment).withMinimumN(minimumN)
        .withMonteCarlo(MONTE_CARLO_SEED, 2000);
    if (fdr != null) {
      if (!(fdr > 0 && fdr < 1)) {
        throw Output.usage(spec, "--fdr must be strictly between 0 and 1, was " + fdr);
      }
      double flagLevel = 1 - fdr;
      TreeSet<Double> levels = new TreeSet<>(List.of(0.95, 0.998));
      if (levels.stream().noneMatch(l -> Math.abs(l - flagLevel) < 1e-12)) {
        levels.add(flagLevel);
      }
      double chosen = levels.stream().filter(l -> Math.abs(l - flagLevel) < 1e-12).findFirst().orElseThrow();
      o = o.withLevels(new ArrayList<>(levels), chosen).withFlagBasis(FlagBasis.ADJUSTED_P_VALUE);
    }
    return o;
  }

  static ObjectNode json(AssessorAnalysis a) {
    VarianceReport r = a.report;
    ObjectNode root = Output.object();
    Output.put(root, "pooled", r.poolRate());
    if (r.overdispersion().isRight()) {
      Overdispersion o = r.overdispersion().get();
      root.put("phi", o.phi());
      root.put("tau2", o.tau2());
    } else {
      root.putNull("phi");
      root.putNull("tau2");
      root.put("overdispersionNote", r.overdispersion().getLeft().message());
    }
    root.put("results", r.n());
    root.put("passes", r.passes());
    ArrayNode scale = root.putArray("scale");
    a.results.grades().forEach(scale::add);
    root.put("scaleOrder", a.results.gradeOrigin().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    root.put("limits", a.options.funnelMethod() == FunnelMethod.EXACT_BINOMIAL ? "exact"
        : a.options.funnelMethod().name().toLowerCase(Locale.ROOT));
    root.put("overdispersion", a.options.overdispersion().name().toLowerCase(Locale.ROOT));
    root.put("flagRule", a.options.flagBasis() == FlagBasis.ADJUSTED_P_VALUE
        ? "fdr " + Output.fixed(1 - a.options.flagLevel(), 6).replaceAll("0+$", "")
        : "limits " + FunnelCommand.levelName(a.options.flagLevel()));
    root.put("minimumN", a.options.minimumN());
    root.put("strata", a.strata.size());
    root.put("assessable", r.assessable());
    ArrayNode list = root.putArray("assessors");
    for (AssessorVariance v : a.byName()) {
      ObjectNode o = list.addObject();
      o.put("assessor", a.assessorName(v.assessor()));
      o.put("n", v.n());
      o.put("passes", v.passes());
      Output.put(o, "passRate", v.observedRate());
      Output.put(o, "expectedPassRate", v.expectedRate());
      if (v.funnel().isRight()) {
        FunnelAssessment fa = v.funnel().get();
        o.put("lower95", fa.limitsAt(0.95).lower());
        o.put("upper95", fa.limitsAt(0.95).upper());
        o.put("lower998", fa.limitsAt(0.998).lower());
        o.put("upper998", fa.limitsAt(0.998).upper());
        o.put("z", fa.adjustedZScore());
        o.put("p", fa.pValue());
        o.put("q", fa.qValue());
      } else {
        for (String name : List.of("lower95", "upper95", "lower998", "upper998", "z", "p", "q")) {
          o.putNull(name);
        }
      }
      if (v.shrinkage().isRight()) {
        o.put("shrunkRate", v.shrinkage().get().mean());
        o.put("shrunkLower", v.shrinkage().get().lower());
        o.put("shrunkUpper", v.shrinkage().get().upper());
      } else {
        o.putNull("shrunkRate");
        o.putNull("shrunkLower");
        o.putNull("shrunkUpper");
      }
      o.put("flag", Findings.flagWord(v.flag()));
      if (v.funnel().isLeft()) {
        o.put("note", v.funnel().getLeft().message());
      }
      ObjectNode grades = o.putObject("grades");
      long[] counts = a.counts.assessorGrades(v.assessor());
      for (int g = 0; g < counts.length; g++) {
        grades.put(a.results.grades().get(g), counts[g]);
      }
      if (v.gradeTest().isRight()) {
        o.put("gradeP", v.gradeTest().get().pValue());
        Output.put(o, "gradeQ", v.gradeQValue());
      } else {
        o.putNull("gradeP");
        o.putNull("gradeQ");
      }
    }
    return root;
  }

  /** The fixed columns of {@code --format csv}; one {@code grade NAME} column per grade follows. */
  static final List<String> CSV_COLUMNS = List.of("assessor", "n", "passes", "passRate",
      "expectedPassRate", "lower95", "upper95", "lower998", "upper998", "z", "p", "q", "shrunkRate",
      "shrunkLower", "shrunkUpper", "flag", "gradeP", "gradeQ", "note");

  /**
   * One row per assessor, in the order of the text output, with the figures of the JSON output:
   * proportions as numbers from 0 to 1, a missing figure as an empty cell.
   */
  static void csv(PrintWriter out, AssessorAnalysis a) {
    List<String> columns = new ArrayList<>(CSV_COLUMNS);
    a.results.grades().forEach(g -> columns.add("grade " + g));
    SpreadsheetCsv table = SpreadsheetCsv.withColumns(columns);
    out.print(table.header());
    for (AssessorVariance v : a.byName()) {
      List<Cell> row = new ArrayList<>(columns.size());
      row.add(Cell.text(a.assessorName(v.assessor())));
      row.add(Cell.count(v.n()));
      row.add(Cell.count(v.passes()));
      row.add(Cell.number(v.observedRate()));
      row.add(Cell.number(v.expectedRate()));
      if (v.funnel().isRight()) {
        FunnelAssessment fa = v.funnel().get();
        row.add(Cell.number(fa.limitsAt(0.95).lower()));
        row.add(Cell.number(fa.limitsAt(0.95).upper()));
        row.add(Cell.number(fa.limitsAt(0.998).lower()));
        row.add(Cell.number(fa.limitsAt(0.998).upper()));
        row.add(Cell.number(fa.adjustedZScore()));
        row.add(Cell.number(fa.pValue()));
        row.add(Cell.number(fa.qValue()));
      } else {
        for (int k = 0; k < 7; k++) {
          row.add(Cell.empty());
        }
      }
      if (v.shrinkage().isRight()) {
        row.add(Cell.number(v.shrinkage().get().mean()));
        row.add(Cell.number(v.shrinkage().get().lower()));
        row.add(Cell.number(v.shrinkage().get().upper()));
      } else {
        row.add(Cell.empty());
        row.add(Cell.empty());
        row.add(Cell.empty());
      }
      row.add(Cell.text(Findings.flagWord(v.flag())));
      if (v.gradeTest().isRight()) {
        row.add(Cell.number(v.gradeTest().get().pValue()));
        row.add(Cell.number(v.gradeQValue()));
      } else {
        row.add(Cell.empty());
        row.add(Cell.empty());
      }
      row.add(Cell.text(v.funnel().isLeft() ? v.funnel().getLeft().message() : ""));
      for (long count : a.counts.assessorGrades(v.assessor())) {
        row.add(Cell.count(count));
      }
      out.print(table.row(row));
    }
  }

  static void text(PrintWriter out, AssessorAnalysis a) {
    VarianceReport r = a.report;
    out.printf(Locale.ROOT, "Results: %,d from %,d assessors; pooled pass rate %s%n", r.n(),
        a.results.assessors().size(), Output.percent(r.poolRate().orElse(0)));
    out.printf(Locale.ROOT, "Grades: %s (%s); a pass is any grade but %s%n",
        String.join(" < ", a.results.grades()), a.results.gradeOrigin().describe(),
        a.results.grades().get(0));
    out.printf(Locale.ROOT, "Case mix: %s%n", a.caseMix()
        ? a.strata.size() + " groups of standard and method" : "none (one group)");
    if (r.overdispersion().isRight()) {
      Overdispersion o = r.overdispersion().get();
      out.printf(Locale.ROOT, "Overdispersion: phi %.3f, tau2 %.5f (%s adjustment)%n", o.phi(), o.tau2(),
          a.options.overdispersion().name().toLowerCase(Locale.ROOT));
    } else {
      out.printf("Overdispersion: not estimated: %s%n", r.overdispersion().getLeft().message());
    }
    out.printf("Limits: %s at %s and %s%n", AssessorReport.method(a),
        FunnelCommand.levelName(a.options.levels().get(0)),
        FunnelCommand.levelName(a.options.levels().get(a.options.levels().size() - 1)));
    out.println();
    int width = Math.max(8, a.results.assessors().stream().mapToInt(String::length).max().orElse(8));
    width = Math.min(width, 30);
    String head = "%-" + width + "s %7s %7s %7s %8s %17s %17s %7s %7s %7s  %s%n";
    out.printf(Locale.ROOT, head, "assessor", "n", "passes", "rate", "expected", "95% limits",
        "99.8% limits", "z", "q", "shrunk", "flag");
    for (AssessorVariance v : a.byName()) {
      String l95 = "-";
      String l998 = "-";
      String z = "-";
      String q = "-";
      if (v.funnel().isRight()) {
        FunnelAssessment fa = v.funnel().get();
        l95 = Output.percent(fa.limitsAt(0.95).lower()) + "-" + Output.percent(fa.limitsAt(0.95).upper());
        l998 = Output.percent(fa.limitsAt(0.998).lower()) + "-" + Output.percent(fa.limitsAt(0.998).upper());
        z = Output.fixed(fa.adjustedZScore(), 2);
        q = Output.pValue(fa.qValue());
      }
      String name = a.assessorName(v.assessor());
      out.printf(Locale.ROOT, head, name.length() > width ? name.substring(0, width - 1) + "~" : name,
          v.n(), v.passes(),
          v.observedRate().isPresent() ? Output.percent(v.observedRate().getAsDouble()) : "-",
          v.expectedRate().isPresent() ? Output.percent(v.expectedRate().getAsDouble()) : "-",
          l95, l998, z, q,
          v.shrinkage().isRight() ? Output.percent(v.shrinkage().get().mean()) : "-",
          Findings.flagWord(v.flag()));
    }
    out.println();
    for (String p : Findings.summary(a)) {
      out.println(p);
    }
    for (String p : Findings.flagged(a)) {
      out.println();
      out.println(p);
    }
  }

  /**
   * Progress on standard error while a long file is read, only when standard error is a terminal
   * and only after the first two seconds, so that scripts and short runs see nothing.
   */
  static final class Progress implements ReadProgress {
    private final PrintWriter err;
    private final long size;
    private final long start = System.nanoTime();
    private boolean shown;

    private Progress(PrintWriter err, long size) {
      this.err = err;
      this.size = size;
    }

    static Progress onTerminal(PrintWriter err, Path file) {
      if (System.console() == null) {
        return new Progress(null, 0);
      }
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        size = 0;
      }
      return new Progress(err, size);
    }

    @Override
    public void update(long rows, long bytes) {
      if (err == null || System.nanoTime() - start < 2_000_000_000L) {
        return;
      }
      shown = true;
      err.printf(Locale.ROOT, "\rreading %s: %,d rows%s", "results", rows,
          size > 0 ? String.format(Locale.ROOT, " (%d%%)", Math.min(100, 100 * bytes / size)) : "");
      err.flush();
    }

    void done() {
      if (shown) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }
}
