package dev.epakit.maven;

import dev.epakit.io.Diagnostic;
import dev.epakit.io.plan.PlanValidation;
import dev.epakit.io.plan.PlanValidationReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code epa:validate}: checks the project's assessment-plan files and fails the build when one of
 * them has an error (or, with {@code failOnWarning}, a warning).
 *
 * <p>Every diagnostic is logged as compilers write them, {@code file:line:col: severity CODE
 * message}, errors at level error and warnings at level warning. The checking itself is {@link
 * PlanValidation#validateAll(java.util.Collection)}, the same call as behind {@code epa plan
 * validate}, so the plugin and the command line always agree.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {

  /** The directory holding the plan files. */
  @Parameter(property = "epa.directory", defaultValue = "${project.basedir}/src/main/epa", required = true)
  File directory;

  /**
   * Ant-style patterns, relative to {@code directory}, of the files to check. Default: {@code
   * **}{@code /*.yaml}, {@code **}{@code /*.yml} and {@code **}{@code /*.json}.
   */
  @Parameter
  List<String> includes;

  /** Ant-style patterns, relative to {@code directory}, of files not to check. Default: none. */
  @Parameter
  List<String> excludes;

  /** Whether warnings fail the build too, not only errors. */
  @Parameter(property = "epa.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /** Whether finding no plan file fails the build; otherwise it is a warning. */
  @Parameter(property = "epa.failIfNoPlans", defaultValue = "false")
  boolean failIfNoPlans;

  /** Whether to skip the check. */
  @Parameter(property = "epa.skip", defaultValue = "false")
  boolean skip;

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  /**
   * Checks the plan files and logs every diagnostic.
   *
   * @throws MojoFailureException when a plan has an error, or a warning with {@code failOnWarning},
   *     or when there is no plan and {@code failIfNoPlans} is set
   * @throws MojoExecutionException when the directory cannot be read
   */
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Skipping assessment-plan validation (epa.skip)");
      return;
    }
    Path root = directory.toPath().toAbsolutePath().normalize();
    PlanFileSet fileSet = new PlanFileSet(includes, excludes);
    List<Path> files;
    try {
      files = fileSet.select(root);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("Cannot read the plan directory " + root + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      String message = "No assessment-plan files to validate in " + root + " (includes "
          + (includes == null || includes.isEmpty() ? PlanFileSet.DEFAULT_INCLUDES : includes)
          + (excludes == null || excludes.isEmpty() ? "" : ", excludes " + excludes) + ")";
      if (failIfNoPlans) {
        throw new MojoFailureException(message + "; failIfNoPlans is set");
      }
      log.warn(message);
      return;
    }

    PlanValidationReport report = PlanValidation.validateAll(files);
    for (Diagnostic d : report.diagnostics()) {
      if (d.isError()) {
        log.error(d.toString());
      } else {
        log.warn(d.toString());
      }
    }
    String summary = summary(report);
    if (!report.passes(failOnWarning)) {
      throw new MojoFailureException("Assessment-plan validation failed: " + summary
          + (failOnWarning && report.errorCount() == 0 ? " (failOnWarning is set)" : "")
          + "; see the diagnostics above");
    }
    log.info("Validated " + summary);
  }

  private static String summary(PlanValidationReport report) {
    int files = report.files().size();
    int errors = report.errorCount();
    int warnings = report.warningCount();
    return files + " plan file" + (files == 1 ? "" : "s") + ": "
        + errors + " error" + (errors == 1 ? "" : "s") + ", "
        + warnings + " warning" + (warnings == 1 ? "" : "s");
  }
}
