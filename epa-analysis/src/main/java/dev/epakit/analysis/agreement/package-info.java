/**
 * Agreement between assessors on double-marked or moderated samples: the statistics an
 * end-point assessment organisation runs to check that its assessors grade consistently.
 *
 * <p>What lives here:
 *
 * <ul>
 *   <li>Results: every statistic returns an {@link dev.epakit.analysis.agreement.AgreementResult},
 *       either an {@link dev.epakit.analysis.agreement.Estimate} (value, and where the literature
 *       gives them a standard error, an {@link dev.epakit.analysis.agreement.Interval} and a
 *       {@link dev.epakit.analysis.agreement.NullTest}) or an {@link
 *       dev.epakit.analysis.agreement.Insufficient} result that states why no honest number can be
 *       given. Both carry the {@link dev.epakit.analysis.agreement.SampleSize}. No statistic
 *       returns {@code NaN}.
 *   <li>Inputs: a declared {@link dev.epakit.analysis.agreement.CategoryOrder} of grade names,
 *       ratings as {@code int} codes with {@link
 *       dev.epakit.analysis.agreement.CategoryOrder#MISSING} ({@code -1}) for a missing grade, or
 *       as {@code double} values with {@link Double#NaN} for a missing value; {@link
 *       dev.epakit.analysis.agreement.Weights} for the weighted coefficients; a two-rater {@link
 *       dev.epakit.analysis.agreement.ConfusionMatrix}.
 *   <li>Two raters: {@link dev.epakit.analysis.agreement.PercentAgreement} (exact and within one
 *       grade) and {@link dev.epakit.analysis.agreement.CohenKappa} (unweighted, linear, quadratic
 *       or custom weights, with the Fleiss-Cohen-Everitt standard error).
 *   <li>Many raters: {@link dev.epakit.analysis.agreement.FleissKappa} (with the Fleiss-Nee-Landis
 *       null test and per-category kappas), {@link dev.epakit.analysis.agreement.KrippendorffAlpha}
 *       (nominal, ordinal, interval, ratio; missing values; seeded bootstrap interval), {@link
 *       dev.epakit.analysis.agreement.GwetAgreement} (AC1 and AC2 with Gwet's standard error).
 *   <li>Numeric marks: {@link dev.epakit.analysis.agreement.IntraclassCorrelation} in the six
 *       Shrout-Fleiss forms ({@link dev.epakit.analysis.agreement.IccForm}) with F tests and
 *       intervals.
 * </ul>
 *
 * <p>Each statistic has a mergeable {@code Accumulator} with {@code add...}, an associative {@code
 * combine} that returns a new accumulator, and {@code result}, so the same code runs over a
 * stream, in parallel, or inside a distributed aggregation. Value types are immutable and
 * thread-safe; accumulators are not thread-safe and are meant to be confined to one thread.
 * Programmer errors (a code outside the scale, a ragged matrix) throw {@link
 * IllegalArgumentException} with a message that names the problem.
 */
package dev.epakit.analysis.agreement;
