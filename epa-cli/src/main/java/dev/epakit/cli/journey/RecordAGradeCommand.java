package dev.epakit.cli.journey;

import dev.epakit.cli.Epa;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.io.journey.ReadSummary;
import dev.epakit.io.recordagrade.CertificateRequest;
import dev.epakit.io.recordagrade.EpaRecordRequest;
import dev.epakit.io.recordagrade.PreflightFinding;
import dev.epakit.io.recordagrade.RecordAGradeExport;
import dev.epakit.io.recordagrade.RecordAGradeJson;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code epa export record-a-grade}: the EPA records and certificate requests of a journey file as
 * JSON bodies for the apprentice assessment service, on standard output; what the service or the
 * rules would refuse is held back and reported on standard error.
 */
@Command(name = "record-a-grade", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write JSON request bodies for the Record a grade service (EPA records and certificate requests) "
        + "on standard output.",
        "Before exporting, checks what the service would refuse (ULN range, dates from 2017-01-01 and not in the "
        + "future, its grade set, no Fail certificate, UK postcode, required fields) and what the rules refuse "
        + "(certificate not ready, resit or retake not allowed); those bodies are held back and each reason is "
        + "reported on standard error with the ULN and field."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every body can be sent", "1:some bodies were held back or records could not be read",
        "2:usage error or unreadable input"})
final class RecordAGradeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  JourneyOptions options;

  @Override
  public Integer call() {
    List<AssessmentPlan> plans = options.loadPlans();
    LocalDate asOf = options.asOf();
    PrintWriter err = spec.commandLine().getErr();
    List<EpaRecordRequest> records = new ArrayList<>();
    List<CertificateRequest> certificates = new ArrayList<>();
    List<PreflightFinding> findings = new ArrayList<>();
    List<JourneyDiagnostic> diagnostics = new ArrayList<>();
    ReadSummary summary = JourneyInput.read(options.journeys, plans, asOf, r -> {
      Optional<AssessmentPlan> plan = JourneyInput.planFor(plans, r.standard());
      if (plan.isEmpty()) {
        diagnostics.add(new JourneyDiagnostic(Optional.of(r.uln()), r.line(), "standard", "journey.no-plan",
            dev.epakit.io.Diagnostic.Severity.ERROR, "no plan given for " + r.standard() + ": not exported"));
        return;
      }
      RecordAGradeExport.Result result = RecordAGradeExport.of(r, plan.get(), asOf);
      result.epaRecord().ifPresent(records::add);
      result.certificate().ifPresent(certificates::add);
      findings.addAll(result.findings());
    }, diagnostics::add);
    PrintWriter out = spec.commandLine().getOut();
    RecordAGradeJson.write(records, certificates, out);
    out.flush();
    diagnostics.forEach(d -> err.println(JourneyText.render(d).strip()));
    findings.forEach(f -> err.println("held back " + f));
    long errors = diagnostics.stream().filter(JourneyDiagnostic::isError).count();
    err.printf("%d EPA records and %d certificate requests exported; %d reasons to hold back; %d errors in the file%n",
        records.size(), certificates.size(), findings.size(), errors);
    err.flush();
    if (!summary.complete()) {
      err.println("epa: " + options.journeys + " could not be read to the end");
      return Epa.USAGE;
    }
    return findings.isEmpty() && errors == 0 ? Epa.OK : Epa.FINDINGS;
  }
}
