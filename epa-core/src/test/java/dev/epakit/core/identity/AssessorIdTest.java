package dev.epakit.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An EPAO's own assessor identifier: letters, digits, dots, hyphens, underscores, at most 64. */
class AssessorIdTest extends ShortIdentifierContract<AssessorId> {

  @Override
  Validation<Seq<Problem>, AssessorId> parse(String text) {
    return AssessorId.parse(text);
  }

  @Override
  AssessorId of(String canonical) {
    return AssessorId.of(canonical);
  }

  @Override
  String valueOf(AssessorId id) {
    return id.value();
  }

  @Override
  String field() {
    return "assessor";
  }

  @Override
  List<String> canonicalValues() {
    return List.of("7", "A-017", "A.B_C", "Z".repeat(64));
  }

  @Override
  List<String> malformed() {
    return List.of("-A017", ".A", "_A", "A 017", "A/017", "Z".repeat(65), "Ä-017");
  }

  @Test
  void sixtyFourCharactersIsTheLongestId() {
    assertThat(AssessorId.parse("a".repeat(64)).isValid()).isTrue();
    assertThat(AssessorId.parse("a".repeat(65)).isInvalid()).isTrue();
  }
}
