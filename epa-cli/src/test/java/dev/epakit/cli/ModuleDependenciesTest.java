package dev.epakit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module graph of the design notes (section 2), checked over every module at once from the
 * one module that sees them all: core <- rules <- io <- cli and core <- analysis <- cli, and
 * nothing depends on the command line. (Core and rules are also checked for clocks and I/O in
 * epa-rules.)
 */
class ModuleDependenciesTest {

  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar")) // test fixtures of epa-io
      .importPackages("dev.epakit");

  @Test
  void analysisDependsOnlyOnCore() {
    noClasses().that().resideInAPackage("dev.epakit.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.epakit.rules..", "dev.epakit.io..", "dev.epakit.cli..")
        .check(ALL);
  }

  @Test
  void ioDependsOnlyOnCoreAndRules() {
    noClasses().that().resideInAPackage("dev.epakit.io..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.epakit.analysis..", "dev.epakit.cli..")
        .check(ALL);
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("dev.epakit.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.epakit.cli..")
        .check(ALL);
  }
}
