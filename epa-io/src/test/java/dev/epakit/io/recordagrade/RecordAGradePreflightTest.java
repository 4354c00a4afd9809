package dev.epakit.io.recordagrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.journey.PostalContact;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the Record a grade service refuses, as the design notes (section 4) list it: ULNs in
 * 1000000000..9999999999 (no check digit), EPA and achievement dates from 2017-01-01 up to today,
 * its grade set, no Fail certificate, UK postcodes, required fields.
 */
class RecordAGradePreflightTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
  static final PostalContact CONTACT = new PostalContact("Manager", "", "Employer Ltd", List.of("1 Street"), "Leeds",
      "LS1 4AP");

  static EpaRecordRequest record(String uln, LocalDate date, String outcome) {
    return new EpaRecordRequest(uln, "Family", "ST0480", "1.0", Optional.empty(),
        List.of(new EpaRecordRequest.Epa(date, outcome, false, false)), 3);
  }

  static CertificateRequest certificate(String grade, LocalDate date, PostalContact contact) {
    return new CertificateRequest("1000102504", "Family", "ST0480", "1.0", Optional.empty(), grade, date,
        Optional.ofNullable(contact), 3);
  }

  static List<String> codes(List<PreflightFinding> findings) {
    return findings.stream().map(PreflightFinding::code).toList();
  }

  @Test
  void aGoodRecordAndCertificatePass() {
    assertThat(RecordAGradePreflight.check(record("1000102504", TODAY, "Pass"), TODAY)).isEmpty();
    assertThat(RecordAGradePreflight.check(certificate("Distinction", TODAY, CONTACT), TODAY)).isEmpty();
  }

  @Test
  void ulnRangeNotCheckDigit() {
    // the service checks the range only: 1234567890 fails its check digit but is in range
    assertThat(RecordAGradePreflight.check(record("1234567890", TODAY, "Pass"), TODAY)).isEmpty();
    assertThat(codes(RecordAGradePreflight.check(record("0999999999", TODAY, "Pass"), TODAY))).containsExactly("service.uln");
  }

  @Test
  void datesFrom2017AndNotInTheFuture() {
    assertThat(codes(RecordAGradePreflight.check(record("1000102504", LocalDate.of(2016, 12, 31), "Pass"), TODAY)))
        .containsExactly("service.date-early");
    assertThat(RecordAGradePreflight.check(record("1000102504", LocalDate.of(2017, 1, 1), "Pass"), TODAY)).isEmpty();
    List<PreflightFinding> future = RecordAGradePreflight.check(record("1000102504", TODAY.plusDays(1), "Pass"), TODAY);
    assertThat(codes(future)).containsExactly("service.date-future");
    assertThat(future.get(0).field()).isEqualTo("epaRecord.epas[0].epaDate");
    assertThat(future.get(0).uln()).isEqualTo("1000102504");
    assertThat(codes(RecordAGradePreflight.check(certificate("Pass", TODAY.plusDays(1), CONTACT), TODAY)))
        .containsExactly("service.date-future");
  }

  @Test
  void outcomesAndGrades() {
    assertThat(codes(RecordAGradePreflight.check(record("1000102504", TODAY, "Merit"), TODAY)))
        .containsExactly("service.outcome");
    assertThat(RecordAGradePreflight.check(record("1000102504", TODAY, "Withdrawn"), TODAY)).isEmpty();
    assertThat(codes(RecordAGradePreflight.check(certificate("Fail", TODAY, CONTACT), TODAY)))
        .containsExactly("service.fail-certificate");
    assertThat(codes(RecordAGradePreflight.check(certificate("Excellent", TODAY, CONTACT), TODAY)))
        .containsExactly("service.grade");
    assertThat(RecordAGradePreflight.check(certificate("Pass with excellence", TODAY, CONTACT), TODAY)).isEmpty();
  }

  @Test
  void ukPostcodeAndRequiredFields() {
    assertThat(RecordAGradePreflight.isUkPostcode("SW1A 1AA")).isTrue();
    assertThat(RecordAGradePreflight.isUkPostcode("m11ae")).isTrue();
    assertThat(RecordAGradePreflight.isUkPostcode("GIR 0AA")).isTrue();
    assertThat(RecordAGradePreflight.isUkPostcode("12345")).isFalse();
    assertThat(RecordAGradePreflight.isUkPostcode("75001 Paris")).isFalse();
    PostalContact bad = new PostalContact("", "", "", List.of(), "", "90210");
    assertThat(codes(RecordAGradePreflight.check(certificate("Pass", TODAY, bad), TODAY)))
        .containsExactly("service.required", "service.required", "service.required", "service.required",
            "service.postcode");
    assertThat(codes(RecordAGradePreflight.check(certificate("Pass", TODAY, null), TODAY)))
        .containsExactly("service.required");
    EpaRecordRequest noName = new EpaRecordRequest("1000102504", " ", "ST0480", "1.0", Optional.empty(),
        List.of(new EpaRecordRequest.Epa(TODAY, "Pass", false, false)), 1);
    List<PreflightFinding> f = RecordAGradePreflight.check(noName, TODAY);
    assertThat(f).extracting(PreflightFinding::field).containsExactly("epaRecord.learner.familyName");
    assertThat(f.get(0).toString()).doesNotContain("Family");
  }
}
