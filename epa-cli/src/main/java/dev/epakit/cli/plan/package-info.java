/**
 * The {@code epa plan} commands: {@code validate} checks plan files and directories through the one
 * validation call of {@code dev.epakit.io.plan.PlanValidation} and reports as text (like a
 * compiler), JSON or SARIF 2.1.0; {@code explain} says in plain words what a plan file means.
 */
package dev.epakit.cli.plan;
