package dev.epakit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();

  private ValidateMojo mojo() {
    ValidateMojo mojo = new ValidateMojo();
    mojo.directory = dir.toFile();
    mojo.setLog(log);
    return mojo;
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  @Test
  void validPlansPassAndAreCounted() throws Exception {
    write("a.yaml", Plans.VALID);
    write("nested/b.yml", Plans.VALID);

    mojo().execute();

    assertThat(log.at("error")).isEmpty();
    assertThat(log.at("info")).containsExactly("Validated 2 plan files: 0 errors, 0 warnings");
  }

  @Test
  void anErrorIsLoggedLikeACompilerAndFailsTheBuild() throws Exception {
    Path bad = write("bad.yaml", Plans.MISSPELT_KEY);
    write("good.yaml", Plans.VALID);

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("2 plan files: 1 error, 0 warnings");
    assertThat(log.at("error")).singleElement().asString()
        .startsWith(bad.toAbsolutePath() + ":23:3: error key.unknown ");
  }

  @Test
  void aWarningIsLoggedAndPassesUnlessFailOnWarning() throws Exception {
    Path file = write("plan.yaml", Plans.NO_SOURCE);

    mojo().execute();
    assertThat(log.at("warn")).singleElement().asString()
        .startsWith(file.toAbsolutePath() + ":").contains(": warning source.missing ");

    ValidateMojo strict = mojo();
    strict.failOnWarning = true;
    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("0 errors, 1 warning")
        .hasMessageContaining("failOnWarning");
  }

  @Test
  void noPlansIsAWarningUnlessFailIfNoPlans() throws Exception {
    write("notes.txt", "not a plan");

    mojo().execute();
    assertThat(log.at("warn")).singleElement().asString().startsWith("No assessment-plan files to validate in ");

    ValidateMojo strict = mojo();
    strict.failIfNoPlans = true;
    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("failIfNoPlans");
  }

  @Test
  void aMissingDirectoryHoldsNoPlans() throws Exception {
    ValidateMojo mojo = mojo();
    mojo.directory = dir.resolve("src/main/epa").toFile();

    mojo.execute();

    assertThat(log.at("warn")).singleElement().asString().contains("src");
  }

  @Test
  void includesAndExcludesChooseTheFiles() throws Exception {
    write("plans/good.yaml", Plans.VALID);
    write("plans/draft/broken.yaml", Plans.MISSPELT_KEY);
    write("other/broken.json", "{");

    ValidateMojo mojo = mojo();
    mojo.includes = List.of("plans/**");
    mojo.excludes = List.of("**/draft/**");
    mojo.execute();

    assertThat(log.at("info")).containsExactly("Validated 1 plan file: 0 errors, 0 warnings");
  }

  @Test
  void skipChecksNothing() throws Exception {
    write("bad.yaml", Plans.MISSPELT_KEY);
    ValidateMojo mojo = mojo();
    mojo.skip = true;

    mojo.execute();

    assertThat(log.at("info")).singleElement().asString().startsWith("Skipping");
    assertThat(log.at("error")).isEmpty();
  }
}
