package dev.epakit.cli.journey;

import dev.epakit.cli.Epa;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyDiagnostic;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.io.journey.ReadSummary;
import dev.epakit.rules.Violation;
import dev.epakit.rules.journey.CertificateReadiness;
import dev.epakit.rules.journey.JourneySnapshot;
import dev.epakit.rules.journey.NextStep;
import dev.epakit.rules.journey.Notification;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code epa journey check}: replays every journey of a file under its plan and reports, for each
 * apprentice, the status, overall grade (and whether it was capped), the facts refused with rule
 * and reason, the next steps allowed and refused, certificate readiness, notifications owed and the
 * retention date.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Replay apprentices' journeys under their plan and report what the rules decide.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every journey is consistent", "1:a fact was refused or a record could not be read",
        "2:usage error or unreadable input"})
final class CheckCommand implements Callable<Integer> {

  private static final JsonFactory JSON = new JsonFactory();

  @Spec
  CommandSpec spec;

  @Mixin
  JourneyOptions options;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--threads", paramLabel = "N", hidden = true,
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  enum Format { text, json }

  /** What one journey or diagnostic came to, rendered. */
  private record Item(String text, boolean journey, boolean consistent, int refused, boolean error,
      JourneyDiagnostic diagnostic) {}

  private final class Totals {
    long journeys;
    long consistent;
    long refusedFacts;
    long withRefusals;
    long errors;
    long warnings;
    final List<JourneyDiagnostic> diagnostics = new ArrayList<>();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<AssessmentPlan> plans = options.loadPlans();
    LocalDate asOf = options.asOf();
    Totals totals = new Totals();
    boolean json = format == Format.json;
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (json) {
      out.print("{\n  \"asOf\": \"" + asOf + "\",\n  \"journeys\": [");
    }
    boolean[] first = {true};
    ReadSummary summary;
    try (Pipeline<Object, Item> pipeline = new Pipeline<>(n, o -> work(o, plans, asOf, json), item -> {
      if (item.journey()) {
        totals.journeys++;
        if (item.consistent()) {
          totals.consistent++;
        } else {
          totals.withRefusals++;
          totals.refusedFacts += item.refused();
        }
      }
      if (item.error()) {
        totals.errors++;
      }
      if (item.diagnostic() != null) {
        if (!item.diagnostic().isError()) {
          totals.warnings++;
        }
        if (json) {
          totals.diagnostics.add(item.diagnostic());
          return;
        }
      }
      if (json) {
        out.print(first[0] ? "\n    " : ",\n    ");
        first[0] = false;
      }
      out.print(item.text());
    })) {
      summary = JourneyInput.read(options.journeys, plans, asOf, pipeline::add, pipeline::add);
    }
    if (json) {
      out.print(first[0] ? "],\n" : "\n  ],\n");
      out.print("  \"diagnostics\": [");
      for (int i = 0; i < totals.diagnostics.size(); i++) {
        out.print(i == 0 ? "\n    " : ",\n    ");
        out.print(diagnosticJson(totals.diagnostics.get(i)));
      }
      out.print(totals.diagnostics.isEmpty() ? "],\n" : "\n  ],\n");
      out.printf("  \"summary\": {\"journeys\": %d, \"consistent\": %d, \"withRefusedFacts\": %d, \"refusedFacts\": %d, "
          + "\"skipped\": %d, \"errors\": %d, \"warnings\": %d, \"complete\": %b}%n}%n", totals.journeys,
          totals.consistent, totals.withRefusals, totals.refusedFacts, summary.skipped(), totals.errors,
          totals.warnings, summary.complete());
    } else {
      out.printf("%n%d journeys as of %s: %d consistent, %d with refused facts (%d facts refused); %d skipped; "
          + "%d errors and %d warnings in the file%s%n", totals.journeys, asOf, totals.consistent, totals.withRefusals,
          totals.refusedFacts, summary.skipped(), totals.errors, totals.warnings,
          summary.complete() ? "" : "; reading stopped early");
    }
    out.flush();
    if (!summary.complete()) {
      spec.commandLine().getErr().println("epa: " + options.journeys + " could not be read to the end (see the report)");
      return Epa.USAGE;
    }
    return totals.withRefusals > 0 || totals.errors > 0 ? Epa.FINDINGS : Epa.OK;
  }

