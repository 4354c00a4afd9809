/**
 * JUnit 5 support for teams that keep assessment-plan files in their repository. {@link
 * dev.epakit.junit.EpaPlans} turns plan files and directories into dynamic tests, one per file, for
 * a {@code @TestFactory}; each fails with every diagnostic of its file ({@code
 * file:line:col: severity CODE message}). What makes a plan valid is decided by {@link
 * dev.epakit.io.plan.PlanValidation}, as for the command line and the Maven plugin.
 */
package dev.epakit.junit;
