package dev.epakit.io.statement;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.MethodId;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Renders a {@link ResultStatement} as a document for the apprentice, employer and training
 * provider: "a result statement showing the assessment components the apprentice has failed and
 * whether further training is needed" (GOV.UK, Results, feedback and celebration after end-point
 * assessment, 2024), with each method's grade, the resit and retake deadlines, the grade cap that
 * will apply and how and by when to appeal.
 *
 * <p>Every format says the same things in the same order. HTML is one self-contained page (inline
 * style, no scripts, no external resources) with every value escaped; Markdown escapes its special
 * characters; JSON is for systems that send the statement themselves.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementDocument {

  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** The document formats. */
  public enum Format {
    /** Plain text. */
    TEXT,
    /** Markdown. */
    MARKDOWN,
    /** A self-contained HTML page. */
    HTML,
    /** JSON. */
    JSON
  }

  private StatementDocument() {}

  /**
   * Renders a statement.
   *
   * @param statement the statement, not {@code null}
   * @param settings the EPAO's wording, not {@code null}
   * @param format the format, not {@code null}
   * @return the document, ending in a new line
   */
  public static String render(ResultStatement statement, StatementSettings settings, Format format) {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(settings, "settings");
    return switch (Objects.requireNonNull(format, "format")) {
      case TEXT -> text(statement, settings);
      case MARKDOWN -> markdown(statement, settings);
      case HTML -> html(statement, settings);
      case JSON -> json(statement, settings);
    };
  }

  /** The sentences of a statement, shared by the formats. */
  private record Content(String title, String to, String apprentice, String standard, String date,
      List<String[]> methods, String overall, String failed, String training, List<String> further,
      String appeal, String fees) {}

  private static String day(LocalDate d) {
    return d.format(LONG_DATE);
  }

  private static String name(Apprentice a) {
    String n = (a.givenNames() + " " + a.familyName()).strip();
    return n.isEmpty() ? "ULN " + a.uln().value() : n + " (ULN " + a.uln().value() + ")";
  }

  private static Content content(ResultStatement s, StatementSettings settings) {
    List<String[]> methods = new ArrayList<>();
    s.methods().forEach(m -> methods.add(new String[] {m.name(), m.grade().name(), m.failed() ? "not achieved" : "achieved"}));
    List<String> failedNames = new ArrayList<>();
    for (MethodId id : s.failedMethods()) {
      failedNames.add(s.methods().find(m -> m.method().equals(id)).map(ResultStatement.MethodResult::name)
          .getOrElse(id.value()));
    }
    String failed = failedNames.isEmpty() ? "No assessment method was failed."
        : "Assessment methods failed: " + String.join("; ", failedNames) + ".";
    String training = s.furtherTrainingNeeded()
        .map(t -> t ? "Further training is needed before the EPA is taken again: this is a retake."
            : "No further training is needed: the failed methods can be taken again as a resit.")
        .orElse("Whether further training is needed (a retake) or not (a resit) is to be agreed with the employer "
            + "and training provider.");
    List<String> further = new ArrayList<>();
    if (s.wholeEpaRequired()) {
      further.add("The whole EPA must be taken again, not only the failed methods.");
    }
    further.add(s.resitDeadline().map(d -> "A resit must be taken by " + day(d) + "; " + cap(s.resitCap().orElse(null)))
        .orElse("A resit is not possible."));
    further.add(s.retakeDeadline().map(d -> "A retake must be taken by " + day(d) + "; " + cap(s.retakeCap().orElse(null)))
        .orElse("A retake is not possible."));
    further.add("A resit or retake cannot be taken to improve a grade after a pass.");
    String appeal = s.appealDeadline().isBefore(s.asOf())
        ? "The appeal period (" + s.appealPeriod() + " after the outcome was notified) ended on "
            + day(s.appealDeadline()) + "."
        : "If you believe this result is wrong you may appeal by " + day(s.appealDeadline()) + " ("
            + s.appealPeriod() + " after the outcome was notified). To appeal, " + settings.howToAppeal() + ".";
    String std = s.planTitle() + " (" + s.standard() + ")";
    return new Content("Result statement", "To the apprentice, their employer and training provider, from "
        + settings.organisation() + ".", name(s.apprentice()), std, day(s.asOf()), methods,
        s.overall().name(), failed, training, further, appeal,
        "Fees for a resit or retake are confirmed with the employer before it is booked.");
  }

  private static String cap(Grade cap) {
    return cap == null ? "the overall grade will not be capped."
        : "the overall grade will be capped at " + cap.name()
            + " unless exceptional circumstances are determined.";
  }

  private static String text(ResultStatement s, StatementSettings settings) {
    Content c = content(s, settings);
    StringBuilder b = new StringBuilder();
    b.append(c.title()).append('\n').append("=".repeat(c.title().length())).append("\n\n");
    b.append(c.to()).append("\n\n");
    b.append("Apprentice: ").append(c.apprentice()).append('\n');
    b.append("Standard:   ").append(c.standard()).append('\n');
    b.append("Date:       ").append(c.date()).append("\n\n");
    int width = c.methods().stream().mapToInt(m -> m[0].length()).max().orElse(10);
    b.append("Results\n");
    for (String[] m : c.methods()) {
      b.append("  ").append(m[0]).append(" ".repeat(width - m[0].length() + 2)).append(m[1]).append(" (")
          .append(m[2]).append(")\n");
    }
    b.append("  Overall grade: ").append(c.overall()).append("\n\n");
    b.append(c.failed()).append('\n').append(c.training()).append("\n\n");
    b.append("What happens next\n");
    c.further().forEach(f -> b.append("  - ").append(f).append('\n'));
    b.append("  - ").append(c.fees()).append("\n\n");
    b.append("Appeals\n  ").append(c.appeal()).append('\n');
    return b.toString();
  }

  private static String markdown(ResultStatement s, StatementSettings settings) {
    Content c = content(s, settings);
    StringBuilder b = new StringBuilder();
    b.append("# ").append(md(c.title())).append("\n\n").append(md(c.to())).append("\n\n");
    b.append("- **Apprentice:** ").append(md(c.apprentice())).append('\n');
    b.append("- **Standard:** ").append(md(c.standard())).append('\n');
    b.append("- **Date:** ").append(md(c.date())).append("\n\n");
    b.append("## Results\n\n| Assessment method | Grade | |\n|---|---|---|\n");
    for (String[] m : c.methods()) {
      b.append("| ").append(md(m[0])).append(" | ").append(md(m[1])).append(" | ").append(md(m[2])).append(" |\n");
    }
    b.append("\n**Overall grade:** ").append(md(c.overall())).append("\n\n");
    b.append(md(c.failed())).append("\n\n").append(md(c.training())).append("\n\n");
    b.append("## What happens next\n\n");
    c.further().forEach(f -> b.append("- ").append(md(f)).append('\n'));
    b.append("- ").append(md(c.fees())).append("\n\n");
    b.append("## Appeals\n\n").append(md(c.appeal())).append('\n');
    return b.toString();
  }

  /** Escapes Markdown's special characters so that text shows as written. */
  static String md(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_{}[]()<>#+-!|~".indexOf(ch) >= 0) {
        b.append('\\');
      }
      if (ch == '\n' || ch == '\r') {
        b.append(' ');
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static String html(ResultStatement s, StatementSettings settings) {
    Content c = content(s, settings);
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(c.title())).append("</title>\n")
        .append("<style>body{font-family:Arial,Helvetica,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
            + "color:#0b0c0c;line-height:1.5}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid "
            + "#b1b4b6;text-align:left;padding:.4em}.fail{font-weight:bold}dt{font-weight:bold}</style>\n")
        .append("</head>\n<body>\n<h1>").append(esc(c.title())).append("</h1>\n");
    b.append("<p>").append(esc(c.to())).append("</p>\n<dl>\n")
        .append("<dt>Apprentice</dt><dd>").append(esc(c.apprentice())).append("</dd>\n")
        .append("<dt>Standard</dt><dd>").append(esc(c.standard())).append("</dd>\n")
        .append("<dt>Date</dt><dd>").append(esc(c.date())).append("</dd>\n</dl>\n");
    b.append("<h2>Results</h2>\n<table>\n<thead><tr><th scope=\"col\">Assessment method</th><th scope=\"col\">Grade</th>"
        + "<th scope=\"col\"></th></tr></thead>\n<tbody>\n");
    for (String[] m : c.methods()) {
      boolean failed = m[2].equals("not achieved");
      b.append("<tr").append(failed ? " class=\"fail\"" : "").append("><td>").append(esc(m[0])).append("</td><td>")
          .append(esc(m[1])).append("</td><td>").append(esc(m[2])).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p><strong>Overall grade: ").append(esc(c.overall())).append("</strong></p>\n");
    b.append("<p>").append(esc(c.failed())).append("</p>\n<p>").append(esc(c.training())).append("</p>\n");
    b.append("<h2>What happens next</h2>\n<ul>\n");
    c.further().forEach(f -> b.append("<li>").append(esc(f)).append("</li>\n"));
    b.append("<li>").append(esc(c.fees())).append("</li>\n</ul>\n");
    b.append("<h2>Appeals</h2>\n<p>").append(esc(c.appeal())).append("</p>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static String json(ResultStatement s, StatementSettings settings) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringProperty("uln", s.apprentice().uln().value());
      g.writeStringProperty("givenNames", s.apprentice().givenNames());
      g.writeStringProperty("familyName", s.apprentice().familyName());
      g.writeStringProperty("standard", s.standard().reference().value());
      g.writeStringProperty("version", s.standard().version().toString());
      g.writeStringProperty("option", s.standard().option().orElse(null));
      g.writeStringProperty("plan", s.planTitle());
      g.writeStringProperty("asOf", s.asOf().toString());
      g.writeStringProperty("organisation", settings.organisation());
      g.writeArrayPropertyStart("methods");
      for (ResultStatement.MethodResult m : s.methods()) {
        g.writeStartObject();
        g.writeStringProperty("method", m.method().value());
        g.writeStringProperty("name", m.name());
        g.writeStringProperty("grade", m.grade().name());
        g.writeBooleanProperty("failed", m.failed());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringProperty("overall", s.overall().name());
      g.writeArrayPropertyStart("failedMethods");
      for (MethodId id : s.failedMethods()) {
        g.writeString(id.value());
      }
      g.writeEndArray();
      g.writeName("furtherTrainingNeeded");
      if (s.furtherTrainingNeeded().isPresent()) {
        g.writeBoolean(s.furtherTrainingNeeded().get());
      } else {
        g.writeNull();
      }
      g.writeBooleanProperty("wholeEpaRequired", s.wholeEpaRequired());
      g.writeStringProperty("resitDeadline", s.resitDeadline().map(LocalDate::toString).orElse(null));
      g.writeStringProperty("resitCap", s.resitCap().map(Grade::name).orElse(null));
      g.writeStringProperty("retakeDeadline", s.retakeDeadline().map(LocalDate::toString).orElse(null));
      g.writeStringProperty("retakeCap", s.retakeCap().map(Grade::name).orElse(null));
      g.writeStringProperty("appealDeadline", s.appealDeadline().toString());
      g.writeStringProperty("appealPeriod", s.appealPeriod().toString());
      g.writeStringProperty("howToAppeal", settings.howToAppeal());
      g.writeEndObject();
    }
    return w.toString() + "\n";
  }
}
