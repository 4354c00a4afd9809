package dev.epakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Shared checks of the value contract: equality, hashing and the shape of refused input. Not a test
 * class itself; the contract tests of each package call it.
 */
public final class Contracts {

  private Contracts() {}

  /** Asserts that two separately made values are equal in every way a map or a set would notice. */
  public static void assertEqualValues(Object a, Object b) {
    assertThat(a).isNotSameAs(b);
    assertThat(a).isEqualTo(a);
    assertThat(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a.toString()).isEqualTo(b.toString());
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(new Object())).isFalse();
  }

  /** Asserts that two values differ, seen from either side. */
  public static void assertDifferentValues(Object a, Object b) {
    assertThat(a).isNotEqualTo(b);
    assertThat(b).isNotEqualTo(a);
  }

  /** Asserts the result is valid and returns its value. */
  public static <T> T valid(Validation<Seq<Problem>, T> result) {
    assertThat(result.isValid())
        .as("expected a valid result, got %s", result.isInvalid() ? result.getError() : "")
        .isTrue();
    return result.get();
  }

  /** Asserts the result is invalid and returns its problems, each with a message for people. */
  public static List<Problem> problems(Validation<Seq<Problem>, ?> result) {
    assertThat(result.isInvalid()).as("expected problems, got %s", result).isTrue();
    List<Problem> problems = result.getError().toJavaList();
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    return problems;
  }

  /** Asserts the result is invalid and returns the codes of its problems, in order. */
  public static List<String> codes(Validation<Seq<Problem>, ?> result) {
    return problems(result).stream().map(Problem::code).toList();
  }

  /** Asserts the result is invalid with exactly one problem and returns it. */
  public static Problem onlyProblem(Validation<Seq<Problem>, ?> result) {
    List<Problem> problems = problems(result);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}
