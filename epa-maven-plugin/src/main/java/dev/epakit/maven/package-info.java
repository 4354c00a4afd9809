/**
 * The EPA Kit Maven plugin. Its one goal, {@code epa:validate} ({@link
 * dev.epakit.maven.ValidateMojo}), checks a project's assessment-plan files in the {@code validate}
 * phase and fails the build on a broken plan, logging each diagnostic as {@code
 * file:line:col: severity CODE message}.
 *
 * <p>The plugin only chooses the files (a directory, Ant-style includes and excludes) and reports:
 * what makes a plan valid is decided by {@link dev.epakit.io.plan.PlanValidation}, as for the
 * command line and the JUnit helper.
 */
package dev.epakit.maven;
