package dev.epakit.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.MethodId;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The result statement documents: content in every format, and escaping of every value. */
class StatementDocumentTest {

  static final GradeScale FPD = GradeScale.failPassDistinction();

  static ResultStatement statement(String family, String methodName) {
    return new ResultStatement(new Apprentice(Uln.of("1000102504"), "Ada", family), Standard.of("ST0480", "1.0"),
        "Senior <leader>", LocalDate.of(2025, 2, 20),
        List.of(new ResultStatement.MethodResult(MethodId.of("project"), methodName, FPD.find("Fail").get()),
            new ResultStatement.MethodResult(MethodId.of("discussion"), "Discussion", FPD.find("Pass").get())),
        FPD.find("Fail").get(), List.of(MethodId.of("project")), Optional.of(false), false,
        Optional.of(LocalDate.of(2025, 5, 14)), Optional.of(LocalDate.of(2025, 8, 14)),
        Optional.of(FPD.find("Pass").get()), Optional.empty(), LocalDate.of(2025, 3, 14), AppealPeriod.workingDays(20));
  }

  static final StatementSettings SETTINGS = new StatementSettings("EPAO \"One\" & Co", "email <appeals@example.org>");

  @Test
  void everyFormatSaysTheSameThings() {
    ResultStatement s = statement("Lovelace", "Project");
    for (StatementDocument.Format f : StatementDocument.Format.values()) {
      String doc = StatementDocument.render(s, SETTINGS, f);
      assertThat(doc).as(f.name()).contains("1000102504", "ST0480", "Project", "Fail",
          f == StatementDocument.Format.JSON ? "2025-05-14" : "14 May 2025");
    }
    String text = StatementDocument.render(s, SETTINGS, StatementDocument.Format.TEXT);
    assertThat(text).contains("No further training is needed: the failed methods can be taken again as a resit.")
        .contains("capped at Pass unless exceptional circumstances", "the overall grade will not be capped")
        .contains("appeal by 14 March 2025 (20 working days");
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = StatementDocument.render(statement("<img src=x onerror=alert(1)>", "P&L <b>"), SETTINGS,
        StatementDocument.Format.HTML);
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;", "P&amp;L &lt;b&gt;", "Senior &lt;leader&gt;",
        "EPAO &quot;One&quot; &amp; Co", "email &lt;appeals@example.org&gt;");
    assertThat(html).doesNotContain("<img", "<b>", "<script", "<link", "http://", "https://");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>");
  }

  @Test
  void markdownEscapesItsSyntax() {
    String md = StatementDocument.render(statement("*Bold* [link](x) | pipe", "Project"), SETTINGS,
        StatementDocument.Format.MARKDOWN);
    assertThat(md).contains("\\*Bold\\* \\[link\\]\\(x\\) \\| pipe");
  }

  @Test
  void jsonEscapesQuotes() {
    String json = StatementDocument.render(statement("O\"Brien\\", "Project"), SETTINGS, StatementDocument.Format.JSON);
    assertThat(json).contains("\"familyName\":\"O\\\"Brien\\\\\"");
  }
}
