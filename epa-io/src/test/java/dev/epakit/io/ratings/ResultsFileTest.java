package dev.epakit.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsFileTest {

  static Validation<Seq<Diagnostic>, Results> read(String csv, String... scale) {
    return read(csv.getBytes(StandardCharsets.UTF_8), scale);
  }

  static Validation<Seq<Diagnostic>, Results> read(byte[] csv, String... scale) {
    return ResultsFile.read("results.csv", new ByteArrayInputStream(csv), List.of(scale), ReadProgress.NONE);
  }

  @Test
  void readsColumnsInAnyOrderAndCaseIgnoringOtherColumns() {
    Results r = read("""
        ULN,Grade,Assessor,Standard,Method,Date,Provider
        1000102504,pass,A-01,ST0480,project,2025-03-14,10000001
        9276308686,Fail,A-02,ST0480,discussion,14/02/2025,10000001

        1234567899,DISTINCTION,A-01,ST0116,project,,10000002
        """).get();
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.assessors()).containsExactly("A-01", "A-02");
    assertThat(r.standards()).containsExactly("ST0480", "ST0116");
    assertThat(r.methods()).containsExactly("project", "discussion");
    assertThat(r.providers()).containsExactly("10000001", "10000002");
    // Standard grades in use only, in their order; Merit never used.
    assertThat(r.grades()).containsExactly("Fail", "Pass", "Distinction");
    assertThat(r.gradeOrigin()).isEqualTo(CategoryOrigin.STANDARD_GRADES);
    assertThat(r.grade(0)).isEqualTo(1);
    assertThat(r.isPass(0)).isTrue();
    assertThat(r.isPass(1)).isFalse();
    assertThat(r.isPass(2)).isTrue();
    assertThat(r.assessor(2)).isZero();
    assertThat(r.standard(2)).isEqualTo(1);
    assertThat(r.firstDate()).contains(LocalDate.of(2025, 2, 14));
    assertThat(r.lastDate()).contains(LocalDate.of(2025, 3, 14));
  }

  @Test
  void withoutOptionalColumnsEveryRowIsInOneStratum() {
    Results r = read("assessor,grade\nA,Pass\nB,Fail\n").get();
    assertThat(r.standards()).containsExactly("");
    assertThat(r.methods()).containsExactly("");
    assertThat(r.firstDate()).isEmpty();
  }

  @Test
  void aDeclaredScaleFixesTheOrderAndTheFirstGradeFails() {
    Results r = read("assessor,grade\nA,Good\nB,not yet\nC,good\n", "Not yet", "Good", "Excellent").get();
    assertThat(r.grades()).containsExactly("Not yet", "Good", "Excellent");
    assertThat(r.gradeOrigin()).isEqualTo(CategoryOrigin.DECLARED);
    assertThat(r.grade(0)).isEqualTo(1);
    assertThat(r.grade(1)).isZero();
    assertThat(r.isPass(1)).isFalse();
    assertThat(r.isPass(2)).isTrue();
  }

  @Test
  void reportsEveryBadRowWithItsLineAndColumn() {
    Seq<Diagnostic> problems = read("""
        assessor,grade,date
        A,Pass,2025-01-01
        ,Pass,2025-01-01
        B,Pas,2025-01-01
        C,Pass
        D,Merit,2025-13-01
        E,,2025-01-01
        """).getError();
    assertThat(problems).extracting(Diagnostic::toString).containsExactly(
        "results.csv:3:1: error assessor.blank column 'assessor': the assessor is blank",
        "results.csv:4:2: error grade.unknown column 'grade': unknown grade 'Pas': expected one of"
            + " Fail, Pass, Merit, Distinction (declare the grade scale to use other grades)",
        "results.csv:5: error row.width the row has 2 values but the header has 3 columns",
        "results.csv:6:3: error date.invalid column 'date': '2025-13-01' is not a date (expected"
            + " YYYY-MM-DD or DD/MM/YYYY)",
        "results.csv:7:2: error grade.blank column 'grade': the grade is blank");
    assertThat(problems).allMatch(p -> !CsvFileCode.isUnreadable(p) && p.isError());
    assertThat(problems.get(1).field()).isEqualTo("grade");
    assertThat(problems.get(2).field()).isEmpty();
  }

  @Test
  void unknownGradeAgainstADeclaredScale() {
    Seq<Diagnostic> problems = read("assessor,grade\nA,Merit\n", "Fail", "Pass").getError();
    assertThat(problems.head().code()).isEqualTo("grade.unknown");
    assertThat(problems.head().message()).contains("the declared scale is Fail, Pass");
  }

  @Test
  void missingColumnsMakeTheFileUnreadable() {
    Seq<Diagnostic> problems = read("name,result\nA,Pass\n").getError();
    assertThat(problems).hasSize(2).allMatch(CsvFileCode::isUnreadable);
    assertThat(problems.head().toString())
        .startsWith("results.csv:1: error header.missing the header has no 'assessor' column; it has: name, result");
  }

  @Test
  void emptyFileAndHeaderOnly() {
    assertThat(read("").getError().head().code()).isEqualTo("file.empty");
    assertThat(read("\n\n").getError().head().code()).isEqualTo("file.empty");
    assertThat(read("assessor,grade\n").getError().head().code()).isEqualTo("file.no-results");
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() {
    byte[] csv = "assessor,grade\nA,Pass\nB,Pass\nC\u00e9,Fail\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic p = read(csv).getError().head();
    assertThat(CsvFileCode.isUnreadable(p)).isTrue();
    assertThat(p.code()).isEqualTo("file.encoding");
    assertThat(p.line()).isEqualTo(4);
  }

  @Test
  void aByteOrderMarkIsDropped() {
    byte[] csv = "\uFEFFassessor,grade\nA,Pass\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(csv).get().assessors()).containsExactly("A");
  }

  @Test
  void brokenQuotingIsUnreadable() {
    Diagnostic p = read("assessor,grade\nA,Pass\n\"B,Pass\n").getError().head();
    assertThat(CsvFileCode.isUnreadable(p)).isTrue();
    assertThat(p.code()).isEqualTo("csv.syntax");
  }

  @Test
  void quotedCellsMayHoldCommasAndNewlinesAndLinesStayTrue() {
    Results r = read("assessor,grade\n\"Smith, J\",Pass\n\"two\nlines\",Fail\n").get();
    assertThat(r.assessors()).containsExactly("Smith, J", "two\nlines");
    Diagnostic p = read("assessor,grade\n\"Smith, J\",Pass\n\"two\nlines\",Fail\nB,Pas\n").getError().head();
    assertThat(p.line()).isEqualTo(5);
  }

  @Test
  void manyProblemsAreCountedButTheListStaysShort() {
    StringBuilder csv = new StringBuilder("assessor,grade\n");
    for (int i = 0; i < 250; i++) {
      csv.append("A,Nope\n");
    }
    Seq<Diagnostic> problems = read(csv.toString()).getError();
    assertThat(problems).hasSize(ProblemList.LIMIT + 1);
    assertThat(problems.last().message()).isEqualTo("and 150 more problems not listed (250 in all)");
  }

  @Test
  void aDeclaredScaleIsChecked() {
    assertThat(ResultsFile.checkScale(List.of())).isNull();
    assertThat(ResultsFile.checkScale(List.of("Fail"))).contains("at least two");
    assertThat(ResultsFile.checkScale(List.of("Fail", "fail"))).contains("twice");
    assertThat(ResultsFile.checkScale(List.of("Fail", " "))).contains("blank");
  }

  @Test
  void datesAreIsoOrDayMonthYearAndMustExist() {
    assertThat(ResultsFile.parseDate("2025-02-28")).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(ResultsFile.parseDate("28/02/2025")).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(ResultsFile.parseDate("2025-02-29")).isNull();
    assertThat(ResultsFile.parseDate("31/04/2025")).isNull();
    assertThat(ResultsFile.parseDate("2025-2-28")).isNull();
    assertThat(ResultsFile.parseDate("02/28/2025")).isNull();
    assertThat(ResultsFile.parseDate("2025-0a-28")).isNull();
    assertThat(ResultsFile.parseDate("yesterday")).isNull();
  }
}
