package dev.epakit.cli.analysis;

import dev.epakit.analysis.agreement.AgreementResult;
import dev.epakit.analysis.agreement.CategoryOrder;
import dev.epakit.analysis.agreement.CohenKappa;
import dev.epakit.analysis.agreement.ConfusionMatrix;
import dev.epakit.analysis.agreement.Estimate;
import dev.epakit.analysis.agreement.FleissKappa;
import dev.epakit.analysis.agreement.GwetAgreement;
import dev.epakit.analysis.agreement.IccForm;
import dev.epakit.analysis.agreement.Insufficient;
import dev.epakit.analysis.agreement.IntraclassCorrelation;
import dev.epakit.analysis.agreement.KrippendorffAlpha;
import dev.epakit.analysis.agreement.NullTest;
import dev.epakit.analysis.agreement.PercentAgreement;
import dev.epakit.analysis.agreement.Weights;
import dev.epakit.cli.Epa;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.ratings.Ratings;
import dev.epakit.io.ratings.RatingsFile;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code epa agreement}: agreement between assessors on a double-marked or moderated sample, read
 * from a ratings file ({@link RatingsFile}) and computed by the statistics of {@code
 * dev.epakit.analysis.agreement}.
 *
 * <p>Instances are created by picocli, one per run; not thread-safe.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Agreement between assessors on a double-marked or moderated sample.",
        "FILE.csv has a header row; the first column names the unit (script, candidate), each",
        "further column is one rater; an empty cell is a missing rating."})
public final class AgreementCommand implements Callable<Integer> {

  /** The methods, by their command-line names. */
  enum Method {
    PERCENT_AGREEMENT("percent-agreement", "Percent agreement"),
    COHEN_KAPPA("cohen-kappa", "Cohen's kappa"),
    FLEISS_KAPPA("fleiss-kappa", "Fleiss' kappa"),
    KRIPPENDORFF_ALPHA("krippendorff-alpha", "Krippendorff's alpha"),
    GWET_AC1("gwet-ac1", "Gwet's AC1"),
    ICC("icc", "Intraclass correlation");

    final String id;
    final String title;

