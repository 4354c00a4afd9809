package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The shape of a short identifier: how it is checked, canonicalised and described. */
final class IdentifierFormat {

  private final Pattern pattern;
  private final String field;
  private final String noun;
  private final String rule;

  IdentifierFormat(String regex, String field, String noun, String rule) {
    this.pattern = Pattern.compile(regex);
    this.field = field;
    this.noun = noun;
    this.rule = rule;
  }

  /** Returns {@code value} when it is canonical; throws otherwise (programmer error). */
  String require(String value) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(rule);
    }
    return value;
  }

  /** Parses user input, ignoring surrounding white space and letter case. */
  <T> Validation<Seq<Problem>, T> parse(String text, Function<String, T> make) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(List.of(Problem.of(field + ".missing", field, noun + " is required")));
    }
    String canonical = text.strip().toUpperCase(Locale.ROOT);
    if (!pattern.matcher(canonical).matches()) {
      return Validation.invalid(List.of(Problem.of(field + ".format", field, rule)));
    }
    return Validation.valid(make.apply(canonical));
  }
}
