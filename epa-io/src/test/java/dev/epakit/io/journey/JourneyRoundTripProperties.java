package dev.epakit.io.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing journeys and reading them back gives the same apprentices, standards and facts. */
class JourneyRoundTripProperties {

  @Property(tries = 300)
  void writeThenReadGivesTheSameJourneys(@ForAll("journeys") List<JourneyRecord> journeys) {
    String json = JourneyWriter.toJson(journeys);
    JourneyFile read = JourneyReader.create().readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.complete()).isTrue();
    assertThat(read.journeys()).hasSameSizeAs(journeys);
    for (int i = 0; i < journeys.size(); i++) {
      JourneyRecord in = journeys.get(i);
      JourneyRecord out = read.journeys().get(i);
      assertThat(out.apprentice()).usingRecursiveComparison().isEqualTo(in.apprentice());
      assertThat(out.standard()).isEqualTo(in.standard());
      assertThat(out.postalContact()).isEqualTo(in.postalContact());
      assertThat(out.factList()).isEqualTo(in.factList());
    }
  }

  @Provide
  Arbitrary<List<JourneyRecord>> journeys() {
    return journey().list().ofMaxSize(4).uniqueElements(JourneyRecord::uln);
  }

  private Arbitrary<JourneyRecord> journey() {
    Arbitrary<Uln> uln = Arbitraries.integers().between(100_000_000, 999_999_999)
        .map(String::valueOf)
        .filter(s -> Uln.checkDigit(s) >= 0)
        .map(s -> Uln.of(s + Uln.checkDigit(s)))
        .filter(u -> !u.value().equals(Uln.NOT_KNOWN));
    Arbitrary<Standard> standard = Combinators.combine(
            Arbitraries.integers().between(1, 9999), Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, 999), text().optional())
        .as((ref, major, minor, option) -> {
          Standard s = Standard.of(String.format("ST%04d", ref), major + "." + minor);
          return option.filter(o -> !o.isBlank()).map(s::withOption).orElse(s);
        });
    Arbitrary<Optional<PostalContact>> contact = Combinators.combine(text(), text(), text(), text().list().ofMaxSize(3),
            text(), text())
        .as(PostalContact::new).optional();
    return Combinators.combine(uln, text(), text(), standard, contact, fact().list().ofMaxSize(12))
        .as((u, given, family, s, c, facts) -> new JourneyRecord(new Apprentice(u, given, family), s, c,
            facts.stream().distinct().map(f -> new LocatedFact(f, 0)).toList(), 0));
  }

  /** Any text without lone surrogates (which no UTF-8 file can hold), quotes and controls included. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars('\uE000', '\uFFFD', '"', '\\')
        .ofMaxLength(12);
  }

  private static Arbitrary<String> word() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('-', 'é', '"', ' ').ofMinLength(1).ofMaxLength(10)
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Arbitrary<Fact> fact() {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
    Arbitrary<MethodId> method = Arbitraries.of("project", "discussion", "test", "observation-2").map(MethodId::of);
    Arbitrary<AssessorId> assessor = Arbitraries.of("A-01", "B.7", "X_9").map(AssessorId::of);
    Arbitrary<Mark> mark = Arbitraries.oneOf(word().map(Mark::grade),
        Arbitraries.integers().between(-5, 100).map(Mark::score));
    Arbitrary<Set<MethodId>> methods = method.set().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Set<Party>> parties = Arbitraries.of(Party.class).set().ofMinSize(1).map(EnumSet::copyOf);
    Arbitrary<Boolean> flag = Arbitraries.of(true, false);
    return Arbitraries.oneOf(List.of(
        date.map(Fact.GatewayPassed::new),
        Combinators.combine(date, method, mark, assessor).as(Fact.MethodAssessed::new),
        date.map(Fact.OutcomeNotified::new),
        Combinators.combine(date, Arbitraries.of(AttemptKind.class)).as(Fact.FurtherAttemptRecommended::new),
        Combinators.combine(date, Arbitraries.of(AttemptKind.class), methods, flag, flag, flag)
            .as(Fact.FurtherAttemptBooked::new),
        date.map(Fact.FurtherTrainingCompleted::new),
        date.map(Fact.ExceptionalCircumstancesDetermined::new),
        date.map(Fact.AppealLodged::new),
        date.map(Fact.AppealDecided::rejected),
        Combinators.combine(date, method, word()).as(Fact.AppealDecided::upheld),
        Combinators.combine(date, parties, flag, flag).as(Fact.ResultShared::new),
        Combinators.combine(date, Arbitraries.of(Party.class), Arbitraries.of(AgreementPurpose.class))
            .as(Fact.WrittenAgreementRecorded::new),
        Combinators.combine(date, Arbitraries.of(CertificateRoute.class)).as(Fact.CertificateRequested::new),
        date.map(Fact.SuccessStoryShared::new),
        date.map(Fact.Withdrawn::new)));
  }
}
