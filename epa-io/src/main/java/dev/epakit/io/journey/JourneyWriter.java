package dev.epakit.io.journey;

import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes journeys in the JSON format of {@code docs/formats.md}, which {@link JourneyReader} reads
 * back to the same facts: an object with a {@code journeys} array, one journey field per line and
 * one fact per line, so that diagnostics point at a useful line.
 *
 * <p>Stateless and thread-safe. The writer is not closed.
 */
public final class JourneyWriter {

  private JourneyWriter() {}

  /**
   * Writes journeys.
   *
   * @param journeys the journeys, in the order to write them
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<JourneyRecord> journeys, Writer out) {
    Objects.requireNonNull(journeys, "journeys");
    Objects.requireNonNull(out, "out");
    try {
      out.write("{\n  \"format\": \"" + FactCodec.FORMAT + "\",\n  \"journeys\": [");
      Iterator<JourneyRecord> it = journeys.iterator();
      boolean first = true;
      while (it.hasNext()) {
        out.write(first ? "\n" : ",\n");
        first = false;
        journey(it.next(), out);
      }
      out.write(first ? "]\n}\n" : "\n  ]\n}\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes journeys to a string.
   *
   * @param journeys the journeys
   * @return the JSON text
   */
  public static String toJson(Iterable<JourneyRecord> journeys) {
    java.io.StringWriter w = new java.io.StringWriter();
    write(journeys, w);
    return w.toString();
  }

  private static void journey(JourneyRecord j, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(256 + 80 * j.facts().size());
    b.append("    {\n");
    property(b, "uln", j.apprentice().uln().value());
    if (!j.apprentice().givenNames().isEmpty()) {
      property(b, "givenNames", j.apprentice().givenNames());
    }
    if (!j.apprentice().familyName().isEmpty()) {
      property(b, "familyName", j.apprentice().familyName());
    }
    property(b, "standard", j.standard().reference().value());
    property(b, "version", j.standard().version().toString());
    j.standard().option().ifPresent(o -> property(b, "option", o));
    j.postalContact().ifPresent(c -> {
      b.append("      \"postalContact\": {");
      string(b.append("\"contactName\": "), c.contactName());
      if (!c.department().isEmpty()) {
        string(b.append(", \"department\": "), c.department());
      }
      string(b.append(", \"organisation\": "), c.organisation());
      b.append(", \"addressLines\": [");
      for (int i = 0; i < c.addressLines().size(); i++) {
        string(b.append(i == 0 ? "" : ", "), c.addressLines().get(i));
      }
      string(b.append("], \"city\": "), c.city());
      string(b.append(", \"postcode\": "), c.postcode());
      b.append("},\n");
    });
    b.append("      \"facts\": [");
    for (int i = 0; i < j.facts().size(); i++) {
      b.append(i == 0 ? "\n        " : ",\n        ");
      fact(b, j.facts().get(i).fact());
    }
    b.append(j.facts().isEmpty() ? "]\n    }" : "\n      ]\n    }");
    out.append(b);
  }

  /** One fact as a one-line JSON object. */
  static StringBuilder fact(StringBuilder b, Fact fact) {
    b.append("{\"date\": \"").append(fact.date()).append("\", \"kind\": \"").append(fact.kind()).append('"');
    if (fact instanceof Fact.MethodAssessed m) {
      string(b.append(", \"method\": "), m.method().value());
      if (m.mark() instanceof Mark.Scored s) {
        b.append(", \"score\": ").append(s.score());
      } else {
        string(b.append(", \"grade\": "), ((Mark.Graded) m.mark()).grade());
      }
      string(b.append(", \"assessor\": "), m.assessor().value());
    } else if (fact instanceof Fact.FurtherAttemptRecommended r) {
      b.append(", \"recommended\": \"").append(FactCodec.name(r.recommended())).append('"');
    } else if (fact instanceof Fact.FurtherAttemptBooked k) {
      b.append(", \"methods\": [");
      boolean first = true;
      for (MethodId id : k.methods()) {
        string(b.append(first ? "" : ", "), id.value());
        first = false;
      }
      b.append("], \"employerAgreed\": ").append(k.employerAgreed())
          .append(", \"feeConfirmed\": ").append(k.feeConfirmed())
          .append(", \"freshMaterials\": ").append(k.freshMaterials());
    } else if (fact instanceof Fact.AppealDecided d) {
      if (d.regrade().isPresent()) {
        b.append(", \"outcome\": \"upheld\"");
        string(b.append(", \"method\": "), d.regrade().get().method().value());
        string(b.append(", \"grade\": "), d.regrade().get().grade());
      } else {
        b.append(", \"outcome\": \"rejected\"");
      }
    } else if (fact instanceof Fact.ResultShared r) {
      b.append(", \"parties\": [");
      boolean first = true;
      for (Party p : r.parties()) {
        b.append(first ? "\"" : ", \"").append(FactCodec.name(p)).append('"');
        first = false;
      }
      b.append("], \"resultStatement\": ").append(r.resultStatement())
          .append(", \"appealsProcess\": ").append(r.appealsProcess());
    } else if (fact instanceof Fact.WrittenAgreementRecorded w) {
      b.append(", \"party\": \"").append(FactCodec.name(w.party()))
          .append("\", \"purpose\": \"").append(FactCodec.name(w.purpose())).append('"');
    } else if (fact instanceof Fact.CertificateRequested c) {
      b.append(", \"route\": \"").append(FactCodec.name(c.route())).append('"');
    }
    return b.append('}');
  }

  private static void property(StringBuilder b, String name, String value) {
    b.append("      \"").append(name).append("\": ");
    string(b, value);
    b.append(",\n");
  }

  /** Appends a JSON string literal. */
  static StringBuilder string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"');
  }
}
