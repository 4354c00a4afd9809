/**
 * Feedback from apprentices, employers and training providers, summarised by party and period
 * (counts, means, spread, distributions) so that an assessment organisation's review has the
 * feedback the GOV.UK guidance asks for beside the results.
 *
 * <p>{@link dev.epakit.analysis.feedback.FeedbackAccumulator} is a mergeable accumulator; its
 * result is a list of immutable {@link dev.epakit.analysis.feedback.FeedbackCell}s, one per party
 * ({@link dev.epakit.core.journey.Party}) and period with ratings. No method accepts or returns
 * {@code null}; a cell with one rating has no standard deviation rather than a misleading zero.
 */
package dev.epakit.analysis.feedback;