  private static Item work(Object o, List<AssessmentPlan> plans, LocalDate asOf, boolean json) {
    if (o instanceof JourneyDiagnostic d) {
      return new Item(json ? "" : JourneyText.render(d), false, true, 0, d.isError(), d);
    }
    JourneyRecord r = (JourneyRecord) o;
    Optional<AssessmentPlan> plan = JourneyInput.planFor(plans, r.standard());
    if (plan.isEmpty()) {
      JourneyDiagnostic d = new JourneyDiagnostic(Optional.of(r.uln()), r.line(), "standard", "journey.no-plan",
          dev.epakit.io.Diagnostic.Severity.ERROR, "no plan given for " + r.standard() + ": journey not checked");
      return new Item(json ? "" : JourneyText.render(d), false, true, 0, true, d);
    }
    CheckedJourney c = CheckedJourney.check(r, plan.get(), asOf);
    return new Item(json ? journeyJson(c) : JourneyText.render(c), true, c.consistent(), c.replay().refused().size(),
        false, null);
  }

  private static String journeyJson(CheckedJourney c) {
    StringWriter w = new StringWriter(1024);
    JourneySnapshot s = c.snapshot();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringProperty("uln", c.record().uln());
      g.writeNumberProperty("line", c.record().line());
      g.writeStringProperty("standard", c.plan().standard().reference().value());
      g.writeStringProperty("version", c.plan().standard().version().toString());
      g.writeStringProperty("status", JourneyText.name(s.status()));
      g.writeObjectPropertyStart("overall");
      g.writeStringProperty("notified", s.notifiedGrade().map(Grade::name).getOrNull());
      g.writeStringProperty("current", s.overallGrade().grade().map(Grade::name).getOrNull());
      g.writeStringProperty("uncapped", s.overallGrade().uncapped().map(Grade::name).getOrNull());
      g.writeBooleanProperty("capped", s.overallGrade().capped());
      g.writeEndObject();
      g.writeNumberProperty("facts", c.record().facts().size());
      g.writeArrayPropertyStart("refused");
      for (CheckedJourney.Refusal r : c.refusals()) {
        g.writeStartObject();
        g.writeNumberProperty("line", r.line());
        g.writeStringProperty("field", r.field());
        g.writeStringProperty("kind", r.fact().kind());
        g.writeStringProperty("date", r.fact().date().toString());
        violation(g, r.violation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("nextSteps");
      for (NextStep n : s.nextSteps()) {
        g.writeStartObject();
        g.writeStringProperty("action", JourneyText.name(n.action()));
        g.writeArrayPropertyStart("methods");
        for (var m : n.methods()) {
          g.writeString(m.value());
        }
        g.writeEndArray();
        g.writeBooleanProperty("allowed", n.allowed());
        g.writeStringProperty("deadline", n.deadline().map(LocalDate::toString).getOrNull());
        g.writeArrayPropertyStart("requirements");
        for (String req : n.requirements()) {
          g.writeString(req);
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("refusedBy");
        for (Violation v : n.explanation().violations()) {
          g.writeStartObject();
          violation(g, v);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      CertificateReadiness cert = s.certificateReadiness();
      g.writeObjectPropertyStart("certificate");
      g.writeBooleanProperty("ready", cert.ready());
      g.writeArrayPropertyStart("missing");
      for (String m : cert.missing()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayPropertyStart("notificationsOwed");
      for (Notification o : s.notificationsOwed()) {
        g.writeStartObject();
        g.writeStringProperty("party", JourneyText.name(o.party()));
        g.writeStringProperty("what", JourneyText.name(o.what()));
        g.writeStringProperty("rule", o.rule().id().value());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringProperty("retainUntil", s.retainUntil().map(LocalDate::toString).getOrNull());
      g.writeEndObject();
    }
    return w.toString();
  }

  private static void violation(JsonGenerator g, Violation v) {
    g.writeStringProperty("rule", v.ruleId().value());
    g.writeStringProperty("title", v.rule().title());
    g.writeArrayPropertyStart("reasons");
    for (String reason : v.reasons()) {
      g.writeString(reason);
    }
    g.writeEndArray();
  }

  private static String diagnosticJson(JourneyDiagnostic d) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringProperty("severity", JourneyText.name(d.severity()));
      g.writeNumberProperty("line", d.line());
      g.writeStringProperty("uln", d.uln().orElse(null));
      g.writeStringProperty("field", d.field());
      g.writeStringProperty("code", d.code());
      g.writeStringProperty("message", d.message());
      g.writeEndObject();
    }
    return w.toString();
  }
}