    Method(String id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  private static final Map<String, Method> METHODS = new LinkedHashMap<>();
  private static final Map<String, KrippendorffAlpha.Level> LEVELS = new LinkedHashMap<>();
  private static final Map<String, String> WEIGHTS = new LinkedHashMap<>();

  static {
    for (Method m : Method.values()) {
      METHODS.put(m.id, m);
    }
    for (KrippendorffAlpha.Level l : KrippendorffAlpha.Level.values()) {
      LEVELS.put(l.name().toLowerCase(Locale.ROOT), l);
    }
    for (String w : List.of("unweighted", "linear", "quadratic")) {
      WEIGHTS.put(w, w);
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--method", required = true, paramLabel = "M",
      description = "percent-agreement, cohen-kappa, fleiss-kappa, krippendorff-alpha, gwet-ac1"
          + " (AC2 when weighted) or icc.")
  String method;

  @Option(names = "--level", paramLabel = "nominal|ordinal|interval|ratio",
      description = "Level of measurement, for krippendorff-alpha (default: nominal).")
  String level;

  @Option(names = "--weights", paramLabel = "unweighted|linear|quadratic",
      description = "Agreement weights, for cohen-kappa and gwet-ac1 (default: unweighted).")
  String weights;

  @Option(names = "--categories", split = ",", paramLabel = "c1,c2,...",
      description = "The categories, lowest first; fixes their order. Otherwise numbers sort"
          + " numerically and labels keep their order of first appearance.")
  List<String> categories;

  @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B",
      description = "Bootstrap replicates for krippendorff-alpha's interval; 0 for none"
          + " (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the bootstrap, so that runs repeat (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "FILE.csv", description = "The ratings file.")
  Path file;

  /** Creates the command; picocli fills in the options. */
  public AgreementCommand() {
    // options are injected
  }

  /**
   * Reads the ratings and prints the statistic.
   *
   * @return the exit code: 0 when the statistic was computed (or found to need more data), 1 when
   *     rows of the file are wrong, 2 for a usage error or an unreadable file
   */
  @Override
  public Integer call() {
    Method m = Output.choose(spec, "--method", method, METHODS);
    Output.Format f = Output.format(spec, format);
    if (level != null && m != Method.KRIPPENDORFF_ALPHA) {
      throw Output.usage(spec, "--level applies only to --method krippendorff-alpha");
    }
    if (weights != null && m != Method.COHEN_KAPPA && m != Method.GWET_AC1) {
      throw Output.usage(spec, "--weights applies only to --method cohen-kappa and gwet-ac1");
    }
    KrippendorffAlpha.Level lvl = Output.choose(spec, "--level", level == null ? "nominal" : level, LEVELS);
    String w = Output.choose(spec, "--weights", weights == null ? "unweighted" : weights, WEIGHTS);
    if (bootstrap < 0 || bootstrap == 1) {
      throw Output.usage(spec, "--bootstrap must be 0 (none) or at least 2, was " + bootstrap);
    }
    List<String> declared = categories == null ? List.of() : categories;
    Validation<Seq<Diagnostic>, Ratings> read;
    try {
      read = RatingsFile.read(file, declared);
    } catch (IllegalArgumentException e) {
      throw Output.usage(spec, "--categories: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (read.isInvalid()) {
      return Output.problems(spec.commandLine().getErr(), read.getError());
    }
    Ratings r = read.get();
    if ((m == Method.PERCENT_AGREEMENT || m == Method.COHEN_KAPPA) && r.raters() != 2) {
      throw Output.usage(spec, m.id + " compares exactly two raters, but " + file + " has "
          + r.raters() + " rater columns; use fleiss-kappa, krippendorff-alpha or gwet-ac1");
    }
    boolean ordered = m == Method.ICC
        || (m == Method.KRIPPENDORFF_ALPHA && lvl != KrippendorffAlpha.Level.NOMINAL)
        || ((m == Method.COHEN_KAPPA || m == Method.GWET_AC1) && !w.equals("unweighted"));
    if (ordered && r.origin() == dev.epakit.io.ratings.CategoryOrigin.FIRST_APPEARANCE) {
      spec.commandLine().getErr().println("epa: warning: this statistic depends on the order of the"
          + " categories, taken from their first appearance (" + String.join(" < ", r.categories())
          + "); give --categories to fix it");
    }
    ObjectNode json = Output.object();
    json.put("method", m.id);
    List<String> text = new ArrayList<>();
    switch (m) {
      case PERCENT_AGREEMENT -> percentAgreement(r, json, text);
      case COHEN_KAPPA -> cohen(r, w, json, text);
      case FLEISS_KAPPA -> fleiss(r, json, text);
      case KRIPPENDORFF_ALPHA -> krippendorff(r, lvl, json, text);
      case GWET_AC1 -> gwet(r, w, json, text);
      case ICC -> icc(r, json, text);
      default -> throw new AssertionError(m);
    }
    json.put("fileUnits", r.units());
    json.put("fileRaters", r.raters());
    ArrayNode cats = json.putArray("categories");
    r.categories().forEach(cats::add);
    json.put("categoryOrder", r.origin().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (f == Output.Format.JSON) {
      Output.print(out, json);
    } else {
      text.forEach(out::println);
      out.printf("Categories (%s): %s%n", r.origin().describe(), String.join(" < ", r.categories()));
    }
    return Epa.OK;
  }

  private static CategoryOrder order(Ratings r) {
    return CategoryOrder.of(r.categories());
  }

  private static ConfusionMatrix pairs(Ratings r) {
    CohenKappa.Accumulator acc = CohenKappa.accumulator(order(r));
    for (int u = 0; u < r.units(); u++) {
      acc.add(r.code(u, 0), r.code(u, 1));
    }
    return acc.confusionMatrix();
  }

  private void percentAgreement(Ratings r, ObjectNode json, List<String> text) {
    ConfusionMatrix table = pairs(r);
    AgreementResult exact = PercentAgreement.exact(table);
    estimate(json, exact);
    text.add(line("Percent agreement (exact)", exact, true));
    if (r.origin() == dev.epakit.io.ratings.CategoryOrigin.FIRST_APPEARANCE) {
      json.putNull("withinOne"); // "one category apart" needs an order
    } else {
      AgreementResult within = PercentAgreement.withinOne(table);
      within.estimate().ifPresentOrElse(e -> json.put("withinOne", e.value()), () -> json.putNull("withinOne"));
      text.add(line("Percent agreement (within one category)", within, true));
    }
    text.add(sample(exact, r));
  }

  private void cohen(Ratings r, String w, ObjectNode json, List<String> text) {
    ConfusionMatrix table = pairs(r);
    json.put("weights", w);
    AgreementResult result;
    int k = table.size();
    if (!w.equals("unweighted") && k < 2) {
      result = Insufficient.of("only one category was used, so weights are undefined",
          dev.epakit.analysis.agreement.SampleSize.of(table.total(), 2));
    } else {
      result = CohenKappa.of(table, weights(w, k));
    }
    estimate(json, result);
    text.add(line("Cohen's kappa (" + w + ")", result, false));
    text.add(sample(result, r));
  }

  private void fleiss(Ratings r, ObjectNode json, List<String> text) {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(order(r), r.raters());
    int[] codes = new int[r.raters()];
    for (int u = 0; u < r.units(); u++) {
      for (int j = 0; j < codes.length; j++) {
        codes[j] = r.code(u, j);
      }
      acc.addUnit(codes);
    }
    AgreementResult result = acc.result();
    estimate(json, result);
    text.add(line("Fleiss' kappa", result, false));
    text.add(sample(result, r));
    ArrayNode per = json.putArray("perCategory");
    for (Map.Entry<String, AgreementResult> e : acc.perCategory().entrySet()) {
      ObjectNode o = per.addObject();
      o.put("category", e.getKey());
      estimate(o, e.getValue());
      text.add(line("  kappa for " + e.getKey(), e.getValue(), false));
    }
  }

  private void krippendorff(Ratings r, KrippendorffAlpha.Level lvl, ObjectNode json, List<String> text) {
    KrippendorffAlpha.Accumulator acc = KrippendorffAlpha.accumulator(lvl);
    double[] values = new double[r.raters()];
    boolean byValue = lvl == KrippendorffAlpha.Level.INTERVAL || lvl == KrippendorffAlpha.Level.RATIO;
    for (int u = 0; u < r.units(); u++) {
      for (int j = 0; j < values.length; j++) {
        int c = r.code(u, j);
        values[j] = c == Ratings.MISSING ? Double.NaN : byValue ? r.value(c) : c;
      }
      acc.addUnit(values);
    }
    String name = lvl.name().toLowerCase(Locale.ROOT);
    json.put("level", name);
    AgreementResult result = bootstrap > 0 ? acc.bootstrap(bootstrap, seed) : acc.result();
    estimate(json, result);
    if (bootstrap > 0) {
      json.put("bootstrap", bootstrap);
      json.put("seed", seed);
    }
    text.add(line("Krippendorff's alpha (" + name + ")", result, false));
    text.add(sample(result, r));
    if (byValue) {
      text.add(valuesNote(r));
    }
    if (bootstrap > 0 && result.isEstimate()) {
      text.add("Interval: bootstrap over units, " + bootstrap + " replicates, seed " + seed);
    }
  }

  private void gwet(Ratings r, String w, ObjectNode json, List<String> text) {
    GwetAgreement.Accumulator acc = GwetAgreement.accumulator(order(r));
    int[] codes = new int[r.raters()];
    for (int u = 0; u < r.units(); u++) {
      for (int j = 0; j < codes.length; j++) {
        codes[j] = r.code(u, j);
      }
      acc.addUnit(codes);
    }
    int k = r.categories().size();
    json.put("weights", w);
    String coefficient = w.equals("unweighted") ? "AC1" : "AC2";
    json.put("coefficient", coefficient);
    AgreementResult result;
    if (!w.equals("unweighted") && k < 2) {
      result = Insufficient.of("only one category was used, so weights are undefined",
          dev.epakit.analysis.agreement.SampleSize.of(r.units(), r.raters()));
    } else {
      result = acc.result(weights(w, k));
    }
    estimate(json, result);
    text.add(line("Gwet's " + coefficient + (w.equals("unweighted") ? "" : " (" + w + ")"), result, false));
    text.add(sample(result, r));
  }

  private void icc(Ratings r, ObjectNode json, List<String> text) {
    IntraclassCorrelation.Accumulator acc = IntraclassCorrelation.accumulator(r.raters());
    double[] values = new double[r.raters()];
    for (int u = 0; u < r.units(); u++) {
      for (int j = 0; j < values.length; j++) {
        int c = r.code(u, j);
        values[j] = c == Ratings.MISSING ? Double.NaN : r.value(c);
      }
      acc.addUnit(values);
    }
    Map<IccForm, AgreementResult> results = acc.results();
    ArrayNode forms = json.putArray("forms");
    AgreementResult first = results.values().iterator().next();
    json.put("units", first.n().units());
    json.put("raters", first.n().raters());
    text.add(String.format(Locale.ROOT, "%-9s %8s %9s %7s %9s %9s  %s", "form", "ICC", "F", "df1", "df2", "p", "95% CI"));
    for (Map.Entry<IccForm, AgreementResult> e : results.entrySet()) {
      ObjectNode o = forms.addObject();
      String form = formName(e.getKey());
      o.put("form", form);
      AgreementResult a = e.getValue();
      if (a instanceof Estimate est) {
        o.put("value", est.value());
        NullTest.FTest ft = est.test().filter(NullTest.FTest.class::isInstance)
            .map(NullTest.FTest.class::cast).orElse(null);
        if (ft != null) {
          o.put("f", ft.f());
          o.put("df1", ft.df1());
          o.put("df2", ft.df2());
          o.put("p", ft.pValue());
        }
        est.interval().ifPresent(ci -> o.set("ci95", Output.pair(ci.lower(), ci.upper())));
        text.add(String.format(Locale.ROOT, "%-9s %8s %9s %7s %9s %9s  %s", form, Output.fixed(est.value(), 3),
            ft == null ? "-" : Output.fixed(ft.f(), 2), ft == null ? "-" : Output.fixed(ft.df1(), 0),
            ft == null ? "-" : Output.fixed(ft.df2(), 0), ft == null ? "-" : Output.pValue(ft.pValue()),
            est.interval().map(ci -> "[" + Output.fixed(ci.lower(), 3) + ", " + Output.fixed(ci.upper(), 3) + "]")
                .orElse("-")));
      } else {
        o.putNull("value");
        o.put("insufficient", ((Insufficient) a).reason());
        text.add(String.format(Locale.ROOT, "%-9s too little data: %s", form, ((Insufficient) a).reason()));
      }
    }
    text.add(sample(first, r));
    text.add(valuesNote(r));
  }

  /** psych::ICC's names: ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k. */
  static String formName(IccForm form) {
    return "ICC" + form.modelCase() + (form.isAverage() ? "k" : "");
  }

  private static Weights weights(String name, int k) {
    return switch (name) {
      case "linear" -> Weights.linear(k);
      case "quadratic" -> Weights.quadratic(k);
      default -> Weights.unweighted(k);
    };
  }

  /** Puts value, units, raters, and se, ci95, z and p where the statistic has them. */
  private static void estimate(ObjectNode json, AgreementResult result) {
    if (result instanceof Estimate e) {
      json.put("value", e.value());
    } else {
      json.putNull("value");
    }
    json.put("units", result.n().units());
    json.put("raters", result.n().raters());
    if (result instanceof Estimate e) {
      e.standardError().ifPresent(se -> json.put("se", se));
      e.interval().ifPresent(ci -> json.set("ci95", Output.pair(ci.lower(), ci.upper())));
      e.test().ifPresent(t -> {
        if (t instanceof NullTest.ZTest z) {
          json.put("z", z.z());
        }
        json.put("p", t.pValue());
      });
    } else {
      json.put("insufficient", ((Insufficient) result).reason());
    }
  }

  private static String line(String title, AgreementResult result, boolean asPercent) {
    if (result instanceof Insufficient i) {
      return title + ": too little data: " + i.reason();
    }
    Estimate e = (Estimate) result;
    StringBuilder s = new StringBuilder(title).append(": ")
        .append(asPercent ? Output.percent(e.value()) : Output.fixed(e.value(), 3));
    e.standardError().ifPresent(se -> s.append("  SE ").append(asPercent ? Output.percent(se) : Output.fixed(se, 3)));
    e.interval().ifPresent(ci -> s.append("  95% CI [")
        .append(asPercent ? Output.percent(ci.lower()) : Output.fixed(ci.lower(), 3)).append(", ")
        .append(asPercent ? Output.percent(ci.upper()) : Output.fixed(ci.upper(), 3)).append(']'));
    e.test().ifPresent(t -> {
      if (t instanceof NullTest.ZTest z) {
        s.append("  z ").append(Output.fixed(z.z(), 2));
      }
      s.append("  p ").append(Output.pValue(t.pValue()));
    });
    return s.toString();
  }

  private static String sample(AgreementResult result, Ratings r) {
    long used = result.n().units();
    long left = r.units() - used;
    return "n = " + used + (used == 1 ? " unit" : " units") + ", " + r.raters() + " raters ("
        + String.join(", ", r.raterNames()) + ")"
        + (left > 0 ? "; " + left + " of " + r.units() + " units left out (missing ratings)" : "");
  }

  private static String valuesNote(Ratings r) {
    return r.isNumeric() ? "Values: the numbers in the file"
        : "Values: categories scored 1 to " + r.categories().size() + " in their order";
  }
}
