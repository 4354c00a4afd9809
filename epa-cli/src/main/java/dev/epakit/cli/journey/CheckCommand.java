package dev.epakit.cli.journey;

import dev.epakit.cli.Epa;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Standard;
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
import java.io.Writer;
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

  /** The counts the summary gives, for one batch or for the whole file. */
  private static class Counts {
    long journeys;
    long consistent;
    long refusedFacts;
    long withRefusals;
    long errors;
    long warnings;

    void add(Counts c) {
      journeys += c.journeys;
      consistent += c.consistent;
      refusedFacts += c.refusedFacts;
      withRefusals += c.withRefusals;
      errors += c.errors;
      warnings += c.warnings;
    }
  }

  /**
   * What one batch of journeys and diagnostics came to: the report text, in input order (in JSON,
   * each journey after ",\n    "), and the counts.
   */
  private static final class Chunk extends Counts {
    String text;
    boolean anyJourney;
    final List<JourneyDiagnostic> diagnostics = new ArrayList<>(0);
  }

  private static final class Totals extends Counts {
    boolean anyJourney;
    final List<JourneyDiagnostic> diagnostics = new ArrayList<>();

    void add(Chunk c, PrintWriter out) {
      add(c);
      diagnostics.addAll(c.diagnostics);
      int skip = !anyJourney && c.anyJourney ? 1 : 0; // in JSON the first journey has no comma before it
      out.write(c.text, skip, c.text.length() - skip);
      anyJourney |= c.anyJourney;
    }
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
    ReadSummary summary;
    try (Pipeline<Object, Chunk> pipeline = new Pipeline<>(n, batch -> work(batch, plans, asOf, json),
        chunk -> totals.add(chunk, out))) {
      summary = JourneyInput.read(options.journeys, plans, asOf, pipeline::add, pipeline::add);
    }
    if (json) {
      out.print(totals.anyJourney ? "\n  ],\n" : "],\n");
      out.print("  \"diagnostics\": [");
      for (int i = 0; i < totals.diagnostics.size(); i++) {
        out.print(i == 0 ? "\n    " : ",\n    ");
        out.print(diagnosticJson(totals.diagnostics.get(i)));
      }
      out.print(totals.diagnostics.isEmpty() ? "],\n" : "\n  ],\n");
      out.print("  \"summary\": {\"journeys\": " + totals.journeys + ", \"consistent\": " + totals.consistent
          + ", \"withRefusedFacts\": " + totals.withRefusals + ", \"refusedFacts\": " + totals.refusedFacts
          + ", \"skipped\": " + summary.skipped() + ", \"errors\": " + totals.errors + ", \"warnings\": "
          + totals.warnings + ", \"complete\": " + summary.complete() + "}" + System.lineSeparator() + "}"
          + System.lineSeparator());
    } else {
      out.print(System.lineSeparator() + totals.journeys + " journeys as of " + asOf + ": " + totals.consistent
          + " consistent, " + totals.withRefusals + " with refused facts (" + totals.refusedFacts + " facts refused); "
          + summary.skipped() + " skipped; " + totals.errors + " errors and " + totals.warnings + " warnings in the file"
          + (summary.complete() ? "" : "; reading stopped early") + System.lineSeparator());
    }
    out.flush();
    if (!summary.complete()) {
      spec.commandLine().getErr().println("epa: " + options.journeys + " could not be read to the end (see the report)");
      return Epa.USAGE;
    }
    return totals.withRefusals > 0 || totals.errors > 0 ? Epa.FINDINGS : Epa.OK;
  }

  /** Each worker's text buffer, kept from batch to batch. */
  private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(1 << 20));

  private static Chunk work(List<Object> batch, List<AssessmentPlan> plans, LocalDate asOf, boolean json) {
    Chunk chunk = new Chunk();
    StringBuilder b = BUFFER.get();
    b.setLength(0);
    Standard lastStandard = null;
    Optional<AssessmentPlan> lastPlan = Optional.empty();
    for (Object o : batch) {
      if (o instanceof JourneyDiagnostic d) {
        diagnostic(chunk, b, d, json);
        continue;
      }
      JourneyRecord r = (JourneyRecord) o;
      if (r.standard() != lastStandard && !r.standard().equals(lastStandard)) {
        lastStandard = r.standard();
        lastPlan = JourneyInput.planFor(plans, lastStandard);
      }
      if (lastPlan.isEmpty()) {
        diagnostic(chunk, b, new JourneyDiagnostic(Optional.of(r.uln()), r.line(), "standard", "journey.no-plan",
            dev.epakit.io.Diagnostic.Severity.ERROR, "no plan given for " + r.standard() + ": journey not checked"),
            json);
        continue;
      }
      CheckedJourney c = CheckedJourney.check(r, lastPlan.get(), asOf);
      chunk.journeys++;
      if (c.consistent()) {
        chunk.consistent++;
      } else {
        chunk.withRefusals++;
        chunk.refusedFacts += c.replay().refused().size();
      }
      if (json) {
        chunk.anyJourney = true;
        journeyJson(c, b.append(",\n    "));
      } else {
        JourneyText.render(b, c);
      }
    }
    chunk.text = b.toString();
    if (b.capacity() > 4 << 20) {
      BUFFER.remove(); // an unusually large batch: do not keep its buffer
    }
    return chunk;
  }

  private static void diagnostic(Chunk chunk, StringBuilder b, JourneyDiagnostic d, boolean json) {
    if (d.isError()) {
      chunk.errors++;
    } else {
      chunk.warnings++;
    }
    if (json) {
      chunk.diagnostics.add(d);
    } else {
      JourneyText.render(b, d);
    }
  }

  private static void journeyJson(CheckedJourney c, StringBuilder b) {
    JourneySnapshot s = c.snapshot();
    try (JsonGenerator g = JSON.createGenerator(new StringBuilderWriter(b))) {
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
  }

  /** Appends to a string builder; closing it does nothing. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder b;

    StringBuilderWriter(StringBuilder b) {
      this.b = b;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      b.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      b.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
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
