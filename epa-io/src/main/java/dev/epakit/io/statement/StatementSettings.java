package dev.epakit.io.statement;

import java.util.Objects;

/**
 * What a result statement says that only the EPAO knows: its name, and how to appeal (the
 * address, form or web page of its appeals policy). The appeal period itself comes with the
 * statement.
 *
 * <p>Immutable and thread-safe.
 *
 * @param organisation the EPAO's name, never {@code null} or blank
 * @param howToAppeal how to lodge an appeal, such as "write to appeals@example.org", never {@code
 *     null} or blank
 */
public record StatementSettings(String organisation, String howToAppeal) {

  /** Checks nothing is null or blank. */
  public StatementSettings {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(howToAppeal, "howToAppeal");
    if (organisation.isBlank() || howToAppeal.isBlank()) {
      throw new IllegalArgumentException("organisation and howToAppeal are not blank");
    }
  }

  /**
   * Wording that fits any EPAO, for when none is configured.
   *
   * @return the settings
   */
  public static StatementSettings generic() {
    return new StatementSettings("your end-point assessment organisation",
        "follow the appeals policy of your end-point assessment organisation, which it shares with you on request");
  }
}
