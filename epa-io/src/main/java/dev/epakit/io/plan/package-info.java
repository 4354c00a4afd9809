/**
 * Assessment plans as files. {@link dev.epakit.io.plan.PlanValidation} is the one validation call
 * behind the command line, the Maven plugin and the JUnit helper: it takes files and directories
 * and returns, per plan file, a {@link dev.epakit.io.plan.PlanFileResult} with the {@link
 * dev.epakit.core.plan.AssessmentPlan} read and every {@link dev.epakit.io.Diagnostic} (file,
 * line, column, stable code, severity, message).
 *
 * <p>{@link dev.epakit.io.plan.PlanReader} reads one file in YAML or JSON (the format is described
 * in {@code docs/plans.md} and by {@code docs/schema/plan.schema.json}), within {@link
 * dev.epakit.io.ReadLimits}, and never throws for any content. Reader codes are {@link
 * dev.epakit.io.plan.PlanFileCode}; the plan checks' codes come from {@code dev.epakit.rules.plan};
 * {@link dev.epakit.io.plan.DiagnosticCode#all()} lists both. {@link
 * dev.epakit.io.plan.PlanWriter} writes a plan back as YAML and {@link
 * dev.epakit.io.plan.DurationText} reads and writes durations such as {@code 3 months}.
 *
 * <p>Everything public here is immutable or stateless, and thread-safe.
 */
package dev.epakit.io.plan;
