package dev.epakit.cli.analysis;

import dev.epakit.analysis.variance.ControlLimits;
import dev.epakit.analysis.variance.FunnelLimits;
import dev.epakit.analysis.variance.FunnelMethod;
import dev.epakit.cli.Epa;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code epa funnel}: funnel-plot control limits for a pass rate at chosen numbers of results, for
 * drawing a funnel plot or checking a single figure by hand. Limits come from {@link FunnelLimits}
 * (Spiegelhalter 2005).
 *
 * <p>Instances are created by picocli, one per run; not thread-safe.
 */
@Command(name = "funnel", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Funnel-plot control limits for a pass rate: the range of pass rates that chance alone",
        "gives an assessor with n results when the true rate is the target."})
public final class FunnelCommand implements Callable<Integer> {

  static final Map<String, FunnelMethod> METHODS = methods();

  @Spec
  CommandSpec spec;

  @Option(names = "--target", required = true, paramLabel = "P",
      description = "The target pass rate, strictly between 0 and 1, such as 0.72.")
  double target;

  @Option(names = "--n", required = true, split = ",", paramLabel = "N1,N2,...",
      description = "Numbers of results to give limits for, each at least 1.")
  List<Long> ns;

  @Option(names = "--method", defaultValue = "exact", paramLabel = "exact|normal|arcsine",
      description = "How limits are computed (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--levels", defaultValue = "0.95,0.998", split = ",", paramLabel = "L1,L2,...",
      description = "Two-sided levels of the limits (default: ${DEFAULT-VALUE}).")
  List<Double> levels;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  /** Creates the command; picocli fills in the options. */
  public FunnelCommand() {
    // options are injected
  }

  /**
   * Prints the limits.
   *
   * @return the exit code: 0, or 2 for a usage error
   */
  @Override
  public Integer call() {
    FunnelMethod m = Output.choose(spec, "--method", method, METHODS);
    Output.Format f = Output.format(spec, format);
    if (!(target > 0 && target < 1)) {
      throw Output.usage(spec, "--target must be strictly between 0 and 1, was " + target);
    }
    for (long n : ns) {
      if (n < 1 || n > Integer.MAX_VALUE) {
        throw Output.usage(spec, "--n values must be between 1 and " + Integer.MAX_VALUE + ", was " + n);
      }
    }
    TreeSet<Double> sorted = new TreeSet<>();
    for (double level : levels) {
      if (!(level > 0 && level < 1)) {
        throw Output.usage(spec, "--levels must be strictly between 0 and 1, was " + level);
      }
      sorted.add(level);
    }
    List<ControlLimits> limits = new ArrayList<>();
    for (long n : ns) {
      for (double level : sorted) {
        limits.add(FunnelLimits.of(m, target, n, level));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f == Output.Format.JSON) {
      ObjectNode root = Output.object();
      root.put("target", target);
      root.put("method", method.toLowerCase(Locale.ROOT));
      ArrayNode array = root.putArray("limits");
      for (ControlLimits l : limits) {
        ObjectNode o = array.addObject();
        o.put("n", l.n());
        o.put("level", l.level());
        o.put("lower", l.lower());
        o.put("upper", l.upper());
      }
      Output.print(out, root);
    } else {
      out.printf(Locale.ROOT, "Funnel limits around a pass rate of %s (%s method)%n",
          Output.percent(target), method.toLowerCase(Locale.ROOT));
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%10s", "n"));
      for (double level : sorted) {
        head.append(String.format(Locale.ROOT, "  %21s", levelName(level) + " limits"));
      }
      out.println(head);
      int i = 0;
      for (long n : ns) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%10d", n));
        for (int j = 0; j < sorted.size(); j++, i++) {
          ControlLimits l = limits.get(i);
          line.append(String.format(Locale.ROOT, "  %10s%11s", Output.percent(l.lower()),
              Output.percent(l.upper())));
        }
        out.println(line);
      }
    }
    return Epa.OK;
  }

  /** A level for people: {@code 95%}, {@code 99.8%}. */
  static String levelName(double level) {
    String s = String.format(Locale.ROOT, "%.4f", 100 * level).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }

  private static Map<String, FunnelMethod> methods() {
    Map<String, FunnelMethod> m = new LinkedHashMap<>();
    m.put("exact", FunnelMethod.EXACT_BINOMIAL);
    m.put("normal", FunnelMethod.NORMAL);
    m.put("arcsine", FunnelMethod.ARCSINE);
    return m;
  }
}
