package dev.epakit.core.identity;

import static dev.epakit.core.Contracts.assertDifferentValues;
import static dev.epakit.core.Contracts.assertEqualValues;
import static dev.epakit.core.Contracts.onlyProblem;
import static dev.epakit.core.Contracts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The contract every short, canonical-text identifier shares ({@link StandardReference}, {@link
 * EpaoId}, {@link Ukprn}, {@link AssessorId}): parse ignores white space and letter case and reports
 * {@code <field>.missing} or {@code <field>.format}; the constructor accepts canonical text only.
 *
 * @param <T> the identifier type
 */
abstract class ShortIdentifierContract<T extends Comparable<T>> {

  abstract Validation<Seq<Problem>, T> parse(String text);

  abstract T of(String canonical);

  abstract String valueOf(T id);

  /** The field name and code prefix of the type's problems. */
  abstract String field();

  /** Canonical values, in ascending order, at least two. */
  abstract List<String> canonicalValues();

  /** Inputs that must be refused with {@code <field>.format}. */
  abstract List<String> malformed();

  @Test
  void canonicalTextRoundTrips() {
    for (String text : canonicalValues()) {
      T id = valid(parse(text));
      assertThat(valueOf(id)).isEqualTo(text);
      assertThat(id).hasToString(text);
      assertThat(valid(parse(id.toString()))).isEqualTo(id);
      assertEqualValues(id, of(text));
    }
  }

  @Test
  void parseIgnoresSurroundingWhiteSpaceAndLetterCase() {
    for (String text : canonicalValues()) {
      String sloppy = "  " + text.toLowerCase(Locale.ROOT) + "\t";
      assertThat(valid(parse(sloppy))).isEqualTo(of(text));
    }
  }

  @Test
  void differentTextGivesDifferentIdentifiers() {
    List<String> values = canonicalValues();
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        assertDifferentValues(of(values.get(i)), of(values.get(j)));
      }
    }
  }

  @Test
  void orderFollowsTheCanonicalText() {
    List<T> ids = new ArrayList<>(canonicalValues().stream().map(this::of).toList());
    Collections.reverse(ids);
    Collections.sort(ids);
    assertThat(ids.stream().map(this::valueOf).toList()).isEqualTo(canonicalValues());
    T first = ids.get(0);
    assertThat(first.compareTo(of(valueOf(first)))).isZero();
  }

  @Test
  void nullAndBlankAreMissing() {
    for (String text : new String[] {null, "", "   ", "\t\n"}) {
      Problem problem = onlyProblem(parse(text));
      assertThat(problem.code()).isEqualTo(field() + ".missing");
      assertThat(problem.field()).isEqualTo(field());
      assertThat(problem.message()).contains("required");
    }
  }

  @Test
  void malformedTextIsRefusedWithTheFormatCode() {
    for (String text : malformed()) {
      Problem problem = onlyProblem(parse(text));
      assertThat(problem.code()).as("code for %s", text).isEqualTo(field() + ".format");
      assertThat(problem.field()).isEqualTo(field());
    }
  }

  @Test
  void constructorAcceptsOnlyCanonicalText() {
    for (String text : canonicalValues()) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.equals(text)) {
        assertThatThrownBy(() -> of(lower)).isInstanceOf(IllegalArgumentException.class);
      }
      assertThatThrownBy(() -> of(" " + text)).isInstanceOf(IllegalArgumentException.class);
    }
    for (String text : malformed()) {
      assertThatThrownBy(() -> of(text)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> of(null)).isInstanceOf(NullPointerException.class);
  }
}
