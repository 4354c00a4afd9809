/**
 * Whether assessment materials function as intended and are delivered consistently: facility,
 * discrimination and Cronbach's alpha per method and task, pass-rate trend over periods
 * (Cochran-Armitage and chi-square homogeneity), and grade-distribution consistency across
 * delivery sites with Benjamini-Hochberg control.
 *
 * <h2>Map of the package</h2>
 *
 * <ul>
 *   <li><b>Input.</b> {@link dev.epakit.analysis.materials.MaterialColumns}: one result per row.
 *   <li><b>Building blocks.</b> {@link dev.epakit.analysis.materials.PassRateTrend}, {@link
 *       dev.epakit.analysis.materials.CronbachAlpha}; site tests reuse {@link
 *       dev.epakit.analysis.variance.GradeComparison} and {@link
 *       dev.epakit.analysis.variance.PValueAdjustment}.
 *   <li><b>Analysis.</b> {@link dev.epakit.analysis.materials.MaterialsAnalysis} returns a {@link
 *       dev.epakit.analysis.materials.MethodFunctioning} per method, with its {@link
 *       dev.epakit.analysis.materials.TaskFunctioning}s and {@link
 *       dev.epakit.analysis.materials.SiteConsistency}s.
 * </ul>
 *
 * <p>Where the data cannot support a statistic the result holds an {@link
 * dev.epakit.analysis.variance.Insufficiency} with its reason, never {@code NaN}. Values are
 * immutable and thread-safe; builders are mutable. No method accepts or returns {@code null}.
 */
package dev.epakit.analysis.materials;
