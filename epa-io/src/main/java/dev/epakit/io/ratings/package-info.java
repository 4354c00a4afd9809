/**
 * Assessors' ratings and graded results, read from CSV files for the quality-review statistics.
 *
 * <ul>
 *   <li>{@link dev.epakit.io.ratings.RatingsFile} reads a ratings file (units by raters, for the
 *       agreement statistics) into {@link dev.epakit.io.ratings.Ratings}: category codes with the
 *       category order used ({@link dev.epakit.io.ratings.CategoryOrigin}).
 *   <li>{@link dev.epakit.io.ratings.ResultsFile} reads a results file (one graded result per row,
 *       for assessor variance) into {@link dev.epakit.io.ratings.Results}: dictionary-encoded
 *       columns of primitives, so that millions of rows fit in a few tens of megabytes.
 * </ul>
 *
 * <p>Both stream the file through Jackson's CSV parser, accept only UTF-8 (a byte-order mark is
 * dropped), and never throw on bad input: they return {@code Validation<Seq<Diagnostic>, T>}, each
 * {@link dev.epakit.io.Diagnostic} naming its file, line and column (and the column's header name as
 * its field); {@link dev.epakit.io.ratings.CsvFileCode} lists the codes and tells a file that cannot
 * be read at all from one with wrong rows. Readers can report progress through {@link
 * dev.epakit.io.ratings.ReadProgress}. Values are immutable and thread-safe.
 */
package dev.epakit.io.ratings;
