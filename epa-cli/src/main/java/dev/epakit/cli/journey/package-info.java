/**
 * The journey commands: {@code epa journey check} (replay journey files under their plan and report
 * what the rules decide), {@code epa statement} (the result statement of one apprentice) and {@code
 * epa export record-a-grade} (request bodies for the apprentice assessment service, after a
 * pre-flight check). Plans come through {@link dev.epakit.cli.journey.BundledPlans} and the {@code
 * PlanSource} seam, which reads plan files once the plan reader is part of the build.
 */
package dev.epakit.cli.journey;
