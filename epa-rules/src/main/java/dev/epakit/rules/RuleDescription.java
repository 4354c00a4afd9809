package dev.epakit.rules;

import java.util.Objects;

/**
 * What a rule is: its stable id, a title and its source. This is what the rule catalogue
 * ({@code docs/rules.md}) lists and what every verdict names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable id
 * @param title a one-line statement of the rule
 * @param source where the rule comes from
 */
public record RuleDescription(RuleId id, String title, Source source) {

  /** Checks nothing is null and the title is not blank. */
  public RuleDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a rule needs a title");
    }
  }

  /**
   * Creates a description.
   *
   * @param id the id text, such as {@code "EPA-PASS-01"}
   * @param title the title
   * @param source the source
   * @return the description
   */
  public static RuleDescription of(String id, String title, Source source) {
    return new RuleDescription(RuleId.of(id), title, source);
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
