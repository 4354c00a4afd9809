package dev.epakit.analysis.feedback;

import dev.epakit.core.journey.Party;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Counts feedback ratings from apprentices, employers and training providers by party and period:
 * the GOV.UK guidance asks end-point assessment organisations to seek feedback from all three and
 * to use it in their review.
 *
 * <p>Ratings are integers on a declared scale, such as 1 to 5. The accumulator is mergeable: {@link
 * #combine} is associative and commutative, so the same code runs over a stream, in parallel or
 * inside a distributed aggregation. Mutable and not thread-safe; {@link #result()} gives an
 * immutable summary.
 */
public final class FeedbackAccumulator {

  private final int lowest;
  private final int highest;
  private final int periods;
  private final long[][][] counts; // [party][period][rating - lowest]

  private FeedbackAccumulator(int lowest, int highest, int periods) {
    this.lowest = lowest;
    this.highest = highest;
    this.periods = periods;
    this.counts = new long[Party.values().length][periods][highest - lowest + 1];
  }

  /**
   * Creates an empty accumulator.
   *
   * @param lowest the lowest rating of the scale
   * @param highest the highest rating, above {@code lowest} and at most 100 above it
   * @param periods the number of periods, at least 1
   * @return a new accumulator, never {@code null}
   * @throws IllegalArgumentException if the scale or the number of periods is out of range
   */
  public static FeedbackAccumulator of(int lowest, int highest, int periods) {
    if (highest <= lowest || (long) highest - lowest > 100 || periods < 1) {
      throw new IllegalArgumentException(
          "need lowest < highest <= lowest + 100 and at least one period");
    }
    return new FeedbackAccumulator(lowest, highest, periods);
  }

  /**
   * Adds one rating.
   *
   * @param party who gave it, not null
   * @param period its period index in {@code 0..periods-1}
   * @param rating the rating, on the scale
   * @return this accumulator
   * @throws IllegalArgumentException if the period or rating is out of range
   */
  public FeedbackAccumulator add(Party party, int period, int rating) {
    Objects.requireNonNull(party, "party");
    if (period < 0 || period >= periods || rating < lowest || rating > highest) {
      throw new IllegalArgumentException(
          "period " + period + " or rating " + rating + " out of range");
    }
    counts[party.ordinal()][period][rating - lowest]++;
    return this;
  }

  /**
   * Adds another accumulator's counts to this one.
   *
   * @param other an accumulator with the same scale and periods, not null
   * @return this accumulator
   * @throws IllegalArgumentException if the scales or periods differ
   */
  public FeedbackAccumulator combine(FeedbackAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other.lowest != lowest || other.highest != highest || other.periods != periods) {
      throw new IllegalArgumentException("accumulators differ in scale or periods");
    }
    for (int p = 0; p < counts.length; p++) {
      for (int t = 0; t < periods; t++) {
        for (int r = 0; r < counts[p][t].length; r++) {
          counts[p][t][r] += other.counts[p][t][r];
        }
      }
    }
    return this;
  }

  /**
   * Summarises the ratings: one cell per party and period that has ratings, by party then period.
   *
   * @return an unmodifiable list, never {@code null}
   */
  public List<FeedbackCell> result() {
    List<FeedbackCell> cells = new ArrayList<>();
    for (Party party : Party.values()) {
      for (int t = 0; t < periods; t++) {
        long[] c = counts[party.ordinal()][t];
        long n = 0;
        double sum = 0;
        for (int r = 0; r < c.length; r++) {
          n += c[r];
          sum += (double) c[r] * (r + lowest);
        }
        if (n == 0) {
          continue;
        }
        double mean = sum / n;
        double ss = 0;
        for (int r = 0; r < c.length; r++) {
          ss += c[r] * (r + lowest - mean) * (r + lowest - mean);
        }
        OptionalDouble sd = n > 1 ? OptionalDouble.of(Math.sqrt(ss / (n - 1))) : OptionalDouble.empty();
        OptionalDouble se = n > 1 ? OptionalDouble.of(sd.getAsDouble() / Math.sqrt(n))
            : OptionalDouble.empty();
        cells.add(new FeedbackCell(party, t, n, mean, sd, se,
            Arrays.stream(c).boxed().toList()));
      }
    }
    return List.copyOf(cells);
  }
}
