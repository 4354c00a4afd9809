/**
 * Checks of an assessment plan as a whole. {@link dev.epakit.rules.plan.PlanCheck#check} returns
 * every {@link dev.epakit.rules.plan.PlanFinding} at once: each names its {@link
 * dev.epakit.rules.plan.PlanCheckKind} (a stable code and a {@link dev.epakit.rules.plan.Severity}),
 * the part of the plan it concerns as a path in the structure of plan files ({@code grading[3]},
 * {@code policy.resitWindow}), the combination of method grades where one is concerned, and a
 * message.
 *
 * <p>The checks read only the plan: no files, no clock. Readers of plan files (in {@code epa-io})
 * map the paths to lines and columns. Everything here is immutable and thread-safe.
 */
package dev.epakit.rules.plan;
