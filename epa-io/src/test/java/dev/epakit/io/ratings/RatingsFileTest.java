package dev.epakit.io.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.epakit.io.Diagnostic;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingsFileTest {

  static Validation<Seq<Diagnostic>, Ratings> read(String csv, String... categories) {
    return RatingsFile.read("ratings.csv",
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), List.of(categories));
  }

  @Test
  void labelsKeepTheOrderOfFirstAppearance() {
    Ratings r = read("""
        script,A,B,C
        S1,Pass,Merit,
        S2,fail,Fail,Pass
        """).get();
    assertThat(r.units()).isEqualTo(2);
    assertThat(r.raters()).isEqualTo(3);
    assertThat(r.raterNames()).containsExactly("A", "B", "C");
    assertThat(r.categories()).containsExactly("Pass", "Merit", "fail");
    assertThat(r.origin()).isEqualTo(CategoryOrigin.FIRST_APPEARANCE);
    assertThat(r.code(0, 2)).isEqualTo(Ratings.MISSING);
    assertThat(r.code(1, 0)).isEqualTo(r.code(1, 1));
    assertThat(r.isNumeric()).isFalse();
    assertThat(r.value(1)).isEqualTo(2.0);
  }

  @Test
  void numbersSortNumerically() {
    Ratings r = read("unit,r1,r2\nu1,10,2\nu2,2.0,9\nu3,,1\n").get();
    assertThat(r.categories()).containsExactly("1", "2", "9", "10");
    assertThat(r.origin()).isEqualTo(CategoryOrigin.NUMERIC);
    assertThat(r.code(0, 0)).isEqualTo(3);
    assertThat(r.code(1, 0)).isEqualTo(1);
    assertThat(r.value(3)).isEqualTo(10.0);
    assertThat(r.isNumeric()).isTrue();
  }

  @Test
  void declaredCategoriesFixTheOrder() {
    Ratings r = read("unit,r1,r2\nu1,merit,pass\n", "Fail", "Pass", "Merit").get();
    assertThat(r.categories()).containsExactly("Fail", "Pass", "Merit");
    assertThat(r.origin()).isEqualTo(CategoryOrigin.DECLARED);
    assertThat(r.code(0, 0)).isEqualTo(2);
  }

  @Test
  void reportsBadRowsWithLineAndColumn() {
    Seq<Diagnostic> problems = read("""
        unit,r1,r2
        u1,Pass,Fail
        u2,Pass
        u1,Pass,Fail
        ,Pass,Pass
        u4,Pass,Distinction
        """, "Fail", "Pass").getError();
    assertThat(problems).extracting(Diagnostic::toString).containsExactly(
        "ratings.csv:3: error row.width the row has 2 values but the header has 3 columns",
        "ratings.csv:4:1: error unit.duplicate column 'unit': the unit on this line was already rated on line 2",
        "ratings.csv:5:1: error unit.blank column 'unit': the unit is blank",
        "ratings.csv:6:3: error category.unknown column 'r2': unknown category 'Distinction': the declared"
            + " categories are Fail, Pass");
    assertThat(problems).noneMatch(CsvFileCode::isUnreadable);
    assertThat(problems.last().field()).isEqualTo("r2");
  }

  @Test
  void aHeaderNeedsTwoNamedDistinctRaters() {
    assertThat(read("unit,r1\nu,1\n").getError().head().code()).isEqualTo("header.raters");
    assertThat(read("unit,r1\nu,1\n").getError()).allMatch(CsvFileCode::isUnreadable);
    assertThat(read("unit,r1,r1\nu,1,1\n").getError().head().code()).isEqualTo("header.duplicate");
    assertThat(read("unit,r1,\nu,1,1\n").getError().head().code()).isEqualTo("header.blank");
    assertThat(read("").getError().head().code()).isEqualTo("file.empty");
    assertThat(read("unit,a,b\n").getError().head().code()).isEqualTo("file.no-units");
    assertThat(read("unit,a,b\nu,,\n").getError().head().code()).isEqualTo("ratings.none");
  }

  @Test
  void declaredCategoriesAreChecked() {
    assertThatIllegalArgumentException().isThrownBy(() -> read("unit,a,b\n", "Pass", "pass"));
    assertThatIllegalArgumentException().isThrownBy(() -> read("unit,a,b\n", "1", "1.0"));
  }
}
