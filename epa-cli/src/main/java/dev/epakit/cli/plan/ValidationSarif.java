package dev.epakit.cli.plan;

import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.DiagnosticCode;
import dev.epakit.io.plan.PlanValidationReport;
import io.vavr.collection.List;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 output of {@code epa plan validate}: one run, the diagnostic catalogue as the
 * tool's rules, one result per diagnostic, so that code-scanning tools annotate the line.
 */
final class ValidationSarif {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private ValidationSarif() {}

  static String report(PlanValidationReport report, String version) {
    ObjectNode root = ValidationJson.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "epa");
    driver.put("fullName", "EPA Kit plan validation");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/epakit/epakit/blob/main/docs/plans.md");
    ArrayNode rules = driver.putArray("rules");
    List<DiagnosticCode> catalogue = DiagnosticCode.all();
    for (DiagnosticCode code : catalogue) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.code());
      rule.putObject("shortDescription").put("text", code.title());
      rule.putObject("defaultConfiguration").put("level", code.severity().label());
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code());
      int index = catalogue.indexWhere(c -> c.code().equals(d.code()));
      if (index >= 0) {
        result.put("ruleIndex", index);
      }
      result.put("level", d.severity().label());
      result.putObject("message").put("text", d.message());
      ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
      location.putObject("artifactLocation").put("uri", uri(java.nio.file.Path.of(d.file())));
      if (d.line() > 0) {
        ObjectNode region = location.putObject("region");
        region.put("startLine", d.line());
        region.put("startColumn", Math.max(1, d.column()));
      }
    }
    return ValidationJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** A relative reference for a relative path (as code-scanning tools expect), else a file URI. */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.toUri().toString();
    }
    String path = file.normalize().toString().replace(java.io.File.separatorChar, '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
