package dev.epakit.core.identity;

import dev.epakit.core.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/** DESIGN.md section 4 (Identifiers): "EPAO id `EPA` + 4 digits". */
class EpaoIdTest extends ShortIdentifierContract<EpaoId> {

  @Override
  Validation<Seq<Problem>, EpaoId> parse(String text) {
    return EpaoId.parse(text);
  }

  @Override
  EpaoId of(String canonical) {
    return EpaoId.of(canonical);
  }

  @Override
  String valueOf(EpaoId id) {
    return id.value();
  }

  @Override
  String field() {
    return "epao";
  }

  @Override
  List<String> canonicalValues() {
    return List.of("EPA0001", "EPA0123", "EPA9999");
  }

  @Override
  List<String> malformed() {
    return List.of("EPA001", "EPA00001", "EP0001", "EPAO001", "EPA-0001", "0001");
  }
}
