/**
 * Assessment results as CSV files for the quality-review commands: {@link
 * dev.epakit.io.assessments.AssessmentCsv} streams rows with line-numbered diagnostics, and {@link
 * dev.epakit.io.assessments.GradeOrder} orders grade names as the Record a grade service names
 * them. Stateless and thread-safe.
 */
package dev.epakit.io.assessments;
