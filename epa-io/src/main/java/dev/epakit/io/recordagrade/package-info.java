/**
 * Request bodies for the Record a grade service (the apprentice assessment service): EPA records
 * and certificate requests built from checked journeys ({@link
 * dev.epakit.io.recordagrade.RecordAGradeExport}), a pre-flight check that reports what the
 * service would refuse and what EPA Kit's rules refuse, each with the apprentice's ULN and the
 * field ({@link dev.epakit.io.recordagrade.PreflightFinding}), and the JSON the service takes
 * ({@link dev.epakit.io.recordagrade.RecordAGradeJson}).
 *
 * <p>The service's own checks (design notes, section 4): ULNs in 1000000000..9999999999 (no check
 * digit), EPA and achievement dates from 2017-01-01 up to today, its grade set ({@link
 * dev.epakit.core.grade.RecordAGradeGrade}), no Fail on a certificate request, UK postcodes, and its
 * required fields. It keeps resit and retake only as unchecked flags, so the eligibility rules are
 * checked here before anything is sent.
 */
package dev.epakit.io.recordagrade;
