/**
 * Assessment plans as data: {@link dev.epakit.core.plan.AssessmentPlan} with its {@link
 * dev.epakit.core.plan.AssessmentMethod}s, the overall {@link dev.epakit.core.plan.GradingTable}
 * (rows of {@link dev.epakit.core.plan.GradePattern}s keyed by the tuple of method grades), and the
 * {@link dev.epakit.core.plan.ResitRetakePolicy} with its {@link
 * dev.epakit.core.plan.AppealPeriod}.
 *
 * <p>Every value here is immutable and thread-safe. A plan belongs to one version of a standard;
 * nothing here is a global constant, because plans differ and old plans stay in force during the
 * 2025-27 assessment reform.
 */
package dev.epakit.core.plan;
