package dev.epakit.junit;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The helper used as a consumer would: every example plan of the documentation passes. */
class ExamplePlansTest {

  @TestFactory
  Stream<DynamicTest> examplePlans() {
    return EpaPlans.validate(Path.of("../docs/examples/plans"));
  }
}
