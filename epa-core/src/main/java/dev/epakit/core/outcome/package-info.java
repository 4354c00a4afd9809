/**
 * Outcomes of an EPA as documents: the {@link dev.epakit.core.outcome.ResultStatement} owed to the
 * apprentice and employer after a fail. Values here are immutable and computed by the rule engine
 * of {@code epa-rules}; they hold no rules themselves.
 */
package dev.epakit.core.outcome;
