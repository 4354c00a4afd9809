package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.analysis.agreement.KrippendorffAlpha.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every accumulator gives the same results whether the data pass through it in one go or are
 * split into any number of chunks (some empty) that are accumulated separately and combined, in
 * either bracketing: combine is associative and loses nothing. Figures agree to 1e-12 (relative
 * to the size of the figure where it exceeds 1, as F statistics may).
 */
class AccumulatorMergeProperties {

  private static final double TOLERANCE = 1e-12;
  private static final CategoryOrder FOUR = CategoryOrder.of("fail", "pass", "merit", "distinction");
  private static final CategoryOrder THREE = CategoryOrder.of("fail", "pass", "distinction");

  @Property(tries = 300)
  void cohenKappa(
      @ForAll("gradePairs") List<int[]> pairs,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts) {
    Merged<CohenKappa.Accumulator> m =
        merge(
            pairs,
            cuts,
            () -> CohenKappa.accumulator(FOUR),
            (acc, p) -> acc.add(p[0], p[1]),
            CohenKappa.Accumulator::combine);

    for (CohenKappa.Accumulator acc : m.splits()) {
      assertThat(acc.confusionMatrix()).isEqualTo(m.onePass().confusionMatrix());
      assertThat(acc.skipped()).isEqualTo(m.onePass().skipped());
      assertSame(acc.result(), m.onePass().result());
      assertSame(acc.result(Weights.quadratic(4)), m.onePass().result(Weights.quadratic(4)));
      assertSame(
          PercentAgreement.withinOne(acc.confusionMatrix()),
          PercentAgreement.withinOne(m.onePass().confusionMatrix()));
    }
  }

  @Property(tries = 300)
  void fleissKappa(
      @ForAll("units") List<int[]> units,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts) {
    Merged<FleissKappa.Accumulator> m =
        merge(
            units,
            cuts,
            () -> FleissKappa.accumulator(THREE, 4),
            FleissKappa.Accumulator::addUnit,
            FleissKappa.Accumulator::combine);

    for (FleissKappa.Accumulator acc : m.splits()) {
      assertSame(acc.result(), m.onePass().result());
      Map<String, AgreementResult> per = acc.perCategory();
      m.onePass().perCategory().forEach((name, r) -> assertSame(per.get(name), r));
      assertThat(acc.skipped()).isEqualTo(m.onePass().skipped());
    }
  }

  @Property(tries = 300)
  void gwetAgreement(
      @ForAll("units") List<int[]> units,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts) {
    Merged<GwetAgreement.Accumulator> m =
        merge(
            units,
            cuts,
            () -> GwetAgreement.accumulator(THREE),
            GwetAgreement.Accumulator::addUnit,
            GwetAgreement.Accumulator::combine);

    for (GwetAgreement.Accumulator acc : m.splits()) {
      assertSame(acc.result(), m.onePass().result());
      assertSame(acc.result(Weights.linear(3)), m.onePass().result(Weights.linear(3)));
    }
  }

  @Property(tries = 200)
  void krippendorffAlpha(
      @ForAll("values") List<double[]> units,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts,
      @ForAll Level level,
      @ForAll long seed) {
    Merged<KrippendorffAlpha.Accumulator> m =
        merge(
            units,
            cuts,
            () -> KrippendorffAlpha.accumulator(level),
            KrippendorffAlpha.Accumulator::addUnit,
            KrippendorffAlpha.Accumulator::combine);

    for (KrippendorffAlpha.Accumulator acc : m.splits()) {
      assertSame(acc.result(), m.onePass().result());
      assertSame(acc.bootstrap(30, seed), m.onePass().bootstrap(30, seed));
      assertThat(acc.unpairable()).isEqualTo(m.onePass().unpairable());
    }
  }

