package dev.epakit.cli.plan;

import dev.epakit.cli.Epa;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanValidation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epa plan explain}: the whole grading table and the resit/retake policy in plain words. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Say in plain words what a plan file means: its methods, every combination of method grades "
        + "with the overall grade it gives, and the resit and retake policy.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the plan is valid", "1:the plan has errors (listed on standard error)",
        "2:usage error, or a file that cannot be read"})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A plan file (YAML or JSON).")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanFileResult result = PlanValidation.validateFile(file);
    if (result.plan().isDefined()) {
      out.print(PlanExplanation.explain(result.plan().get()));
      out.flush();
    }
    for (Diagnostic d : result.diagnostics()) {
      err.println(d);
    }
    err.flush();
    if (result.diagnostics().exists(dev.epakit.io.plan.PlanFileCode::unreadable)) {
      return Epa.USAGE;
    }
    return result.errors().isEmpty() ? Epa.OK : Epa.FINDINGS;
  }
}
