/**
 * The {@code epa materials} command: whether assessment materials function as intended, from a CSV
 * of results, as text or JSON, and an HTML fragment (pass rate by period, sites side by side) for
 * the quality-review report.
 */
package dev.epakit.cli.materials;
