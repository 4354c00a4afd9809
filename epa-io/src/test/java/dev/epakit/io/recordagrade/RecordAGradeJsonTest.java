package dev.epakit.io.recordagrade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.journey.PostalContact;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The request bodies have the nesting and field names of the apprentice assessment service's
 * external API request models (SkillsFundingAgency/das-assessor-service,
 * {@code Application.Api.External/Models/Request}: {@code CreateEpaRequest} with {@code Standard},
 * {@code Learner}, {@code LearningDetails} and {@code EpaDetails}; {@code EpaRecord}; the
 * certificate's {@code LearningDetails} and {@code PostalContact}).
 */
class RecordAGradeJsonTest {

  private static JsonNode write(List<EpaRecordRequest> epas, List<CertificateRequest> certificates) {
    StringWriter out = new StringWriter();
    RecordAGradeJson.write(epas, certificates, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void epaRecordFollowsTheServiceModel() {
    EpaRecordRequest record = new EpaRecordRequest("9276308686", "Hopper", "ST0480", "1.0", Optional.of("Option A"),
        List.of(new EpaRecordRequest.Epa(LocalDate.of(2025, 2, 10), "Fail", false, false),
            new EpaRecordRequest.Epa(LocalDate.of(2025, 4, 7), "Pass", true, false)), 3);

    JsonNode body = write(List.of(record), List.of()).get("epaRecords").get(0);

    assertThat(body.propertyNames()).containsExactly("requestId", "learner", "standard", "learningDetails",
        "epaDetails");
    assertThat(body.get("requestId").asString()).isEqualTo("9276308686-epa");
    assertThat(body.get("learner").get("uln").isNumber()).isTrue();
    assertThat(body.get("learner").get("uln").asLong()).isEqualTo(9276308686L);
    assertThat(body.get("learner").get("familyName").asString()).isEqualTo("Hopper");
    assertThat(body.get("standard").get("standardReference").asString()).isEqualTo("ST0480");
    assertThat(body.get("standard").get("version").asString()).isEqualTo("1.0");
    assertThat(body.get("learningDetails").get("courseOption").asString()).isEqualTo("Option A");
    JsonNode epas = body.get("epaDetails").get("epas");
    assertThat(epas).hasSize(2);
    assertThat(epas.get(1).propertyNames()).containsExactly("epaDate", "epaOutcome", "resit", "retake", "version");
    assertThat(epas.get(0).get("epaDate").asString()).isEqualTo("2025-02-10");
    assertThat(epas.get(0).get("epaOutcome").asString()).isEqualTo("Fail");
    assertThat(epas.get(1).get("resit").asBoolean()).isTrue();
    assertThat(epas.get(1).get("retake").asBoolean()).isFalse();
  }

  @Test
  void certificateRequestFollowsTheServiceModel() {
    PostalContact contact = new PostalContact("A Manager", "", "Employer Ltd", List.of("1 Park Row"), "Leeds",
        "ls1 4ap ");
    CertificateRequest request = new CertificateRequest("1000102504", "Lovelace", "ST0480", "1.0", Optional.empty(),
        "Distinction", LocalDate.of(2025, 2, 14), Optional.of(contact), 7);

    JsonNode body = write(List.of(), List.of(request)).get("certificateRequests").get(0);

    assertThat(body.propertyNames()).containsExactly("requestId", "learner", "standard", "learningDetails",
        "postalContact");
    assertThat(body.get("standard").get("version").asString()).isEqualTo("1.0");
    JsonNode learning = body.get("learningDetails");
    assertThat(learning.propertyNames()).containsExactly("courseOption", "overallGrade", "achievementDate");
    assertThat(learning.get("courseOption").isNull()).isTrue();
    assertThat(learning.get("overallGrade").asString()).isEqualTo("Distinction");
    assertThat(learning.get("achievementDate").asString()).isEqualTo("2025-02-14");
    JsonNode postal = body.get("postalContact");
    assertThat(postal.propertyNames()).containsExactly("contactName", "department", "organisation", "addressLine1",
        "addressLine2", "addressLine3", "city", "postCode");
    assertThat(postal.get("department").isNull()).isTrue();
    assertThat(postal.get("addressLine2").isNull()).isTrue();
    assertThat(postal.get("postCode").asString()).isEqualTo("LS1 4AP");
  }
}
