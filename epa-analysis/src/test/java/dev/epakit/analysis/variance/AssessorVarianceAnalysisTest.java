package dev.epakit.analysis.variance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.control.Either;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The assessor-variance analysis end to end. */
class AssessorVarianceAnalysisTest {

  private static final long[] TWELVE_N = {100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 5};
  private static final long[] TWELVE_PASSES = {70, 72, 68, 71, 69, 73, 67, 70, 74, 66, 95, 40, 5};

  @Test
  void flagsAGenerousAndAHarshAssessorAndOneWithTooFewResults() {
    VarianceReport report =
        AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(TWELVE_N, TWELVE_PASSES));

    assertThat(report.n()).isEqualTo(1205);
    assertThat(report.passes()).isEqualTo(840);
    assertThat(report.poolRate()).hasValueCloseTo(840.0 / 1205, within(1e-15));
    assertThat(report.assessable()).isEqualTo(12);
    assertThat(report.assessor(10).flag()).isEqualTo(AssessorFlag.GENEROUS);
    assertThat(report.assessor(11).flag()).isEqualTo(AssessorFlag.HARSH);
    assertThat(report.assessor(12).flag()).isEqualTo(AssessorFlag.TOO_FEW);
    assertThat(report.assessor(12).funnel().getLeft().reason())
        .isEqualTo(InsufficiencyReason.BELOW_MINIMUM_N);
    assertThat(report.assessor(12).funnel().getLeft().available()).isEqualTo(5);
    assertThat(report.assessor(12).n()).isEqualTo(5);
    for (int a = 0; a < 10; a++) {
      assertThat(report.assessor(a).flag()).as("assessor %d", a).isEqualTo(AssessorFlag.WITHIN);
    }
    assertThat(report.flagged()).extracting(AssessorVariance::assessor).containsExactly(10, 11);
  }

  @Test
  void withoutCaseMixTheLimitsSurroundThePoolRate() {
    VarianceOptions options =
        VarianceOptions.defaults().withOverdispersion(OverdispersionAdjustment.NONE);
    VarianceReport report =
        AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(TWELVE_N, TWELVE_PASSES), options);
    double theta = 840.0 / 1205;

    AssessorVariance generous = report.assessor(10);
    FunnelAssessment funnel = generous.funnel().get();
    assertThat(funnel.expectedRate()).isCloseTo(theta, within(1e-12));
    assertThat(generous.expectedPasses()).isCloseTo(100 * theta, within(1e-9));
    assertThat(generous.observedToExpected()).hasValueCloseTo(95 / (100 * theta), within(1e-12));
    assertThat(generous.standardisedRate()).hasValueCloseTo(0.95, within(1e-12));
    assertThat(funnel.limitsAt(0.998))
        .isEqualTo(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, theta, 100, 0.998));
    assertThat(funnel.limitsAt(0.95))
        .isEqualTo(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, theta, 100, 0.95));
    double z = (0.95 - theta) / Math.sqrt(theta * (1 - theta) / 100);
    assertThat(funnel.zScore()).isCloseTo(z, within(1e-12));
    assertThat(funnel.adjustedZScore()).isEqualTo(funnel.zScore());
    assertThat(report.adjustment()).isEqualTo(LimitAdjustment.none());
    // The overdispersion estimate is still reported when it is not applied.
    assertThat(report.overdispersion().isRight()).isTrue();
  }

  /**
   * Case mix: stratum 0 (an observation, easy) passes 90%, stratum 1 (a test, hard) 50%. Assessor
   * 9 assesses only the hard stratum and passes half: raw, the lowest pass rate of the pool; after
   * indirect standardisation, exactly as expected (E = 100 x 0.5 = 50, O / E = 1).
   */
  @Test
  void caseMixClearsAnAssessorWhoOnlyAssessesTheHardStratum() {
    int assessors = 10;
    long[] n = new long[assessors * 2];
    long[] passes = new long[assessors * 2];
    for (int a = 0; a < 9; a++) {
      n[a * 2] = 50;
      passes[a * 2] = 45;
      n[a * 2 + 1] = 50;
      passes[a * 2 + 1] = 25;
    }
    n[9 * 2 + 1] = 100;
    passes[9 * 2 + 1] = 50;
    VarianceCounts counts = VarianceCounts.of(assessors, 2, 0, n, passes, new long[0]);

    VarianceReport report = AssessorVarianceAnalysis.analyse(counts);

    AssessorVariance hardOnly = report.assessor(9);
    assertThat(hardOnly.observedRate()).hasValueCloseTo(0.5, within(1e-15));
    assertThat(hardOnly.expectedRate()).hasValueCloseTo(0.5, within(1e-15));
    assertThat(hardOnly.observedToExpected()).hasValueCloseTo(1.0, within(1e-15));
    assertThat(hardOnly.standardisedRate()).hasValueCloseTo(0.68, within(1e-15));
    assertThat(hardOnly.flag()).isEqualTo(AssessorFlag.WITHIN);
    assertThat(report.assessor(0).expectedRate()).hasValueCloseTo(0.7, within(1e-15));

    // Pooled over strata the same assessor looks harsh: 0.5 against 0.68 with n = 100.
    long[] totalsN = new long[assessors];
    long[] totalsPasses = new long[assessors];
    for (int a = 0; a < assessors; a++) {
      totalsN[a] = counts.assessorN(a);
      totalsPasses[a] = counts.assessorPasses(a);
    }
    VarianceReport crude =
        AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(totalsN, totalsPasses));
    assertThat(crude.assessor(9).flag()).isEqualTo(AssessorFlag.HARSH);
  }

  @Test
  void fewerThanTenAssessorsGiveNoOverdispersionEstimateAndNoAdjustment() {
    long[] n = {50, 50, 50, 50, 50};
    long[] passes = {30, 35, 40, 45, 20};

    VarianceReport report = AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(n, passes));

    assertThat(report.overdispersion().getLeft().reason())
        .isEqualTo(InsufficiencyReason.TOO_FEW_ASSESSORS);
    assertThat(report.overdispersion().getLeft().available()).isEqualTo(5);
    assertThat(report.adjustment()).isEqualTo(LimitAdjustment.none());
    assertThat(report.prior().getLeft().reason()).isEqualTo(InsufficiencyReason.TOO_FEW_ASSESSORS);
    assertThat(report.assessor(0).shrinkage().isLeft()).isTrue();
  }

  @Test
  void overdispersionWidensTheLimitsAndFlagsFewerAssessors() {
    int assessors = 20;
    long[] n = new long[assessors];
    long[] passes = new long[assessors];
    for (int a = 0; a < assessors; a++) {
      n[a] = 100;
      passes[a] = 50 + 2 * a; // 50, 52, ..., 88
    }
    VarianceCounts counts = VarianceCounts.ofAssessorTotals(n, passes);
    VarianceOptions none = VarianceOptions.defaults().withOverdispersion(OverdispersionAdjustment.NONE);

    VarianceReport plain = AssessorVarianceAnalysis.analyse(counts, none);
    VarianceReport additive = AssessorVarianceAnalysis.analyse(counts, none.withOverdispersion(OverdispersionAdjustment.ADDITIVE));
    VarianceReport multiplicative =
        AssessorVarianceAnalysis.analyse(counts, none.withOverdispersion(OverdispersionAdjustment.MULTIPLICATIVE));

    Overdispersion od = additive.overdispersion().get();
    assertThat(od.units()).isEqualTo(20);
    assertThat(od.phi()).isGreaterThan(1);
    assertThat(od.tau2()).isPositive();
    assertThat(additive.adjustment()).isEqualTo(LimitAdjustment.additive(od.tau2()));
    assertThat(multiplicative.adjustment()).isEqualTo(LimitAdjustment.multiplicative(od.phi()));

    // The estimate is the one Overdispersion computes from the assessors' z-scores.
    double theta = plain.poolRate().getAsDouble();
    double[] z = new double[assessors];
    double[] se = new double[assessors];
    for (int a = 0; a < assessors; a++) {
      se[a] = Math.sqrt(theta * (1 - theta) / 100);
      z[a] = (passes[a] / 100.0 - theta) / se[a];
    }
    Overdispersion direct = Overdispersion.estimate(z, se).get();
    assertThat(od.phi()).isCloseTo(direct.phi(), within(1e-12));
    assertThat(od.tau2()).isCloseTo(direct.tau2(), within(1e-12));

    ControlLimits narrow = plain.assessor(0).funnel().get().limitsAt(0.998);
    ControlLimits wide = additive.assessor(0).funnel().get().limitsAt(0.998);
    assertThat(wide.upper()).isGreaterThan(narrow.upper());
    assertThat(wide.lower()).isLessThan(narrow.lower());
    assertThat(plain.flagged()).hasSizeGreaterThan(additive.flagged().size());
    assertThat(plain.flagged()).hasSizeGreaterThan(multiplicative.flagged().size());
  }

  @Test
  void allResultsIdenticalIsExplainedNotComputed() {
    long[] n = new long[12];
    Arrays.fill(n, 30);

    VarianceReport report = AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(n, n.clone()));

    assertThat(report.poolRate()).hasValue(1.0);
    assertThat(report.assessable()).isZero();
    for (AssessorVariance line : report.assessors()) {
      assertThat(line.flag()).isEqualTo(AssessorFlag.WITHIN);
      assertThat(line.funnel().getLeft().reason()).isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);
    }
    assertThat(report.overdispersion().getLeft().available()).isZero();
    assertThat(report.prior().getLeft().reason()).isEqualTo(InsufficiencyReason.ALL_RESULTS_IDENTICAL);
  }

  @Test
  void noResultsAtAll() {
    VarianceReport report =
        AssessorVarianceAnalysis.analyse(VarianceAccumulator.create(3, 2, 4).result());

    assertThat(report.n()).isZero();
    assertThat(report.poolRate()).isEmpty();
    assertThat(report.assessors()).hasSize(3);
    AssessorVariance line = report.assessor(0);
    assertThat(line.flag()).isEqualTo(AssessorFlag.TOO_FEW);
    assertThat(line.observedRate()).isEmpty();
    assertThat(line.expectedRate()).isEmpty();
    assertThat(line.observedToExpected()).isEmpty();
    assertThat(line.funnel().getLeft().reason()).isEqualTo(InsufficiencyReason.NO_RESULTS);
    assertThat(line.gradeTest().getLeft().reason()).isEqualTo(InsufficiencyReason.BELOW_MINIMUM_N);
  }

  @Test
  void qValuesAndTheAdjustedPValueFlagBasis() {
    VarianceOptions holm =
        VarianceOptions.defaults()
            .withOverdispersion(OverdispersionAdjustment.NONE)
            .withFlagBasis(FlagBasis.ADJUSTED_P_VALUE)
            .withPValueAdjustment(PValueAdjustment.HOLM)
            .withLevels(List.of(0.95), 0.95);
    VarianceReport report =
        AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(TWELVE_N, TWELVE_PASSES), holm);

    double[] p = new double[12];
    for (int a = 0; a < 12; a++) {
      p[a] = report.assessor(a).funnel().get().pValue();
    }
    double[] q = PValueAdjustment.HOLM.adjust(p);
    for (int a = 0; a < 12; a++) {
      FunnelAssessment funnel = report.assessor(a).funnel().get();
      assertThat(funnel.qValue()).isEqualTo(q[a]);
      assertThat(funnel.pValue())
          .isCloseTo(2 * (1 - cdf(Math.abs(funnel.adjustedZScore()))), within(1e-9));
    }
    assertThat(report.assessor(10).flag()).isEqualTo(AssessorFlag.GENEROUS);
    assertThat(report.assessor(11).flag()).isEqualTo(AssessorFlag.HARSH);
    assertThat(report.flagged()).hasSize(2);
  }

  @Test
  void everyFunnelMethodRunsAndAgreesOnTheClearCases() {
    for (FunnelMethod method : FunnelMethod.values()) {
      VarianceReport report =
          AssessorVarianceAnalysis.analyse(
              VarianceCounts.ofAssessorTotals(TWELVE_N, TWELVE_PASSES),
              VarianceOptions.defaults().withFunnelMethod(method));
      assertThat(report.assessor(10).flag()).as(method.name()).isEqualTo(AssessorFlag.GENEROUS);
      assertThat(report.assessor(11).flag()).as(method.name()).isEqualTo(AssessorFlag.HARSH);
      assertThat(report.assessor(0).flag()).as(method.name()).isEqualTo(AssessorFlag.WITHIN);
    }
  }

  @Test
  void endToEndFromColumnsWithGradesShrinkageAndGradeTests() {
    IndexDictionary grades = IndexDictionary.of("Fail", "Pass", "Merit", "Distinction", "Outstanding");
    IndexDictionary strata = IndexDictionary.of("ST0116 project", "ST0116 discussion");
    int assessors = 12;
    SplittableRandom random = new SplittableRandom(2026);
    ResultColumns.Builder rows = ResultColumns.builder(true);
    for (int a = 0; a < assessors; a++) {
      for (int i = 0; i < 60; i++) {
        int stratum = random.nextInt(strata.size());
        double u = random.nextDouble();
        // Assessor 3 gives Distinction far more often; "Outstanding" is never used.
        int grade;
        if (a == 3) {
          grade = u < 0.05 ? 0 : u < 0.35 ? 1 : u < 0.5 ? 2 : 3;
        } else {
          grade = u < 0.2 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
        }
        rows.add(a, stratum, grade > 0, grade);
      }
    }
    ResultColumns columns = rows.build();
    VarianceAccumulator left = VarianceAccumulator.create(assessors, strata.size(), grades.size());
    VarianceAccumulator right = VarianceAccumulator.create(assessors, strata.size(), grades.size());
    left.addAll(columns, 0, 300);
    right.addAll(columns, 300, columns.size());
    VarianceCounts counts = left.combine(right).result();

    VarianceReport report =
        AssessorVarianceAnalysis.analyse(counts, VarianceOptions.defaults().withMonteCarlo(99, 999));

    assertThat(report.n()).isEqualTo(720);
    AssessorVariance generousGrader = report.assessor(3);
    GradeComparison test = generousGrader.gradeTest().get();
    assertThat(test.unusedGrades()).containsExactly(4);
    assertThat(test.testedGrades()).containsExactly(0, 1, 2, 3);
    assertThat(test.assessorMeanGrade()).isGreaterThan(test.restMeanGrade());
    assertThat(generousGrader.gradeQValue()).isPresent();
    assertThat(generousGrader.gradeQValue().getAsDouble()).isLessThan(0.01);

    double[] gradeP = report.assessors().stream().mapToDouble(l -> l.gradeTest().get().pValue()).toArray();
    double[] gradeQ = PValueAdjustment.BENJAMINI_HOCHBERG.adjust(gradeP);
    for (int a = 0; a < assessors; a++) {
      assertThat(report.assessor(a).gradeQValue()).hasValue(gradeQ[a]);
    }

    // Shrinkage: when a prior exists, every posterior mean lies between the raw rate and the
    // prior mean; when it does not, the reason is given.
    Either<Insufficiency, BetaBinomialPrior> prior = report.prior();
    for (AssessorVariance line : report.assessors()) {
      if (prior.isRight()) {
        double raw = line.observedRate().getAsDouble();
        double mean = prior.get().mean();
        double shrunk = line.shrinkage().get().mean();
        assertThat(shrunk).isBetween(Math.min(raw, mean) - 1e-12, Math.max(raw, mean) + 1e-12);
      } else {
        assertThat(line.shrinkage().getLeft()).isEqualTo(prior.getLeft());
      }
    }
    assertNoNaN(report);
  }

  @Test
  void gradesNeverCountedAreExplained() {
    VarianceReport report =
        AssessorVarianceAnalysis.analyse(VarianceCounts.ofAssessorTotals(TWELVE_N, TWELVE_PASSES));

    assertThat(report.assessor(0).gradeTest().getLeft().reason()).isEqualTo(InsufficiencyReason.NO_GRADES);
    assertThat(report.assessor(0).gradeQValue()).isEmpty();
    assertNoNaN(report);
  }

  private static void assertNoNaN(VarianceReport report) {
    for (AssessorVariance line : report.assessors()) {
      List<OptionalDouble> optionals =
          List.of(line.observedRate(), line.expectedRate(), line.observedToExpected(), line.standardisedRate(), line.gradeQValue());
      for (OptionalDouble value : optionals) {
        value.ifPresent(v -> assertThat(v).isFinite());
      }
      assertThat(line.expectedPasses()).isFinite();
      line.funnel()
          .peek(
              f -> {
                assertThat(new double[] {f.zScore(), f.adjustedZScore(), f.pValue(), f.qValue(), f.expectedRate()})
                    .doesNotContain(Double.NaN);
                f.limits().forEach(l -> assertThat(new double[] {l.lower(), l.upper()}).doesNotContain(Double.NaN));
              });
      line.shrinkage().peek(s -> assertThat(new double[] {s.mean(), s.lower(), s.upper()}).doesNotContain(Double.NaN));
      line.gradeTest()
          .peek(g -> assertThat(new double[] {g.chiSquare(), g.gStatistic(), g.pValue()}).doesNotContain(Double.NaN));
    }
  }

  private static double cdf(double x) {
    return org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).cumulativeProbability(x);
  }
}
