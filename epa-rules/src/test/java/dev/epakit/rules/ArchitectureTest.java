package dev.epakit.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the design notes (section 2): dependencies point one way, and neither the
 * domain values nor the rule engine read a clock or do I/O. Decisions take their date from the
 * caller.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.epakit.core", "dev.epakit.rules");

  /** Reading the current time from anywhere: {@code now()}, a {@code Clock}, or the system timers. */
  static final DescribedPredicate<JavaMethodCall> READS_CLOCK = new DescribedPredicate<>("read the clock") {
    @Override
    public boolean test(JavaMethodCall call) {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      return (owner.startsWith("java.time.") && name.equals("now"))
          || owner.equals("java.time.Clock")
          || owner.equals("java.time.InstantSource")
          || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    }
  };

  static final ArchRule NO_CLOCK = noClasses().that().resideInAnyPackage("dev.epakit.core..", "dev.epakit.rules..")
      .should().callMethodWhere(READS_CLOCK)
      .because("decisions are pure: the caller passes the date (design notes, section 3)");

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.epakit.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.epakit.rules..", "dev.epakit.analysis..", "dev.epakit.io..", "dev.epakit.cli..")
        .check(MAIN);
  }

  @Test
  void rulesDependOnlyOnCore() {
    noClasses().that().resideInAPackage("dev.epakit.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.epakit.analysis..", "dev.epakit.io..", "dev.epakit.cli..")
        .check(MAIN);
  }

  @Test
  void coreAndRulesReadNoClock() {
    NO_CLOCK.check(MAIN);
  }

  @Test
  void coreAndRulesDoNoIo() {
    noClasses().that().resideInAnyPackage("dev.epakit.core..", "dev.epakit.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|.*Stream|.*Reader|.*Writer).*")
        .check(MAIN);
  }

  @Test
  void packagesAreNamedAfterTheDomain() {
    noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helpers..", "..impl..", "..common..")
        .check(MAIN);
  }

  /** The clock rule is not vacuous: it catches a class that reads the date. */
  @Test
  void clockRuleCatchesAClockRead() {
    JavaClasses fixture = new ClassFileImporter().importClasses(ClockReader.class);
    assertThat(noClasses().should().callMethodWhere(READS_CLOCK).evaluate(fixture).hasViolation()).isTrue();
  }

  /** A class that does what the engine must not. */
  static final class ClockReader {
    LocalDate today() {
      return LocalDate.now();
    }
  }
}
