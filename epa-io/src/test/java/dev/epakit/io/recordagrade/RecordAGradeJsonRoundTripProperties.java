package dev.epakit.io.recordagrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.journey.PostalContact;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Lossless round trip of the Record a grade export: every body written, read back by a plain JSON
 * parser, gives the same learner, standard, version, option, attempts, grade, date and postal
 * contact. Only the journey line, which the export does not carry, is left out of the comparison.
 * The postcode is written in its normalised form (trimmed, upper case), as the service expects.
 */
class RecordAGradeJsonRoundTripProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 500)
  void everyBodySurvivesWriteThenRead(@ForAll("epaRecords") List<EpaRecordRequest> epas,
      @ForAll("certificates") List<CertificateRequest> certificates) {
    StringWriter out = new StringWriter();
    RecordAGradeJson.write(epas, certificates, out);
    JsonNode root = MAPPER.readTree(out.toString());

    List<EpaRecordRequest> epasBack = new ArrayList<>();
    for (JsonNode b : root.get("epaRecords")) {
      List<EpaRecordRequest.Epa> attempts = new ArrayList<>();
      for (JsonNode e : b.get("epaDetails").get("epas")) {
        assertThat(e.get("version").asString()).isEqualTo(b.get("standard").get("version").asString());
        attempts.add(new EpaRecordRequest.Epa(LocalDate.parse(e.get("epaDate").asString()),
            e.get("epaOutcome").asString(), e.get("resit").asBoolean(), e.get("retake").asBoolean()));
      }
      epasBack.add(new EpaRecordRequest(uln(b), b.get("learner").get("familyName").asString(),
          b.get("standard").get("standardReference").asString(), b.get("standard").get("version").asString(),
          optional(b.get("learningDetails").get("courseOption")), attempts, 0));
    }
    assertThat(epasBack).isEqualTo(epas.stream().map(RecordAGradeJsonRoundTripProperties::lineless).toList());

    List<CertificateRequest> certificatesBack = new ArrayList<>();
    for (JsonNode b : root.get("certificateRequests")) {
      JsonNode learning = b.get("learningDetails");
      JsonNode p = b.get("postalContact");
      Optional<PostalContact> contact = p == null ? Optional.empty() : Optional.of(new PostalContact(
          p.get("contactName").asString(), optional(p.get("department")).orElse(""), p.get("organisation").asString(),
          addressLines(p), p.get("city").asString(), p.get("postCode").asString()));
      certificatesBack.add(new CertificateRequest(uln(b), b.get("learner").get("familyName").asString(),
          b.get("standard").get("standardReference").asString(), b.get("standard").get("version").asString(),
          optional(learning.get("courseOption")), learning.get("overallGrade").asString(),
          LocalDate.parse(learning.get("achievementDate").asString()), contact, 0));
    }
    assertThat(certificatesBack).isEqualTo(certificates.stream().map(RecordAGradeJsonRoundTripProperties::lineless)
        .toList());
  }

  private static String uln(JsonNode body) {
    return String.valueOf(body.get("learner").get("uln").asLong());
  }

  private static Optional<String> optional(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
  }

  private static List<String> addressLines(JsonNode p) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      optional(p.get("addressLine" + i)).ifPresent(lines::add);
    }
    return lines;
  }

  private static EpaRecordRequest lineless(EpaRecordRequest r) {
    return new EpaRecordRequest(r.uln(), r.familyName(), r.standardReference(), r.version(), r.option(), r.epas(), 0);
  }

  private static CertificateRequest lineless(CertificateRequest c) {
    Optional<PostalContact> contact = c.postalContact().map(p -> new PostalContact(p.contactName(), p.department(),
        p.organisation(), p.addressLines(), p.city(), p.postcode().strip().toUpperCase(java.util.Locale.ROOT)));
    return new CertificateRequest(c.uln(), c.familyName(), c.standardReference(), c.version(), c.option(),
        c.overallGrade(), c.achievementDate(), contact, 0);
  }

  @Provide
  Arbitrary<List<EpaRecordRequest>> epaRecords() {
    Arbitrary<EpaRecordRequest.Epa> epa = Combinators.combine(date(), Arbitraries.of("Pass", "Fail", "Withdrawn"),
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(EpaRecordRequest.Epa::new);
    return Combinators.combine(uln(), text(), reference(), version(), text().optional(), epa.list().ofMaxSize(4),
            Arbitraries.integers().between(1, 1000))
        .as(EpaRecordRequest::new).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<CertificateRequest>> certificates() {
    Arbitrary<PostalContact> contact = Combinators.combine(text(), text(), text(), text().list().ofMaxSize(3), text(),
        text()).as(PostalContact::new);
    return Combinators.combine(uln(), text(), reference(), version(), text().optional(),
            Arbitraries.of("Pass", "Merit", "Distinction", "Pass with excellence", "No grade awarded"), date(),
            contact.optional())
        .as((u, family, ref, v, option, grade, day, c) -> new CertificateRequest(u, family, ref, v, option, grade, day,
            c, 1))
        .list().ofMaxSize(4);
  }

  private static Arbitrary<String> uln() {
    return Arbitraries.longs().between(1_000_000_000L, 9_999_999_999L).map(String::valueOf);
  }

  private static Arbitrary<String> reference() {
    return Arbitraries.integers().between(1, 9999).map(n -> String.format("ST%04d", n));
  }

  private static Arbitrary<String> version() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99))
        .as((a, b) -> a + "." + b);
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
  }

  /** Any text without lone surrogates, quotes, backslashes and controls included. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars('\uE000', '\uFFFD', '"', '\\')
        .ofMaxLength(12);
  }
}
