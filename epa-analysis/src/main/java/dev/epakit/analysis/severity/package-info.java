/**
 * Assessor severity by many-facet Rasch measurement: apprentice ability, method difficulty and
 * assessor severity separated on one logit scale, as the FACETS program reports them, so that a
 * harsh assessor can be told from one who happened to assess weaker apprentices.
 *
 * <p>The GOV.UK guidance for end-point assessment organisations asks them to analyse results for
 * "consistency of delivery, for example, an assessor grading too harshly or generously".
 *
 * <h2>Map of the package</h2>
 *
 * <ul>
 *   <li><b>Input.</b> {@link dev.epakit.analysis.severity.FacetObservations}: one observation per
 *       row (candidate, assessor, method, scale, category) as primitive columns.
 *   <li><b>Estimation.</b> {@link dev.epakit.analysis.severity.ManyFacetRasch} under {@link
 *       dev.epakit.analysis.severity.RaschOptions}: extreme-score exclusion, connectivity checks,
 *       joint maximum likelihood.
 *   <li><b>Results.</b> The sealed {@link dev.epakit.analysis.severity.RaschResult}: {@link
 *       dev.epakit.analysis.severity.RaschMeasurement} (per {@link
 *       dev.epakit.analysis.severity.Facet} a {@link dev.epakit.analysis.severity.FacetSummary}
 *       of {@link dev.epakit.analysis.severity.ElementMeasure}s and a {@link
 *       dev.epakit.analysis.severity.FacetSeparation}; {@link
 *       dev.epakit.analysis.severity.ScaleThresholds}), {@link
 *       dev.epakit.analysis.severity.DisconnectedDesign} (with its {@link
 *       dev.epakit.analysis.severity.Subset}s) or {@link
 *       dev.epakit.analysis.severity.TooLittleData}; each lists the {@link
 *       dev.epakit.analysis.severity.ExcludedElement}s.
 * </ul>
 *
 * <h2>Conventions</h2>
 *
 * <p>Measures are in logits. Assessor and method measures are centred on 0; candidates are free.
 * Positive assessor measures are more severe, positive method measures harder. Values are
 * immutable and thread-safe; builders are mutable. No method accepts or returns {@code null}. No
 * result carries {@code NaN}: thin data gives {@link dev.epakit.analysis.severity.TooLittleData}.
 *
 * <h2>References</h2>
 *
 * <p>Linacre, J. M. (1989), <i>Many-facet Rasch measurement</i>, MESA Press; Linacre, J. M.,
 * <i>Facets computer program for many-facet Rasch measurement</i>, user's guide (Winsteps.com);
 * Wright, B. D. and Masters, G. N. (1982), <i>Rating Scale Analysis</i>, MESA Press; Andrich, D.
 * (1978), "A rating formulation for ordered response categories", <i>Psychometrika</i> 43:561-573.
 */
package dev.epakit.analysis.severity;
