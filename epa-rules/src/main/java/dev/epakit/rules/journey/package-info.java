/**
 * The EPA rules and the journey they govern. A {@link dev.epakit.rules.journey.Journey} records an
 * apprentice's dated facts one at a time, refusing any fact a rule forbids (with the rule id, its
 * source and the reasons) and leaving itself unchanged when it does. {@link
 * dev.epakit.rules.journey.JourneySnapshot} answers the questions of a date: status, overall
 * grade and cap, next steps with their why-not, the result statement, certificate readiness,
 * notifications owed and the retention date. {@link dev.epakit.rules.journey.EpaRules} is the
 * catalogue of every rule, kept in step with {@code docs/rules.md}.
 *
 * <p>Everything here is immutable, thread-safe and pure: the caller passes the date.
 */
package dev.epakit.rules.journey;
