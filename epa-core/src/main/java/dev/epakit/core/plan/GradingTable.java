package dev.epakit.core.plan;

import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A plan's overall grading table: rows keyed by the tuple of method grades (in the plan's method
 * order), with wildcards, each giving an overall grade.
 *
 * <p>Tables are explicit because they are not always symmetric: in the Digital and technology
 * solutions specialist plan (ST0482) a project distinction with a discussion pass gives merit, but
 * the reverse does not. Rows may overlap when they agree (as {@code Fail, *} and {@code *, Fail}
 * do at {@code Fail, Fail}); a combination matched by rows that disagree, or by none, has no overall
 * grade. Finding such gaps and conflicts is the job of the plan checks, not of this type.
 *
 * <p>Immutable and thread-safe.
 */
public final class GradingTable {

  /**
   * One row: a pattern per method and the overall grade it gives.
   *
   * @param cells one pattern per method, in the plan's method order
   * @param overall the overall grade given, from the plan's overall scale
   */
  public record Row(List<GradePattern> cells, Grade overall) {
    /** Checks the components are given. */
    public Row {
      Objects.requireNonNull(cells, "cells");
      Objects.requireNonNull(overall, "overall");
    }

    /**
     * Whether the row matches a tuple of method grades.
     *
     * @param grades one grade per method, in the plan's order
     * @return true when every cell matches
     */
    public boolean matches(Seq<Grade> grades) {
      if (cells.size() != grades.size()) {
        return false;
      }
      java.util.Iterator<Grade> g = grades.iterator();
      for (GradePattern cell : cells) {
        if (!cell.matches(g.next())) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return cells.mkString(", ") + " -> " + overall;
    }
  }

  private final List<Row> rows;

  private GradingTable(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * Creates a table from rows already resolved against the plan's scales.
   *
   * @param rows the rows, in the order written
   * @return the table
   */
  public static GradingTable of(Seq<Row> rows) {
    return new GradingTable(List.ofAll(rows));
  }

  /**
   * Reads a table written as text: each row lists one cell per method ({@code *}, a grade name, or
   * a grade name followed by {@code +} for "that grade or better"), then the overall grade.
   *
   * @param methods the plan's methods, in order
   * @param overallScale the plan's overall scale
   * @param rows the rows as text
   * @return the table, or every problem found, each naming its row ({@code grading[3]}) and cell
   */
  public static Validation<Seq<Problem>, GradingTable> parse(
      Seq<AssessmentMethod> methods, GradeScale overallScale, java.util.List<java.util.List<String>> rows) {
    List<Problem> problems = List.empty();
    List<Row> parsed = List.empty();
    for (int r = 0; r < rows.size(); r++) {
      java.util.List<String> row = rows.get(r);
      String field = "grading[" + r + "]";
      if (row.size() != methods.size() + 1) {
        problems = problems.append(Problem.of("table.row-size", field,
            "a row needs " + methods.size() + " method grades and an overall grade, but has " + row.size() + " cells"));
        continue;
      }
      List<GradePattern> cells = List.empty();
      for (int m = 0; m < methods.size(); m++) {
        Validation<Seq<Problem>, GradePattern> cell =
            parseCell(methods.get(m), field + "." + methods.get(m).id(), row.get(m));
        if (cell.isInvalid()) {
          problems = problems.appendAll(cell.getError());
        } else {
          cells = cells.append(cell.get());
        }
      }
      Validation<Seq<Problem>, Grade> overall = overallScale.parse(field + ".overall", row.get(methods.size()));
      if (overall.isInvalid()) {
        problems = problems.appendAll(overall.getError());
      } else if (cells.size() == methods.size()) {
        parsed = parsed.append(new Row(cells, overall.get()));
      }
    }
    return problems.isEmpty() ? Validation.valid(new GradingTable(parsed)) : Validation.invalid(problems);
  }

  private static Validation<Seq<Problem>, GradePattern> parseCell(AssessmentMethod method, String field, String text) {
    String cell = text == null ? "" : text.strip();
    if (cell.equals("*")) {
      return Validation.valid(GradePattern.any());
    }
    boolean atLeast = cell.endsWith("+");
    String name = atLeast ? cell.substring(0, cell.length() - 1) : cell;
    return method.scale().parse(field, name)
        .map(g -> atLeast ? new GradePattern.AtLeast(g) : new GradePattern.Exactly(g));
  }

  /** The rows in the order written. @return the rows */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows that match a tuple of method grades.
   *
   * @param grades one grade per method, in the plan's order
   * @return the matching rows, possibly none
   */
  public List<Row> matching(Seq<Grade> grades) {
    return rows.filter(row -> row.matches(grades));
  }

  /**
   * The overall grade for a tuple of method grades: the grade every matching row agrees on.
   *
   * @param grades one grade per method, in the plan's order
   * @return the overall grade, or none when no row matches or matching rows disagree
   */
  public Option<Grade> overallFor(Seq<Grade> grades) {
    Grade found = null;
    for (Row row : rows) {
      if (row.matches(grades)) {
        if (found == null) {
          found = row.overall();
        } else if (!found.equals(row.overall())) {
          return Option.none();
        }
      }
    }
    return Option.of(found);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradingTable other && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return rows.mkString("GradingTable[", "; ", "]");
  }
}
