/**
 * Assessor variance for an assessment organisation's quality review: is an assessor grading too
 * harshly or too generously, once the mix of standards and assessment methods they assess is
 * taken into account?
 *
 * <p>The GOV.UK guidance for end-point assessment organisations asks them to analyse all results
 * for consistency of delivery, "for example, an assessor grading too harshly or generously". This
 * package answers that question with the funnel-plot approach of Spiegelhalter (2005), "Funnel
 * plots for comparing institutional performance", <i>Statistics in Medicine</i> 24:1185-1202.
 *
 * <h2>Map of the package</h2>
 *
 * <ul>
 *   <li><b>Input.</b> {@link dev.epakit.analysis.variance.IndexDictionary} maps names (assessors,
 *       strata, grades) to dense indexes; {@link dev.epakit.analysis.variance.ResultColumns}
 *       holds one result per row as columns of primitives, so ten million results take about
 *       100 MB.
 *   <li><b>Counting.</b> {@link dev.epakit.analysis.variance.VarianceAccumulator} is a mergeable
 *       accumulator (add, associative combine, result) whose result is an immutable {@link
 *       dev.epakit.analysis.variance.VarianceCounts}: per assessor and stratum, the number of
 *       results, passes and the count of each grade. The same code runs over a stream, in
 *       parallel, or inside a distributed aggregation.
 *   <li><b>Building blocks.</b> {@link dev.epakit.analysis.variance.FunnelLimits} (exact
 *       binomial with interpolation, normal, arcsine), {@link
 *       dev.epakit.analysis.variance.Overdispersion} (winsorised phi and additive tau-squared),
 *       {@link dev.epakit.analysis.variance.PValueAdjustment} (Benjamini-Hochberg, Holm,
 *       Bonferroni with R's {@code p.adjust} semantics), {@link
 *       dev.epakit.analysis.variance.GradeComparison} (Pearson chi-square, G and exact
 *       tests of one assessor's grades against the rest of the pool) and {@link
 *       dev.epakit.analysis.variance.BetaBinomialPrior} (empirical-Bayes shrinkage).
 *   <li><b>Analysis.</b> {@link dev.epakit.analysis.variance.AssessorVarianceAnalysis} puts the
 *       blocks together under {@link dev.epakit.analysis.variance.VarianceOptions} and returns a
 *       {@link dev.epakit.analysis.variance.VarianceReport} with one {@link
 *       dev.epakit.analysis.variance.AssessorVariance} and one {@link
 *       dev.epakit.analysis.variance.AssessorFlag} per assessor.
 * </ul>
 *
 * <h2>Honest small numbers</h2>
 *
 * <p>Every result carries its n. Where the data cannot support an estimate (fewer than ten
 * assessors for overdispersion, an assessor below the minimum n, a grade never used, all results
 * identical) the result is an {@link dev.epakit.analysis.variance.Insufficiency} with a reason,
 * never {@code NaN} and never a silent number.
 *
 * <h2>Conventions</h2>
 *
 * <p>Values are immutable and thread-safe; the accumulator and the builders are mutable and not
 * thread-safe. No method accepts or returns {@code null} unless its documentation says so.
 * Factories throw {@link java.lang.IllegalArgumentException} for programmer errors (indexes out of
 * range, levels outside (0, 1), arrays of different lengths).
 */
package dev.epakit.analysis.variance;
