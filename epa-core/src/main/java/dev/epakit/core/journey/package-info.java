/**
 * The dated facts of an apprentice's end-point assessment: the sealed {@link
 * dev.epakit.core.journey.Fact} hierarchy (gateway passed, method assessed, outcome notified,
 * resit or retake recommended and booked, further training completed, exceptional circumstances,
 * appeal lodged and decided, result shared, written agreement, certificate requested, success
 * story shared, withdrawn) and the small vocabularies they use ({@link
 * dev.epakit.core.journey.Party}, {@link dev.epakit.core.journey.AttemptKind}, {@link
 * dev.epakit.core.journey.Mark}, ...).
 *
 * <p>Facts are immutable values and hold no rules: the engine in {@code dev.epakit.rules.journey}
 * decides whether a fact may be recorded.
 */
package dev.epakit.core.journey;
