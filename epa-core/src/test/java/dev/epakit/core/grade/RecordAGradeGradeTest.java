package dev.epakit.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordAGradeGradeTest {

  // DESIGN.md section 4: "The Record a grade service's grades: Pass, Credit, Merit, Distinction,
  // Pass with excellence, Outstanding, No grade awarded, Fail."
  @Test
  void labelsAreThoseOfTheService() {
    assertThat(Arrays.stream(RecordAGradeGrade.values()).map(RecordAGradeGrade::label))
        .containsExactly("Pass", "Credit", "Merit", "Distinction", "Pass with excellence",
            "Outstanding", "No grade awarded", "Fail");
  }

  // DESIGN.md section 4: the service "refuses a Fail grade on a certificate request".
  @ParameterizedTest
  @EnumSource(RecordAGradeGrade.class)
  void onlyFailIsNotCertifiable(RecordAGradeGrade grade) {
    assertThat(grade.certifiable()).isEqualTo(grade != RecordAGradeGrade.FAIL);
  }

  @ParameterizedTest
  @EnumSource(RecordAGradeGrade.class)
  void labelsRoundTripIgnoringCaseAndWhiteSpace(RecordAGradeGrade grade) {
    assertThat(RecordAGradeGrade.fromLabel(grade.label()).get()).isEqualTo(grade);
    assertThat(RecordAGradeGrade.fromLabel(" " + grade.label().toUpperCase() + " ").get()).isEqualTo(grade);
  }

  @Test
  void unknownLabelsFindNothing() {
    assertThat(RecordAGradeGrade.fromLabel(null).isEmpty()).isTrue();
    assertThat(RecordAGradeGrade.fromLabel("").isEmpty()).isTrue();
    assertThat(RecordAGradeGrade.fromLabel("PASS_WITH_EXCELLENCE").isEmpty()).isTrue();
    assertThat(RecordAGradeGrade.fromLabel("Withdrawn").isEmpty()).isTrue();
  }

  @Test
  void aPlanGradeMapsByName() {
    GradeScale scale = GradeScale.failPassMeritDistinction();
    assertThat(RecordAGradeGrade.of(scale.get(2)).get()).isEqualTo(RecordAGradeGrade.MERIT);
    assertThat(RecordAGradeGrade.of(scale.lowest()).get()).isEqualTo(RecordAGradeGrade.FAIL);
    assertThat(RecordAGradeGrade.of(new Grade("Refer", 0, false)).isEmpty()).isTrue();
  }
}
