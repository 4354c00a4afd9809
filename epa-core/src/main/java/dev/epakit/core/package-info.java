/**
 * The EPA domain's shared vocabulary: {@link dev.epakit.core.Problem}, the reason a piece of user
 * input was refused.
 *
 * <p>Sub-packages hold the values themselves: {@code identity} (ULN, standard, EPAO, UKPRN,
 * assessor), {@code grade} (grade scales and score bands), {@code plan} (assessment plans and their
 * resit and retake policy), {@code journey} (the dated facts of an apprentice's EPA) and {@code
 * outcome} (result statements). Everything here is immutable, checked at construction and free of
 * I/O, clocks and rules.
 */
package dev.epakit.core;
