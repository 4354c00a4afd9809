package dev.epakit.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.rules.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule catalogue in {@code docs/rules.md} and the code's catalogue must agree exactly. */
class RuleCatalogueTest {

  private static List<String> documentedRows() throws IOException {
    Path doc = Path.of(System.getProperty("basedir", "."), "..", "docs", "rules.md");
    return Files.readAllLines(doc, StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("| EPA-"))
        .map(String::strip)
        .collect(Collectors.toList());
  }

  private static String row(RuleDescription d) {
    return "| " + d.id() + " | " + d.title() + " | " + d.source().document() + " | " + d.source().text() + " |";
  }

  @Test
  void docsListEveryRuleOfTheCodeWithItsTitleAndSource() throws IOException {
    List<String> code = EpaRules.catalogue().map(RuleCatalogueTest::row).toJavaList();
    assertThat(documentedRows()).containsExactlyElementsOf(code);
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(EpaRules.catalogue().map(RuleDescription::id).distinct().size())
        .isEqualTo(EpaRules.catalogue().size());
  }

  @Test
  void everyRuleHasAnExampleTest() throws IOException {
    Path examples = Path.of(System.getProperty("basedir", "."),
        "src", "test", "java", "dev", "epakit", "rules", "journey", "EpaRulesExamplesTest.java");
    String text = Files.readString(examples, StandardCharsets.UTF_8);
    for (RuleDescription d : EpaRules.catalogue()) {
      assertThat(text).as("an example of %s", d.id()).contains(d.id().value());
    }
  }
}
