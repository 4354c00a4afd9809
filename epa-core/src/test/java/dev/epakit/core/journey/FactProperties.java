package dev.epakit.core.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.plan.MethodId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FactProperties {

  @Property
  void bookingsAreEqualExactlyWhenTheirComponentsAre(
      @ForAll("methodSets") Set<MethodId> a, @ForAll("methodSets") Set<MethodId> b,
      @ForAll @IntRange(min = 0, max = 3) int dayA, @ForAll @IntRange(min = 0, max = 3) int dayB) {
    LocalDate start = LocalDate.of(2025, 1, 6);
    var x = Fact.FurtherAttemptBooked.resit(start.plusDays(dayA), a);
    var y = Fact.FurtherAttemptBooked.resit(start.plusDays(dayB), new HashSet<>(b));
    assertThat(x.equals(y)).isEqualTo(a.equals(b) && dayA == dayB);
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
  }

  @Property
  void aBookingNeverFollowsItsInputSet(@ForAll("methodSets") Set<MethodId> methods) {
    Set<MethodId> input = new HashSet<>(methods);
    var booking = Fact.FurtherAttemptBooked.retake(LocalDate.of(2025, 1, 6), input);
    input.clear();
    assertThat(booking.methods()).isEqualTo(methods);
  }

  @Property
  void resultsSharedAreEqualExactlyWhenTheirComponentsAre(
      @ForAll("parties") Set<Party> a, @ForAll("parties") Set<Party> b,
      @ForAll boolean statementA, @ForAll boolean statementB) {
    LocalDate day = LocalDate.of(2025, 1, 6);
    var x = new Fact.ResultShared(day, a, statementA, true);
    var y = new Fact.ResultShared(day, new HashSet<>(b), statementB, true);
    assertThat(x.equals(y)).isEqualTo(a.equals(b) && statementA == statementB);
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
  }

  @Provide
  Arbitrary<Set<MethodId>> methodSets() {
    return Arbitraries.of("project", "discussion", "test", "observation").map(MethodId::of).set().ofMinSize(1);
  }

  @Provide
  Arbitrary<Set<Party>> parties() {
    return Arbitraries.of(Party.class).set().ofMinSize(1);
  }
}
