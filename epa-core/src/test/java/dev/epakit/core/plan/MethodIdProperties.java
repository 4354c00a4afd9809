package dev.epakit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MethodIdProperties {

  @Property
  void parseOfValueGivesBackTheSameId(@ForAll("ids") String text) {
    MethodId id = MethodId.of(text);
    assertThat(MethodId.parse(id.value()).get()).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(MethodId.parse(" " + text.toUpperCase(Locale.ROOT) + " ").get()).isEqualTo(id);
  }

  @Property
  void idsAreEqualExactlyWhenTheirTextIs(@ForAll("ids") String a, @ForAll("ids") String b) {
    assertThat(MethodId.of(a).equals(MethodId.of(b))).isEqualTo(a.equals(b));
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
        .ofMaxLength(39);
    return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
  }
}
