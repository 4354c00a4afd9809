package dev.epakit.io.recordagrade;

import dev.epakit.io.journey.PostalContact;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes request bodies as JSON shaped for the apprentice assessment service's external API:
 * {@code epaRecords} ({@code learner} with {@code uln} and {@code familyName}; {@code standard}
 * with {@code standardReference} and {@code version}; {@code learningDetails.courseOption}; {@code
 * epaDetails.epas} with {@code epaDate}, {@code epaOutcome}, {@code resit}, {@code retake} and
 * {@code version}) and {@code certificateRequests} (the same {@code learner} and {@code standard};
 * {@code learningDetails} with {@code courseOption}, {@code overallGrade} and {@code
 * achievementDate}; {@code postalContact}). Each body has a {@code requestId} to match the
 * service's answers to it. The shape follows the request models of the service's public source
 * (SkillsFundingAgency/das-assessor-service, {@code Application.Api.External/Models/Request}).
 *
 * <p>Stateless and thread-safe. The writer is not closed.
 */
public final class RecordAGradeJson {

  private static final JsonFactory JSON = new JsonFactory();

  private RecordAGradeJson() {}

  /**
   * Writes the bodies.
   *
   * @param epaRecords the EPA records
   * @param certificates the certificate requests
   * @param out where to write; not closed
   */
  public static void write(List<EpaRecordRequest> epaRecords, List<CertificateRequest> certificates, Writer out) {
    Objects.requireNonNull(out, "out");
    JsonGenerator g = JSON.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return new DefaultPrettyPrinter();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out);
    g.writeStartObject();
    g.writeArrayPropertyStart("epaRecords");
    for (EpaRecordRequest r : epaRecords) {
      g.writeStartObject();
      g.writeStringProperty("requestId", r.uln() + "-epa");
      learner(g, r.uln(), r.familyName());
      standard(g, r.standardReference(), r.version());
      g.writeObjectPropertyStart("learningDetails");
      g.writeStringProperty("courseOption", r.option().orElse(null));
      g.writeEndObject();
      g.writeObjectPropertyStart("epaDetails");
      g.writeArrayPropertyStart("epas");
      for (EpaRecordRequest.Epa e : r.epas()) {
        g.writeStartObject();
        g.writeStringProperty("epaDate", e.epaDate().toString());
        g.writeStringProperty("epaOutcome", e.epaOutcome());
        g.writeBooleanProperty("resit", e.resit());
        g.writeBooleanProperty("retake", e.retake());
        g.writeStringProperty("version", r.version());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("certificateRequests");
    for (CertificateRequest c : certificates) {
      g.writeStartObject();
      g.writeStringProperty("requestId", c.uln() + "-certificate");
      learner(g, c.uln(), c.familyName());
      standard(g, c.standardReference(), c.version());
      g.writeObjectPropertyStart("learningDetails");
      g.writeStringProperty("courseOption", c.option().orElse(null));
      g.writeStringProperty("overallGrade", c.overallGrade());
      g.writeStringProperty("achievementDate", c.achievementDate().toString());
      g.writeEndObject();
      if (c.postalContact().isPresent()) {
        PostalContact p = c.postalContact().get();
        g.writeObjectPropertyStart("postalContact");
        g.writeStringProperty("contactName", p.contactName());
        g.writeStringProperty("department", p.department().isEmpty() ? null : p.department());
        g.writeStringProperty("organisation", p.organisation());
        for (int i = 0; i < 3; i++) {
          g.writeStringProperty("addressLine" + (i + 1), i < p.addressLines().size() ? p.addressLines().get(i) : null);
        }
        g.writeStringProperty("city", p.city());
        g.writeStringProperty("postCode", p.postcode().strip().toUpperCase(java.util.Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    try {
      out.write('\n');
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void standard(JsonGenerator g, String reference, String version) {
    g.writeObjectPropertyStart("standard");
    g.writeStringProperty("standardReference", reference);
    g.writeStringProperty("version", version);
    g.writeEndObject();
  }

  private static void learner(JsonGenerator g, String uln, String familyName) {
    g.writeObjectPropertyStart("learner");
    g.writeNumberProperty("uln", Long.parseLong(uln));
    g.writeStringProperty("familyName", familyName);
    g.writeEndObject();
  }
}
