package dev.epakit.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.epakit.analysis.agreement.KrippendorffAlpha.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What must not change an agreement coefficient: the names given to the categories (any
 * relabelling for the nominal statistics; reversing the order for the ordinal and weighted ones,
 * whose weights are symmetric), the order in which units are listed, and, for interval alpha, a
 * change of units of measurement. And what must give exactly 1: raters who always agree.
 */
class InvarianceProperties {

  private static final double TOLERANCE = 1e-9;
  private static final int K = 4;
  private static final CategoryOrder ORDER = CategoryOrder.of("fail", "pass", "merit", "distinction");

  @Provide
  Arbitrary<List<int[]>> units() {
    Arbitrary<Integer> code = Arbitraries.integers().between(-1, K - 1).withDistribution(
        net.jqwik.api.RandomDistribution.uniform());
    return code.array(int[].class).ofSize(3).list().ofMinSize(2).ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<int[]>> agreeingUnits() {
    return Arbitraries.integers().between(0, K - 1)
        .map(c -> new int[] {c, c, c})
        .list().ofMinSize(2).ofMaxSize(40)
        .filter(l -> l.stream().mapToInt(u -> u[0]).distinct().count() >= 2);
  }

  @Property(tries = 300)
  void nominalStatisticsIgnoreHowCategoriesAreLabelled(@ForAll("units") List<int[]> units, @ForAll long seed) {
    int[] relabel = permutation(seed);
    List<int[]> renamed = map(units, relabel);
    assertSame(cohen(units, Weights.unweighted(K)), cohen(renamed, Weights.unweighted(K)));
    assertSame(alpha(units, Level.NOMINAL), alpha(renamed, Level.NOMINAL));
    assertSame(fleiss(units), fleiss(renamed));
  }

  @Property(tries = 300)
  void orderedStatisticsIgnoreWhichEndOfTheScaleComesFirst(@ForAll("units") List<int[]> units) {
    int[] reverse = {3, 2, 1, 0};
    List<int[]> reversed = map(units, reverse);
    assertSame(alpha(units, Level.ORDINAL), alpha(reversed, Level.ORDINAL));
    assertSame(alpha(units, Level.INTERVAL), alpha(reversed, Level.INTERVAL));
    assertSame(cohen(units, Weights.linear(K)), cohen(reversed, Weights.linear(K)));
    assertSame(cohen(units, Weights.quadratic(K)), cohen(reversed, Weights.quadratic(K)));
  }

  @Property(tries = 300)
  void theOrderOfUnitsDoesNotMatter(@ForAll("units") List<int[]> units, @ForAll long seed) {
    List<int[]> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, new Random(seed));
    for (Level level : Level.values()) {
      assertSame(alpha(units, level), alpha(shuffled, level));
    }
    assertSame(cohen(units, Weights.unweighted(K)), cohen(shuffled, Weights.unweighted(K)));
    assertSame(cohen(units, Weights.quadratic(K)), cohen(shuffled, Weights.quadratic(K)));
    assertSame(fleiss(units), fleiss(shuffled));
  }

  @Property(tries = 200)
  void intervalAlphaIgnoresTheUnitOfMeasurement(@ForAll("units") List<int[]> units) {
    AgreementResult plain = alpha(units, Level.INTERVAL);
    KrippendorffAlpha.Accumulator scaled = KrippendorffAlpha.accumulator(Level.INTERVAL);
    for (int[] u : units) {
      double[] v = new double[u.length];
      for (int i = 0; i < u.length; i++) {
        v[i] = u[i] < 0 ? Double.NaN : 10 * u[i] + 40;
      }
      scaled.addUnit(v);
    }
    assertSame(plain, scaled.result());
  }

  @Property(tries = 200)
  void ratersWhoAlwaysAgreeGetOne(@ForAll("agreeingUnits") List<int[]> units) {
    for (Level level : Level.values()) {
      assertThat(alpha(units, level).requireEstimate().value()).as(level.name()).isCloseTo(1.0, within(TOLERANCE));
    }
    assertThat(cohen(units, Weights.unweighted(K)).requireEstimate().value()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(cohen(units, Weights.linear(K)).requireEstimate().value()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(fleiss(units).requireEstimate().value()).isCloseTo(1.0, within(TOLERANCE));
    GwetAgreement.Accumulator gwet = GwetAgreement.accumulator(ORDER);
    units.forEach(gwet::addUnit);
    assertThat(gwet.result().requireEstimate().value()).isCloseTo(1.0, within(TOLERANCE));
    assertThat(PercentAgreement.exact(table(units)).requireEstimate().value()).isEqualTo(1.0);
  }

  private static int[] permutation(long seed) {
    List<Integer> p = new ArrayList<>(List.of(0, 1, 2, 3));
    Collections.shuffle(p, new Random(seed));
    return p.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<int[]> map(List<int[]> units, int[] relabel) {
    List<int[]> out = new ArrayList<>();
    for (int[] u : units) {
      int[] v = new int[u.length];
      for (int i = 0; i < u.length; i++) {
        v[i] = u[i] < 0 ? u[i] : relabel[u[i]];
      }
      out.add(v);
    }
    return out;
  }

  private static ConfusionMatrix table(List<int[]> units) {
    CohenKappa.Accumulator acc = CohenKappa.accumulator(ORDER);
    units.forEach(u -> acc.add(u[0], u[1]));
    return acc.confusionMatrix();
  }

  private static AgreementResult cohen(List<int[]> units, Weights w) {
    return CohenKappa.of(table(units), w);
  }

  private static AgreementResult fleiss(List<int[]> units) {
    FleissKappa.Accumulator acc = FleissKappa.accumulator(ORDER, 3);
    units.forEach(acc::addUnit);
    return acc.result();
  }

  private static AgreementResult alpha(List<int[]> units, Level level) {
    KrippendorffAlpha.Accumulator acc = KrippendorffAlpha.accumulator(level);
    for (int[] u : units) {
      double[] v = new double[u.length];
      for (int i = 0; i < u.length; i++) {
        v[i] = u[i] < 0 ? Double.NaN : u[i] + 1; // ratio needs positive values
      }
      acc.addUnit(v);
    }
    return acc.result();
  }

  private static void assertSame(AgreementResult a, AgreementResult b) {
    assertThat(a.isEstimate()).isEqualTo(b.isEstimate());
    assertThat(a.n()).isEqualTo(b.n());
    if (a instanceof Estimate x && b instanceof Estimate y) {
      assertThat(x.value()).isCloseTo(y.value(), within(TOLERANCE));
      if (x.standardError().isPresent()) {
        // A variance that is zero up to rounding has a square root near 1e-8, hence the looser bound.
        assertThat(x.standardError().getAsDouble()).isCloseTo(y.standardError().getAsDouble(), within(1e-6));
      }
    }
  }
}
