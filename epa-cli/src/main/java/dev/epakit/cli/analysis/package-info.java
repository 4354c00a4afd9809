/**
 * The quality-review commands of {@code epa}: {@link dev.epakit.cli.analysis.AgreementCommand}
 * ({@code epa agreement}: agreement between assessors on a double-marked sample), {@link
 * dev.epakit.cli.analysis.FunnelCommand} ({@code epa funnel}: funnel-plot control limits) and
 * {@link dev.epakit.cli.analysis.AssessorsCommand} ({@code epa assessors}: is an assessor grading
 * too harshly or too generously, with an optional HTML report to share).
 *
 * <p>The commands are thin adapters: files are read by {@code dev.epakit.io.ratings}, statistics
 * come from {@code dev.epakit.analysis}. Output is text for people or JSON for programs; the JSON
 * field names are a contract, documented in {@code docs/analysis.md}. Exit codes follow {@link
 * dev.epakit.cli.Epa}: 0 when the analysis ran (whatever it found), 1 when the input file has
 * bad rows, 2 for usage errors and unreadable files.
 */
package dev.epakit.cli.analysis;
