package dev.epakit.cli.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The pipeline of {@code journey check}: results in input order, whatever the threads; failures surface. */
class PipelineTest {

  /** Each batch's items, squared, after a random pause so that batches finish out of order. */
  private static List<Integer> squares(List<Integer> batch) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return batch.stream().map(i -> i * i).toList();
  }

  private static List<Integer> run(int threads, int items) {
    List<Integer> out = new ArrayList<>();
    try (Pipeline<Integer, List<Integer>> p = new Pipeline<>(threads, PipelineTest::squares, out::addAll)) {
      for (int i = 0; i < items; i++) {
        p.add(i);
      }
    }
    return out;
  }

  @Test
  void resultsComeInInputOrderWithAnyNumberOfThreads() {
    int items = Pipeline.BATCH * 40 + 17;
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      expected.add(i * i);
    }
    for (int threads : new int[] {1, 2, 3, 8}) {
      assertThat(run(threads, items)).as("%d threads", threads).isEqualTo(expected);
    }
    assertThat(run(4, 0)).isEmpty();
    assertThat(run(4, 5)).containsExactly(0, 1, 4, 9, 16);
  }

  @Test
  void aFailureOfTheWorkOrTheSinkIsRethrown() {
    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> {
        try (Pipeline<Integer, Integer> p = new Pipeline<>(threads, b -> {
          if (b.contains(Pipeline.BATCH * 3)) {
            throw new IllegalArgumentException("work failed");
          }
          return b.size();
        }, r -> {})) {
          for (int i = 0; i < Pipeline.BATCH * 50; i++) {
            p.add(i);
          }
        }
      }).hasMessage("work failed");
      assertThatThrownBy(() -> {
        try (Pipeline<Integer, Integer> p = new Pipeline<>(threads, List::size, r -> {
          throw new IllegalStateException("sink failed");
        })) {
          for (int i = 0; i < Pipeline.BATCH * 50; i++) {
            p.add(i);
          }
        }
      }).hasMessage("sink failed");
    }
  }
}
