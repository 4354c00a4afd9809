package dev.epakit.io.journey;

import java.util.List;
import java.util.Objects;

/**
 * Where the certificate is posted, as a certificate request to the apprentice assessment service
 * carries it. Personal data: {@link #toString()} shows only the postcode's outward part.
 *
 * <p>Immutable and thread-safe; no component is {@code null} (missing text is empty). Whether the
 * fields are complete and the postcode is a UK one is checked before export, not here.
 *
 * @param contactName the person the certificate is addressed to
 * @param department the department, possibly empty
 * @param organisation the organisation, usually the employer
 * @param addressLines the street address, one to three lines
 * @param city the town or city
 * @param postcode the postcode as written
 */
public record PostalContact(
    String contactName, String department, String organisation, List<String> addressLines, String city,
    String postcode) {

  /** Checks nothing is null and copies the address lines. */
  public PostalContact {
    Objects.requireNonNull(contactName, "contactName");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(organisation, "organisation");
    addressLines = List.copyOf(addressLines);
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(postcode, "postcode");
  }

  @Override
  public String toString() {
    String p = postcode.strip();
    int space = p.indexOf(' ');
    return "PostalContact[" + (space > 0 ? p.substring(0, space) : "") + "]";
  }
}
