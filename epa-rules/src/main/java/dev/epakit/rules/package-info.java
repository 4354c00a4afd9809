/**
 * A small, explainable rule engine. A {@link dev.epakit.rules.Rule} has a stable {@link
 * dev.epakit.rules.RuleId}, a title and a {@link dev.epakit.rules.Source}; evaluating it gives a
 * {@link dev.epakit.rules.Verdict}: satisfied, violated (with reasons and the values it read) or
 * not applicable. A {@link dev.epakit.rules.RuleSet} evaluates all its rules and returns a typed
 * {@link dev.epakit.rules.Explanation}, which may be deferred (decided at once, its verdicts
 * worked out when first read); refusals are {@link dev.epakit.rules.Violation}s.
 *
 * <p>The EPA rules themselves, and the journey they govern, live in {@code
 * dev.epakit.rules.journey}. Everything here is immutable, pure and free of clocks and I/O.
 */
package dev.epakit.rules;
