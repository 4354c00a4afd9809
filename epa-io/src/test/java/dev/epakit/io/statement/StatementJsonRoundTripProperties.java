package dev.epakit.io.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.outcome.ResultStatement;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.MethodId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Lossless round trip of the result statement as JSON: every statement written, read back by a
 * plain JSON parser (grades looked up by name in the plan's scale), is the statement written,
 * together with the EPAO's settings.
 */
class StatementJsonRoundTripProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final GradeScale SCALE = GradeScale.failPassMeritDistinction();
  private static final Pattern PERIOD = Pattern.compile("(\\d+) (working )?days");

  @Property(tries = 500)
  void everyStatementSurvivesWriteThenRead(@ForAll("statements") ResultStatement s,
      @ForAll("settings") StatementSettings settings) {
    JsonNode j = MAPPER.readTree(StatementDocument.render(s, settings, StatementDocument.Format.JSON));

    List<ResultStatement.MethodResult> methods = new ArrayList<>();
    for (JsonNode m : j.get("methods")) {
      Grade grade = grade(m.get("grade"));
      assertThat(m.get("failed").asBoolean()).isEqualTo(!grade.passing());
      methods.add(new ResultStatement.MethodResult(MethodId.of(m.get("method").asString()), m.get("name").asString(),
          grade));
    }
    List<MethodId> failed = new ArrayList<>();
    j.get("failedMethods").forEach(f -> failed.add(MethodId.of(f.asString())));
    Matcher period = PERIOD.matcher(j.get("appealPeriod").asString());
    assertThat(period.matches()).isTrue();
    int length = Integer.parseInt(period.group(1));
    Standard standard = Standard.of(j.get("standard").asString(), j.get("version").asString());
    Optional<String> option = text(j.get("option"));
    ResultStatement back = new ResultStatement(
        new Apprentice(Uln.of(j.get("uln").asString()), j.get("givenNames").asString(), j.get("familyName").asString()),
        option.map(standard::withOption).orElse(standard),
        j.get("plan").asString(), LocalDate.parse(j.get("asOf").asString()), io.vavr.collection.List.ofAll(methods),
        grade(j.get("overall")), io.vavr.collection.List.ofAll(failed),
        j.get("furtherTrainingNeeded").isNull() ? Optional.empty()
            : Optional.of(j.get("furtherTrainingNeeded").asBoolean()),
        j.get("wholeEpaRequired").asBoolean(), text(j.get("resitDeadline")).map(LocalDate::parse),
        text(j.get("retakeDeadline")).map(LocalDate::parse), text(j.get("resitCap")).map(n -> SCALE.find(n).get()),
        text(j.get("retakeCap")).map(n -> SCALE.find(n).get()), LocalDate.parse(j.get("appealDeadline").asString()),
        period.group(2) == null ? AppealPeriod.calendarDays(length) : AppealPeriod.workingDays(length));

    assertThat(back).isEqualTo(s);
    assertThat(new StatementSettings(j.get("organisation").asString(), j.get("howToAppeal").asString()))
        .isEqualTo(settings);
  }

  private static Grade grade(JsonNode name) {
    return SCALE.find(name.asString()).get();
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString());
  }

  @Provide
  Arbitrary<ResultStatement> statements() {
    Arbitrary<Uln> uln = Arbitraries.integers().between(100_000_000, 999_999_999)
        .map(String::valueOf)
        .filter(s -> Uln.checkDigit(s) >= 0)
        .map(s -> Uln.of(s + Uln.checkDigit(s)))
        .filter(u -> !u.value().equals(Uln.NOT_KNOWN));
    Arbitrary<Standard> standard = Combinators.combine(Arbitraries.integers().between(1, 9999),
            Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99), text().optional())
        .as((ref, major, minor, option) -> {
          Standard st = Standard.of(String.format("ST%04d", ref), major + "." + minor);
          return option.filter(o -> !o.isBlank()).map(st::withOption).orElse(st);
        });
    Arbitrary<Grade> grade = Arbitraries.of(SCALE.grades().asJava());
    Arbitrary<MethodId> method = Arbitraries.of("project", "discussion", "test", "observation-2").map(MethodId::of);
    Arbitrary<ResultStatement.MethodResult> result = Combinators.combine(method, text(), grade)
        .as(ResultStatement.MethodResult::new);
    Arbitrary<AppealPeriod> period = Combinators.combine(Arbitraries.integers().between(1, 90),
        Arbitraries.of(AppealPeriod.Unit.class)).as(AppealPeriod::new);
    Arbitrary<Apprentice> apprentice = Combinators.combine(uln, text(), text()).as(Apprentice::new);
    return Combinators.combine(apprentice, standard, text(), date(), result.list().ofMaxSize(4), grade,
            method.list().ofMaxSize(3), Arbitraries.of(true, false).optional())
        .flatAs((a, st, title, asOf, methods, overall, failed, training) -> Combinators.combine(
                Arbitraries.of(true, false), date().optional(), date().optional(), grade.optional(), grade.optional(),
                date(), period)
            .as((whole, resit, retake, resitCap, retakeCap, appeal, p) -> new ResultStatement(a, st, title, asOf,
                io.vavr.collection.List.ofAll(methods), overall, io.vavr.collection.List.ofAll(failed), training, whole, resit, retake, resitCap, retakeCap, appeal, p)));
  }

  @Provide
  Arbitrary<StatementSettings> settings() {
    return Combinators.combine(text().filter(t -> !t.isBlank()), text().filter(t -> !t.isBlank()))
        .as(StatementSettings::new);
  }

  private static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 4000).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
  }

  /** Any text without lone surrogates, quotes, backslashes and controls included. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars('\uE000', '\uFFFD', '"', '\\')
        .ofMaxLength(12);
  }
}
