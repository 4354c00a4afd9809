package dev.epakit.cli.analysis;

import dev.epakit.io.Diagnostic;
import dev.epakit.io.ratings.CsvFileCode;
import io.vavr.collection.Seq;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the analysis commands share: option choices, JSON, numbers for people, file problems. */
final class Output {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private Output() {}

  /** The output formats. */
  enum Format { TEXT, JSON, CSV }

  /**
   * Looks up a choice among named values, or fails as a usage error that lists the choices.
   */
  static <T> T choose(CommandSpec spec, String option, String value, Map<String, T> choices) {
    T chosen = choices.get(value.toLowerCase(Locale.ROOT));
    if (chosen == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "invalid value for " + option + ": '" + value + "' (choose one of "
              + String.join(", ", choices.keySet()) + ")");
    }
    return chosen;
  }

  static Format format(CommandSpec spec, String value) {
    return choose(spec, "--format", value, Map.of("text", Format.TEXT, "json", Format.JSON));
  }

  /** The format of a command that also writes CSV for spreadsheets. */
  static Format formatOrCsv(CommandSpec spec, String value) {
    Map<String, Format> choices = new java.util.LinkedHashMap<>();
    choices.put("text", Format.TEXT);
    choices.put("json", Format.JSON);
    choices.put("csv", Format.CSV);
    return choose(spec, "--format", value, choices);
  }

  static CommandLine.ParameterException usage(CommandSpec spec, String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static void put(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    } else {
      node.putNull(name);
    }
  }

  static ArrayNode pair(double lower, double upper) {
    ArrayNode a = JSON.createArrayNode();
    a.add(lower);
    a.add(upper);
    return a;
  }

  static void print(PrintWriter out, ObjectNode node) {
    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
  }

  /** A number for people: up to {@code digits} decimals, trailing zeros kept. */
  static String fixed(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }

  /** A proportion as a percentage for people, such as {@code 71.3%}. */
  static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  /** A p-value for people: {@code < 0.001} below a thousandth. */
  static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : fixed(p, 3);
  }

  /**
   * Prints every problem of a file on standard error, one line each as compilers print them
   * ({@code epa: file:line:column: error code message}), and returns the exit code: 2 when the
   * file could not be read at all, 1 when some of its rows are wrong.
   */
  static int problems(PrintWriter err, Seq<Diagnostic> problems) {
    for (Diagnostic p : problems) {
      err.println("epa: " + p);
    }
    boolean unreadable = problems.exists(CsvFileCode::isUnreadable);
    if (!unreadable) {
      err.println("epa: " + problems.head().file()
          + " has rows that cannot be used (above); nothing was analysed");
    }
    return unreadable ? dev.epakit.cli.Epa.USAGE : dev.epakit.cli.Epa.FINDINGS;
  }
}
