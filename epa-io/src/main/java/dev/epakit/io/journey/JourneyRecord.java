package dev.epakit.io.journey;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.journey.Fact;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One apprentice's journey as read from a file: the apprentice, the standard (with version and
 * option), an optional postal contact for the certificate, and the facts in file order, each with
 * its line.
 *
 * <p>Facts that could not be read are not here: they were reported as {@link JourneyDiagnostic}s. The
 * facts are not yet checked against a plan; replay them with {@code Journey.replay}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no name.
 *
 * @param apprentice the apprentice, never {@code null}
 * @param standard the standard, never {@code null}
 * @param postalContact where a certificate is posted, empty when the file gives none
 * @param facts the facts in file order, unmodifiable
 * @param line the line where the journey starts, from 1; 0 when not read from a file
 */
public record JourneyRecord(
    Apprentice apprentice, Standard standard, Optional<PostalContact> postalContact, List<LocatedFact> facts,
    int line) {

  /** Checks nothing is null and copies the facts. */
  public JourneyRecord {
    Objects.requireNonNull(apprentice, "apprentice");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(postalContact, "postalContact");
    facts = List.copyOf(facts);
  }

  /**
   * A journey not read from a file (every line 0).
   *
   * @param apprentice the apprentice
   * @param standard the standard
   * @param facts the facts
   * @return the record, without a postal contact
   */
  public static JourneyRecord of(Apprentice apprentice, Standard standard, List<? extends Fact> facts) {
    return new JourneyRecord(apprentice, standard, Optional.empty(),
        facts.stream().map(f -> new LocatedFact(f, 0)).toList(), 0);
  }

  /** @return the facts without their lines, in file order */
  public List<Fact> factList() {
    Fact[] list = new Fact[facts.size()];
    for (int i = 0; i < list.length; i++) {
      list[i] = facts.get(i).fact();
    }
    return java.util.Collections.unmodifiableList(java.util.Arrays.asList(list));
  }

  /**
   * The ULN's digits.
   *
   * @return the apprentice's ULN, unmasked
   */
  public String uln() {
    return apprentice.uln().value();
  }

  @Override
  public String toString() {
    return "JourneyRecord[" + apprentice + ", " + standard + ", " + facts.size() + " facts, line " + line + "]";
  }
}
