/**
 * The EPA rules and the journey they govern. A {@link dev.epakit.rules.journey.Journey} records an
 * apprentice's dated facts one at a time, refusing any fact a rule forbids (with the rule id, its
 * source and the reasons) and leaving itself unchanged when it does. {@link
 * dev.epakit.rules.journey.JourneySnapshot} answers the questions of a date: status, overall
 * grade and cap, next steps with their why-not, the result statement, certificate readiness,
 * notifications owed and the retention date. {@link dev.epakit.rules.journey.EpaRules} is the
 * catalogue of every rule, kept in step with {@code docs/rules.md}.
 *
 * <p>Inside, decisions take a quick path: the journey's state is compact (dates, method slots,
 * grade ranks, party bits), each plan is indexed once ({@code PlanIndex}), and {@code Refusals}
 * checks a fact with primitive tests. The explained rules of {@code EpaRules} give the same
 * verdicts and are evaluated only for a refusal, or when an explanation is read.
 *
 * <p>Everything here is immutable, thread-safe and pure: the caller passes the date.
 */
package dev.epakit.rules.journey;
