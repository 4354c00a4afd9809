/**
 * Grades: {@link dev.epakit.core.grade.GradeScale} (ordered grades, failing below passing, one
 * scale per assessment method and one for the overall grade), {@link
 * dev.epakit.core.grade.ScoreBands} (score thresholds of a scored test) and {@link
 * dev.epakit.core.grade.RecordAGradeGrade} (the grades the Record a grade service accepts).
 *
 * <p>All types are immutable and thread-safe; grade names are matched ignoring letter case.
 */
package dev.epakit.core.grade;
