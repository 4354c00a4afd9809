/**
 * The {@code epa severity} command: many-facet Rasch measurement of assessor severity from a CSV
 * of ratings, as text or JSON, and an HTML fragment (a forest plot) for the quality-review report.
 */
package dev.epakit.cli.severity;
