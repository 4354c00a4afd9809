package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/** DESIGN.md section 4 (Identifiers): "Standard reference `ST` + 4 digits". */
class StandardReferenceTest extends ShortIdentifierContract<StandardReference> {

  @Override
  Validation<Seq<Problem>, StandardReference> parse(String text) {
    return StandardReference.parse(text);
  }

  @Override
  StandardReference of(String canonical) {
    return StandardReference.of(canonical);
  }

  @Override
  String valueOf(StandardReference id) {
    return id.value();
  }

  @Override
  String field() {
    return "standard";
  }

  @Override
  List<String> canonicalValues() {
    return List.of("ST0006", "ST0213", "ST0480", "ST0482");
  }

  @Override
  List<String> malformed() {
    return List.of("ST480", "ST04800", "0480", "SX0480", "ST 0480", "ST048A", "STO480");
  }
}
