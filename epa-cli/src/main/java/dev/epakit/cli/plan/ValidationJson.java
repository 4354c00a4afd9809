package dev.epakit.cli.plan;

import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanValidationReport;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON output of {@code epa plan validate}, as {@code docs/plans.md} documents it. */
final class ValidationJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ValidationJson() {}

  static String report(PlanValidationReport report, boolean failOnWarning) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("valid", report.passes(failOnWarning));
    root.put("errors", report.errorCount());
    root.put("warnings", report.warningCount());
    ArrayNode files = root.putArray("files");
    for (PlanFileResult result : report.files()) {
      ObjectNode file = files.addObject();
      file.put("file", result.file().toString());
      file.put("valid", result.passes(failOnWarning));
      if (result.plan().isDefined()) {
        AssessmentPlan plan = result.plan().get();
        ObjectNode p = file.putObject("plan");
        p.put("standard", plan.standard().reference().value());
        p.put("version", plan.standard().version().toString());
        plan.standard().option().ifPresent(o -> p.put("option", o));
        p.put("title", plan.title());
      } else {
        file.putNull("plan");
      }
      ArrayNode diagnostics = file.putArray("diagnostics");
      for (Diagnostic d : result.diagnostics()) {
        ObjectNode n = diagnostics.addObject();
        n.put("line", d.line());
        n.put("column", d.column());
        n.put("severity", d.severity().label());
        n.put("code", d.code());
        n.put("message", d.message());
        n.put("path", d.field());
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
