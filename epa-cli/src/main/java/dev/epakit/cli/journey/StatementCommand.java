package dev.epakit.cli.journey;

import dev.epakit.cli.Epa;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.io.statement.StatementDocument;
import dev.epakit.io.statement.StatementSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code epa statement}: the result statement of one apprentice, as a document to send. */
@Command(name = "statement", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write the result statement of one apprentice after a fail: each method's grade, the failed "
        + "methods, whether further training is needed, the deadlines, the grade cap and how and by when to appeal.",
        "Written to be sent to the apprentice, employer and training provider."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the statement was written", "1:no result statement is owed (the latest outcome is not a fail)",
        "2:usage error, unreadable input, or no journey for the ULN"})
public final class StatementCommand implements Callable<Integer> {

  private static final Pattern PERIOD = Pattern.compile("(\\d{1,3})\\s*(working\\s+days?|days?)");

  @Spec
  CommandSpec spec;

  @Mixin
  JourneyOptions options;

  @Option(names = "--uln", required = true, paramLabel = "ULN", description = "The apprentice's ULN.")
  String uln;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--organisation", paramLabel = "NAME", description = "The EPAO's name, as the statement signs it.")
  String organisation;

  @Option(names = "--how-to-appeal", paramLabel = "TEXT",
      description = "How to lodge an appeal, such as \"write to appeals@example.org\".")
  String howToAppeal;

  @Option(names = "--appeal-period", paramLabel = "PERIOD",
      description = "The EPAO's appeal period, such as \"20 working days\" or \"28 days\" (default: the plan's).")
  String appealPeriod;

  /** Creates the command; picocli calls this. */
  public StatementCommand() {}

  @Override
  public Integer call() {
    StatementDocument.Format f = parseFormat(format);
    var parsedUln = Uln.parse(uln);
    if (parsedUln.isInvalid()) {
      throw new InputError("--uln " + uln + ": " + parsedUln.getError().head().message());
    }
    AppealPeriod period = appealPeriod == null ? null : parsePeriod(appealPeriod);
    List<AssessmentPlan> plans = options.loadPlans();
    LocalDate asOf = options.asOf();
    JourneyRecord[] found = new JourneyRecord[1];
    String wanted = parsedUln.get().value();
    var summary = JourneyInput.read(options.journeys, plans, asOf, r -> {
      if (r.uln().equals(wanted)) {
        found[0] = r;
      }
    }, d -> { });
    if (found[0] == null) {
      throw new InputError("no journey for ULN " + wanted + " in " + options.journeys
          + (summary.complete() ? "" : " (the file could not be read to the end)"));
    }
    JourneyRecord record = found[0];
    AssessmentPlan plan = JourneyInput.planFor(plans, record.standard())
        .orElseThrow(() -> new InputError("no plan given for " + record.standard() + " (ULN " + wanted + ")"));
    CheckedJourney checked = CheckedJourney.check(record, plan, asOf);
    PrintWriter err = spec.commandLine().getErr();
    var statement = period == null ? checked.snapshot().resultStatement() : checked.snapshot().resultStatement(period);
    if (statement.isEmpty()) {
      err.println("epa: ULN " + wanted + ": no result statement is owed as of " + asOf + ": the latest outcome is "
          + checked.snapshot().notifiedGrade().map(g -> g.name()).getOrElse("not yet notified")
          + " (a result statement follows a fail)");
      return Epa.FINDINGS;
    }
    if (!checked.consistent()) {
      err.println("epa: note: " + checked.replay().refused().size() + " fact(s) of ULN " + wanted
          + " were refused and left out; see epa journey check");
    }
    StatementSettings defaults = StatementSettings.generic();
    StatementSettings settings = new StatementSettings(
        organisation == null || organisation.isBlank() ? defaults.organisation() : organisation,
        howToAppeal == null || howToAppeal.isBlank() ? defaults.howToAppeal() : howToAppeal);
    ResultStatement s = statement.get();
    PrintWriter out = spec.commandLine().getOut();
    out.print(StatementDocument.render(s, settings, f));
    out.flush();
    return Epa.OK;
  }

  static StatementDocument.Format parseFormat(String text) {
    try {
      return StatementDocument.Format.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputError("--format " + text + ": expected text, markdown, html or json");
    }
  }

  static AppealPeriod parsePeriod(String text) {
    Matcher m = PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
      throw new InputError("--appeal-period " + text + ": expected such as \"20 working days\" or \"28 days\"");
    }
    int n = Integer.parseInt(m.group(1));
    return m.group(2).startsWith("working") ? AppealPeriod.workingDays(n) : AppealPeriod.calendarDays(n);
  }
}
