/**
 * JMH benchmarks of EPA Kit, each beside a plain baseline measured in the same run: the rule
 * engine against {@link dev.epakit.benchmarks.SeniorLeaderByHand}, and the statistics against
 * straightforward two-pass computations. Run them as {@code docs/performance.md} describes.
 */
package dev.epakit.benchmarks;