  @Property(tries = 300)
  void intraclassCorrelation(
      @ForAll("marks") List<double[]> units,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 1000) Integer> cuts) {
    Merged<IntraclassCorrelation.Accumulator> m =
        merge(
            units,
            cuts,
            () -> IntraclassCorrelation.accumulator(3),
            IntraclassCorrelation.Accumulator::addUnit,
            IntraclassCorrelation.Accumulator::combine);

    for (IntraclassCorrelation.Accumulator acc : m.splits()) {
      Map<IccForm, AgreementResult> got = acc.results();
      m.onePass().results().forEach((form, r) -> assertSame(got.get(form), r));
    }
  }

  @Provide
  Arbitrary<List<int[]>> gradePairs() {
    return Arbitraries.integers().between(-1, 3).array(int[].class).ofSize(2).list().ofMaxSize(60);
  }

  /** Units of 4 ratings on a 3-point scale, about one rating in ten missing. */
  @Provide
  Arbitrary<List<int[]>> units() {
    Arbitrary<Integer> code =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(-1)), Tuple.of(9, Arbitraries.integers().between(0, 2)));
    return code.array(int[].class).ofSize(4).list().ofMaxSize(50);
  }

  /** Units of 3 values among 1..5 or missing. */
  @Provide
  Arbitrary<List<double[]>> values() {
    Arbitrary<Double> value =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Double.NaN)),
            Tuple.of(4, Arbitraries.integers().between(1, 5).map(Integer::doubleValue)));
    return value.array(double[].class).ofSize(3).list().ofMaxSize(40);
  }

  /** Units of 3 marks out of 60, now and then one missing. */
  @Provide
  Arbitrary<List<double[]>> marks() {
    Arbitrary<Double> mark =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(Double.NaN)),
            Tuple.of(19, Arbitraries.integers().between(0, 60).map(Integer::doubleValue)));
    return mark.array(double[].class).ofSize(3).list().ofMaxSize(50);
  }

  /** A one-pass accumulator and the same data accumulated in chunks and combined two ways. */
  record Merged<A>(A onePass, List<A> splits) {}

  private static <T, A> Merged<A> merge(
      List<T> data,
      List<Integer> rawCuts,
      Supplier<A> fresh,
      BiConsumer<A, T> add,
      BinaryOperator<A> combine) {
    A onePass = fresh.get();
    data.forEach(t -> add.accept(onePass, t));

    List<Integer> cuts = new ArrayList<>();
    for (int c : rawCuts) {
      cuts.add(c % (data.size() + 1));
    }
    cuts.add(0);
    cuts.add(data.size());
    cuts.sort(Integer::compare);
    List<A> chunks = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.size(); i++) {
      A chunk = fresh.get();
      data.subList(cuts.get(i), cuts.get(i + 1)).forEach(t -> add.accept(chunk, t));
      chunks.add(chunk);
    }
    A leftFold = chunks.get(0);
    for (int i = 1; i < chunks.size(); i++) {
      leftFold = combine.apply(leftFold, chunks.get(i));
    }
    A rightFold = chunks.get(chunks.size() - 1);
    for (int i = chunks.size() - 2; i >= 0; i--) {
      rightFold = combine.apply(chunks.get(i), rightFold);
    }
    return new Merged<>(onePass, List.of(leftFold, rightFold));
  }

  private static void assertSame(AgreementResult actual, AgreementResult expected) {
    assertThat(actual.n()).isEqualTo(expected.n());
    if (expected instanceof Insufficient) {
      assertThat(actual).isEqualTo(expected);
      return;
    }
    Estimate a = actual.requireEstimate();
    Estimate e = (Estimate) expected;
    close(a.value(), e.value());
    assertThat(a.standardError().isPresent()).isEqualTo(e.standardError().isPresent());
    if (e.standardError().isPresent()) {
      close(a.standardError().getAsDouble(), e.standardError().getAsDouble());
    }
    assertThat(a.interval().isPresent()).isEqualTo(e.interval().isPresent());
    e.interval()
        .ifPresent(
            ci -> {
              close(a.interval().orElseThrow().lower(), ci.lower());
              close(a.interval().orElseThrow().upper(), ci.upper());
            });
    Optional<NullTest> test = e.test();
    assertThat(a.test().isPresent()).isEqualTo(test.isPresent());
    if (test.isPresent()) {
      close(a.test().orElseThrow().pValue(), test.orElseThrow().pValue());
      if (test.orElseThrow() instanceof NullTest.ZTest z) {
        NullTest.ZTest az = (NullTest.ZTest) a.test().orElseThrow();
        close(az.z(), z.z());
        close(az.nullStandardError(), z.nullStandardError());
      } else {
        NullTest.FTest f = (NullTest.FTest) test.orElseThrow();
        NullTest.FTest af = (NullTest.FTest) a.test().orElseThrow();
        close(af.f(), f.f());
        assertThat(af.df1()).isEqualTo(f.df1());
        assertThat(af.df2()).isEqualTo(f.df2());
      }
    }
  }

  private static void close(double actual, double expected) {
    assertThat(Math.abs(actual - expected))
        .as("%s vs %s", actual, expected)
        .isLessThanOrEqualTo(TOLERANCE * Math.max(1.0, Math.abs(expected)));
  }
}
