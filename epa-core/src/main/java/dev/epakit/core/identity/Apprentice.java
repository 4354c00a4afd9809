package dev.epakit.core.identity;

import java.util.Objects;

/**
 * The apprentice an EPA journey belongs to: their ULN and names.
 *
 * <p>Names are personal data: {@link #toString()} shows only the masked ULN, never a name.
 * Immutable and thread-safe.
 *
 * @param uln the apprentice's ULN, never {@code null}
 * @param givenNames given names, possibly empty, never {@code null}
 * @param familyName family name, possibly empty, never {@code null}
 */
public record Apprentice(Uln uln, String givenNames, String familyName) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   */
  public Apprentice {
    Objects.requireNonNull(uln, "uln");
    Objects.requireNonNull(givenNames, "givenNames");
    Objects.requireNonNull(familyName, "familyName");
    givenNames = givenNames.strip();
    familyName = familyName.strip();
  }

  /**
   * An apprentice known only by ULN.
   *
   * @param uln the ULN
   * @return the apprentice, with empty names
   */
  public static Apprentice of(Uln uln) {
    return new Apprentice(uln, "", "");
  }

  @Override
  public String toString() {
    return "Apprentice[" + uln + "]";
  }
}
