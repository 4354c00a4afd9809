package dev.epakit.cli.plan;

import dev.epakit.cli.Epa;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.PlanValidation;
import dev.epakit.io.plan.PlanValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epa plan validate}: check plan files and directories, for people or for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check assessment-plan files (YAML or JSON) and report every problem with its line and column.",
        "A directory stands for every *.yaml, *.yml and *.json file under it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every plan is valid", "1:problems found in a plan", "2:usage error, or a path that cannot be read"})
final class ValidateCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text, json, sarif
  }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Plan files, or directories of plan files.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on-warning", description = "Exit with 1 when there are warnings, not only errors.")
  boolean failOnWarning;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PlanValidationReport report = PlanValidation.validateAll(paths);
    switch (format) {
      case json -> out.println(ValidationJson.report(report, failOnWarning));
      case sarif -> out.println(ValidationSarif.report(report, version()));
      default -> {
        for (Diagnostic d : report.diagnostics()) {
          out.println(d);
        }
        out.println(summary(report));
      }
    }
    out.flush();
    if (report.hasUnreadablePaths()) {
      return Epa.USAGE;
    }
    return report.passes(failOnWarning) ? Epa.OK : Epa.FINDINGS;
  }

  private static String summary(PlanValidationReport report) {
    int files = report.files().size();
    int errors = report.errorCount();
    int warnings = report.warningCount();
    return "checked " + files + " plan file" + (files == 1 ? "" : "s") + ": "
        + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
  }

  private static String version() {
    String v = Epa.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
