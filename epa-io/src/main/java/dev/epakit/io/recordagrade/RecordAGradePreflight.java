package dev.epakit.io.recordagrade;

import dev.epakit.core.grade.RecordAGradeGrade;
import dev.epakit.io.journey.PostalContact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the Record a grade service would refuse in a request body, checked before it is sent
 * (design notes, section 4): ULNs outside 1000000000..9999999999, EPA and achievement dates before
 * 2017-01-01 or after the day of sending, an outcome other than Pass, Fail or Withdrawn, a grade
 * outside {@link RecordAGradeGrade}, a Fail certificate, a postcode that is not a UK postcode, and
 * missing required fields.
 *
 * <p>Stateless and thread-safe. The day of sending is a parameter: nothing here reads a clock.
 */
public final class RecordAGradePreflight {

  private RecordAGradePreflight() {}

  /** The earliest EPA or achievement date the service accepts. */
  public static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);

  private static final Set<String> OUTCOMES = Set.of("Pass", "Fail", "Withdrawn");

  /** UK postcodes, including GIR 0AA; the space is optional. */
  private static final Pattern UK_POSTCODE = Pattern.compile(
      "^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]([0-9ABEHMNPRV-Y])?|[0-9][A-HJKPS-UW]) ?[0-9][ABD-HJLNP-UW-Z]{2})$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Whether text is a UK postcode, such as {@code LS1 4AP} or {@code SW1A1AA}.
   *
   * @param text the text, may be {@code null}
   * @return true for a UK postcode
   */
  public static boolean isUkPostcode(String text) {
    return text != null && UK_POSTCODE.matcher(text.strip()).matches();
  }

  /**
   * Checks an EPA record.
   *
   * @param r the body, not {@code null}
   * @param today the day it would be sent, not {@code null}
   * @return what the service would refuse, empty when nothing
   */
  public static List<PreflightFinding> check(EpaRecordRequest r, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<PreflightFinding> found = new ArrayList<>();
    learner(found, r.uln(), r.familyName(), r.standardReference(), r.version(), r.line(), "epaRecord");
    if (r.epas().isEmpty()) {
      found.add(service(r.uln(), r.line(), "epaRecord.epas", "service.required", "an EPA record lists at least one EPA"));
    }
    for (int i = 0; i < r.epas().size(); i++) {
      EpaRecordRequest.Epa e = r.epas().get(i);
      String field = "epaRecord.epas[" + i + "]";
      date(found, r.uln(), r.line(), field + ".epaDate", e.epaDate(), today);
      if (!OUTCOMES.contains(e.epaOutcome())) {
        found.add(service(r.uln(), r.line(), field + ".epaOutcome", "service.outcome",
            "'" + e.epaOutcome() + "' is not an EPA outcome the service takes (Pass, Fail, Withdrawn)"));
      }
    }
    return found;
  }

  /**
   * Checks a certificate request.
   *
   * @param c the body, not {@code null}
   * @param today the day it would be sent, not {@code null}
   * @return what the service would refuse, empty when nothing
   */
  public static List<PreflightFinding> check(CertificateRequest c, LocalDate today) {
    Objects.requireNonNull(today, "today");
    List<PreflightFinding> found = new ArrayList<>();
    learner(found, c.uln(), c.familyName(), c.standardReference(), c.version(), c.line(), "certificate");
    var grade = RecordAGradeGrade.fromLabel(c.overallGrade());
    if (grade.isEmpty()) {
      found.add(service(c.uln(), c.line(), "certificate.overallGrade", "service.grade", "'" + c.overallGrade()
          + "' is not a grade the service takes; expected one of Pass, Credit, Merit, Distinction, "
          + "Pass with excellence, Outstanding, No grade awarded"));
    } else if (!grade.get().certifiable()) {
      found.add(service(c.uln(), c.line(), "certificate.overallGrade", "service.fail-certificate",
          "the service refuses a certificate request with a Fail grade"));
    }
    date(found, c.uln(), c.line(), "certificate.achievementDate", c.achievementDate(), today);
    if (c.postalContact().isEmpty()) {
      found.add(service(c.uln(), c.line(), "certificate.postalContact", "service.required",
          "a certificate request needs a postal contact: add postalContact to the journey"));
    } else {
      PostalContact p = c.postalContact().get();
      required(found, c, "contactName", p.contactName());
      required(found, c, "organisation", p.organisation());
      required(found, c, "addressLine1", p.addressLines().isEmpty() ? "" : p.addressLines().get(0));
      required(found, c, "city", p.city());
      if (p.addressLines().size() > 3) {
        found.add(service(c.uln(), c.line(), "certificate.postalContact.addressLines", "service.address",
            "the service takes at most three address lines"));
      }
      if (p.postcode().isBlank()) {
        required(found, c, "postCode", "");
      } else if (!isUkPostcode(p.postcode())) {
        found.add(service(c.uln(), c.line(), "certificate.postalContact.postCode", "service.postcode",
            "'" + p.postcode() + "' is not a UK postcode"));
      }
    }
    return found;
  }

  private static void required(List<PreflightFinding> found, CertificateRequest c, String field, String value) {
    if (value == null || value.isBlank()) {
      found.add(service(c.uln(), c.line(), "certificate.postalContact." + field, "service.required",
          "the service requires " + field));
    }
  }

  private static void learner(List<PreflightFinding> found, String uln, String familyName, String reference,
      String version, int line, String body) {
    if (!inRange(uln)) {
      found.add(service(uln, line, body + ".learner.uln", "service.uln",
          "the service takes ULNs from 1000000000 to 9999999999"));
    }
    if (familyName.isBlank()) {
      found.add(service(uln, line, body + ".learner.familyName", "service.required",
          "the service requires the learner's family name: add familyName to the journey"));
    }
    if (reference.isBlank()) {
      found.add(service(uln, line, body + ".standard", "service.required", "the service requires the standard"));
    }
    if (version.isBlank()) {
      found.add(service(uln, line, body + ".version", "service.required", "the service requires the version"));
    }
  }

  private static boolean inRange(String uln) {
    if (uln.length() != 10 || !uln.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return false;
    }
    long v = Long.parseLong(uln);
    return v >= 1_000_000_000L && v <= 9_999_999_999L;
  }

  private static void date(List<PreflightFinding> found, String uln, int line, String field, LocalDate d,
      LocalDate today) {
    if (d.isBefore(EARLIEST)) {
      found.add(service(uln, line, field, "service.date-early",
          d + " is before 2017-01-01, the earliest date the service takes"));
    } else if (d.isAfter(today)) {
      found.add(service(uln, line, field, "service.date-future", d + " is after today (" + today + ")"));
    }
  }

  private static PreflightFinding service(String uln, int line, String field, String code, String message) {
    return new PreflightFinding(uln, line, field, PreflightFinding.Source.SERVICE, code, message);
  }
}
