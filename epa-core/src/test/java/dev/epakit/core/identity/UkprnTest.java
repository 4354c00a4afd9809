package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/** DESIGN.md section 4 (Identifiers): "UKPRN: 8 digits". */
class UkprnTest extends ShortIdentifierContract<Ukprn> {

  @Override
  Validation<Seq<Problem>, Ukprn> parse(String text) {
    return Ukprn.parse(text);
  }

  @Override
  Ukprn of(String canonical) {
    return Ukprn.of(canonical);
  }

  @Override
  String valueOf(Ukprn id) {
    return id.value();
  }

  @Override
  String field() {
    return "ukprn";
  }

  @Override
  List<String> canonicalValues() {
    return List.of("10000001", "10012345", "99999999");
  }

  @Override
  List<String> malformed() {
    return List.of("1001234", "100123456", "1001234A", "1001 2345", "UKPRN10012345");
  }
}
