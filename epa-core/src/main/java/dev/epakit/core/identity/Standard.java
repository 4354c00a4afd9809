package dev.epakit.core.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * An apprenticeship standard at one version, with an optional option (pathway), such as {@code
 * ST0480 1.0} or {@code ST0213 1.2 (Barbering)}.
 *
 * <p>Rules belong to a standard's version: an assessment plan is written for exactly one. Immutable
 * and thread-safe.
 *
 * @param reference the standard's reference, never {@code null}
 * @param version its version, never {@code null}
 * @param option the option or pathway, empty when the standard has none; never {@code null}
 */
public record Standard(StandardReference reference, StandardVersion version, Optional<String> option) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if the option is present but blank
   */
  public Standard {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(option, "option");
    option = option.map(String::strip);
    if (option.isPresent() && option.get().isEmpty()) {
      throw new IllegalArgumentException("an option, when given, cannot be blank");
    }
  }

  /**
   * A standard without an option.
   *
   * @param reference such as {@code "ST0480"}
   * @param version such as {@code "1.0"}
   * @return the standard
   * @throws IllegalArgumentException if either text is malformed
   */
  public static Standard of(String reference, String version) {
    var parsed = StandardVersion.parse(version);
    if (parsed.isInvalid()) {
      throw new IllegalArgumentException(parsed.getError().head().message());
    }
    return new Standard(StandardReference.of(reference), parsed.get(), Optional.empty());
  }

  /**
   * This standard with the given option.
   *
   * @param name the option's name, not blank
   * @return a new standard
   */
  public Standard withOption(String name) {
    return new Standard(reference, version, Optional.of(name));
  }

  @Override
  public String toString() {
    return reference + " " + version + option.map(o -> " (" + o + ")").orElse("");
  }
}
