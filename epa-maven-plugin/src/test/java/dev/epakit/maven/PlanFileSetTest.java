package dev.epakit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFileSetTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
      "**/*.yaml, plan.yaml, true",
      "**/*.yaml, a/b/plan.yaml, true",
      "**/*.yaml, plan.yml, false",
      "*.yaml, plan.yaml, true",
      "*.yaml, a/plan.yaml, false",
      "a/**/plan.yaml, a/plan.yaml, true",
      "a/**/plan.yaml, a/b/c/plan.yaml, true",
      "a/**/plan.yaml, b/plan.yaml, false",
      "a/**, a/b/plan.yaml, true",
      "a/, a/b/plan.yaml, true",
      "/a/*.json, a/plan.json, true",
      "plan-?.yaml, plan-1.yaml, true",
      "plan-?.yaml, plan-10.yaml, false",
      "plan.yaml, plan-yaml, false",
      "(x)+.yaml, (x)+.yaml, true",
  })
  void patternsFollowAntStyle(String pattern, String path, boolean matches) {
    PlanFileSet set = new PlanFileSet(List.of(pattern), List.of());
    assertThat(set.chosen(path)).isEqualTo(matches);
  }

  @Test
  void defaultsChooseYamlYmlAndJsonButNotHiddenFiles() {
    PlanFileSet set = new PlanFileSet(null, null);
    assertThat(set.chosen("a.yaml")).isTrue();
    assertThat(set.chosen("x/a.yml")).isTrue();
    assertThat(set.chosen("a.json")).isTrue();
    assertThat(set.chosen("A.YAML")).isTrue();
    assertThat(set.chosen("a.txt")).isFalse();
    assertThat(set.chosen(".a.yaml")).isFalse();
    assertThat(set.chosen(".cache/a.yaml")).isFalse();
  }

  @Test
  void excludesWin() {
    PlanFileSet set = new PlanFileSet(List.of(), List.of("drafts/**"));
    assertThat(set.chosen("drafts/a.yaml")).isFalse();
    assertThat(set.chosen("final/a.yaml")).isTrue();
  }

  @Test
  void selectsSortedFilesAndNothingFromAMissingDirectory(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/z.yaml"), "");
    Files.writeString(dir.resolve("a.json"), "");
    Files.writeString(dir.resolve("c.txt"), "");

    PlanFileSet set = new PlanFileSet(null, null);
    assertThat(set.select(dir)).containsExactly(dir.resolve("a.json"), dir.resolve("b/z.yaml"));
    assertThat(set.select(dir.resolve("missing"))).isEmpty();
  }
}
