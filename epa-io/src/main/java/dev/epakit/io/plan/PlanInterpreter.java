package dev.epakit.io.plan;

import dev.epakit.io.Diagnostic;
import dev.epakit.core.Problem;
import dev.epakit.core.grade.Grade;
import dev.epakit.core.grade.GradeScale;
import dev.epakit.core.grade.ScoreBands;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.StandardReference;
import dev.epakit.core.identity.StandardVersion;
import dev.epakit.core.plan.AppealPeriod;
import dev.epakit.core.plan.AssessmentMethod;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.core.plan.MethodId;
import dev.epakit.core.plan.ResitRetakePolicy;
import dev.epakit.io.plan.YamlTree.Entry;
import dev.epakit.io.plan.YamlTree.Mapping;
import dev.epakit.io.plan.YamlTree.Node;
import dev.epakit.io.plan.YamlTree.Pos;
import dev.epakit.io.plan.YamlTree.Scalar;
import dev.epakit.io.plan.YamlTree.Sequence;
import dev.epakit.rules.plan.PlanCheck;
import dev.epakit.rules.plan.PlanCheckKind;
import dev.epakit.rules.plan.PlanFinding;
import dev.epakit.rules.plan.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the tree of one plan file into an {@link AssessmentPlan}, collecting every problem with its
 * position, then runs the plan checks and places their findings by field path. One instance reads
 * one file.
 */
final class PlanInterpreter {

  static final List<String> ROOT_KEYS = List.of("$schema", "standard", "version", "option", "title", "source",
      "effective", "methods", "methodsInOrder", "overall", "failedMethodMayPass", "grading", "policy");
  static final List<String> ROOT_REQUIRED = List.of("standard", "version", "title", "effective", "methods",
      "overall", "grading", "policy");
  static final List<String> EFFECTIVE_KEYS = List.of("from", "to");
  static final List<String> METHOD_KEYS = List.of("id", "name", "grades", "failing", "bands");
  static final List<String> SCALE_KEYS = List.of("grades", "failing");
  static final List<String> BANDS_KEYS = List.of("maximum", "from");
  static final List<String> POLICY_KEYS = List.of("employerAgreementRequired", "feeConfirmationRequired",
      "wholeEpaWhenMoreThanFailed", "resitWindow", "retakeWindow", "hardWindow", "resitCap", "retakeCap",
      "exceptionalCircumstancesLiftCap", "attemptLimit", "freshMaterialsRequired", "appealPeriod",
      "retentionPeriod");
  static final List<String> POLICY_REQUIRED = List.of("resitWindow", "retakeWindow", "hardWindow", "resitCap",
      "retakeCap");

  private final Path file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Pos> points = new HashMap<>();
  private final Set<String> broken = new HashSet<>();

  private final List<Optional<AssessmentMethod>> methods = new ArrayList<>();
  private boolean methodsComplete = true;
  private Optional<GradeScale> overall = Optional.empty();

  PlanInterpreter(Path file) {
    this.file = file;
  }

  PlanFileResult interpret(Node root) {
    if (!(root instanceof Mapping map)) {
      error(PlanFileCode.VALUE_TYPE, root.pos(), "",
          "a plan file holds a mapping of keys such as standard, title, methods and grading, not " + root.kind());
      return result(Option.none());
    }
    points.put("", map.pos());
    Map<String, Entry> f = fields(map, "", ROOT_KEYS, ROOT_REQUIRED, map.pos());
    Optional<StandardReference> reference = field(f, "standard").flatMap(n -> text(n, "standard"))
        .flatMap(t -> problems(StandardReference.parse(t), "standard", f.get("standard").value().pos()));
    Optional<StandardVersion> version = field(f, "version").flatMap(n -> text(n, "version"))
        .flatMap(t -> problems(StandardVersion.parse(t), "version", f.get("version").value().pos()));
    Optional<String> option = field(f, "option").flatMap(n -> optionalText(n, "option")).flatMap(t -> notBlank(t, "option"));
    Optional<String> title = field(f, "title").flatMap(n -> text(n, "title")).flatMap(t -> notBlank(t, "title"));
    Optional<String> source = field(f, "source").flatMap(n -> optionalText(n, "source"));
    LocalDate[] effective = readEffective(field(f, "effective"));
    field(f, "methods").ifPresentOrElse(this::readMethods, () -> methodsComplete = false);
    field(f, "overall").ifPresent(n -> overall = scaleOf(n, "overall"));
    Optional<Boolean> inOrder = field(f, "methodsInOrder").flatMap(n -> bool(n, "methodsInOrder"));
    Optional<Boolean> mayPass = field(f, "failedMethodMayPass").flatMap(n -> bool(n, "failedMethodMayPass"));
    List<String[]> rows = field(f, "grading").map(this::readGrading).orElse(List.of());
    Optional<ResitRetakePolicy> policy = field(f, "policy").flatMap(this::readPolicy);

    boolean readClean = errorCount() == 0;
    boolean tableReadable = methodsComplete && overall.isPresent() && f.containsKey("grading")
        && !broken.contains("methods") && !broken.contains("overall") && !broken.contains("grading");
    if (!tableReadable) {
      return result(Option.none());
    }
    Standard standard = reference.isPresent() && version.isPresent()
        ? new Standard(reference.get(), version.get(), option)
        : Standard.of("ST0000", "1.0");
    AssessmentPlan.Builder builder = AssessmentPlan.builder(standard)
        .title(title.orElse(standard.toString()))
        .overallScale(overall.get())
        .methodsInOrder(inOrder.orElse(false))
        .failedMethodMayPass(mayPass.orElse(false))
        .source(source.orElse(""))
        .policy(policy.orElse(ResitRetakePolicy.typical()));
    if (effective[0] != null) {
      builder.effectiveFrom(effective[0]);
    }
    if (effective[1] != null) {
      builder.effectiveTo(effective[1]);
    }
    methods.forEach(m -> builder.method(m.get()));
    rows.forEach(builder::row);
    Validation<Seq<Problem>, AssessmentPlan> built = builder.build();
    if (built.isInvalid()) {
      for (Problem p : built.getError()) {
        if (!broken.contains(section(p.field()))) {
          diagnostics.add(at(p.code(), Severity.ERROR, posFor(p.field()), p.field(), p.message()));
        }
      }
      return result(Option.none());
    }
    AssessmentPlan plan = built.get();
    for (PlanFinding finding : PlanCheck.check(plan)) {
      if (!broken.contains(section(finding.path()))) {
        diagnostics.add(at(finding.code(), finding.severity(), posFor(finding.path()), finding.path(), finding.message()));
      }
    }
    return result(readClean ? Option.some(plan) : Option.none());
  }

  // ---- sections

  private LocalDate[] readEffective(Optional<Node> node) {
    LocalDate[] dates = new LocalDate[2];
    if (node.isEmpty()) {
      return dates;
    }
    Optional<Mapping> map = mapping(node.get(), "effective");
    if (map.isEmpty()) {
      return dates;
    }
    Map<String, Entry> f = fields(map.get(), "effective", EFFECTIVE_KEYS, List.of("from"), map.get().pos());
    dates[0] = field(f, "from").flatMap(n -> text(n, "effective.from")).flatMap(t -> date(t, "effective.from")).orElse(null);
    dates[1] = field(f, "to").flatMap(n -> optionalText(n, "effective.to")).flatMap(t -> date(t, "effective.to")).orElse(null);
    return dates;
  }

  private Optional<String> notBlank(String text, String path) {
    if (text.isBlank()) {
      error(PlanFileCode.VALUE_INVALID, posFor(path), path, path + " cannot be blank");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private Optional<LocalDate> date(String text, String path) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      error(PlanFileCode.VALUE_INVALID, posFor(path), path, "'" + text + "' is not a date: write it as 2020-03-31 (year-month-day)");
      return Optional.empty();
    }
  }

  private void readMethods(Node node) {
    Optional<Sequence> seq = sequence(node, "methods");
    if (seq.isEmpty()) {
      methodsComplete = false;
      return;
    }
    if (seq.get().items().isEmpty()) {
      error(PlanFileCode.VALUE_INVALID, node.pos(), "methods", "a plan needs at least one assessment method");
      methodsComplete = false;
      return;
    }
    Map<MethodId, Integer> ids = new HashMap<>();
    for (int i = 0; i < seq.get().items().size(); i++) {
      Node item = seq.get().items().get(i);
      String path = "methods[" + i + "]";
      points.put(path, item.pos());
      Optional<AssessmentMethod> method = readMethod(item, path, ids, i);
      methods.add(method);
      methodsComplete &= method.isPresent();
    }
  }

  private Optional<AssessmentMethod> readMethod(Node item, String path, Map<MethodId, Integer> ids, int index) {
    Optional<Mapping> map = mapping(item, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> f = fields(map.get(), path, METHOD_KEYS, List.of("id", "name", "grades"), map.get().pos());
    Optional<MethodId> id = field(f, "id").flatMap(n -> text(n, path + ".id")).flatMap(t -> methodId(t, path + ".id"));
    if (id.isPresent()) {
      Integer first = ids.putIfAbsent(id.get(), index);
      if (first != null) {
        error(PlanCheckKind.METHOD_DUPLICATE_ID.code(), posFor(path + ".id"), path + ".id",
            "method id '" + id.get() + "' is already used by methods[" + first + "]");
        id = Optional.empty();
      }
    }
    Optional<String> name = field(f, "name").flatMap(n -> text(n, path + ".name"));
    if (name.isPresent() && name.get().isBlank()) {
      error(PlanFileCode.VALUE_INVALID, posFor(path + ".name"), path + ".name", "a method needs a name");
      name = Optional.empty();
    }
    Optional<GradeScale> scale = f.containsKey("grades") ? scaleFrom(f, path) : Optional.empty();
    Optional<ScoreBands> bands = Optional.empty();
    boolean bandsOk = true;
    if (field(f, "bands").isPresent() && scale.isPresent()) {
      bands = readBands(f.get("bands").value(), path + ".bands", scale.get());
      bandsOk = bands.isPresent();
    }
    if (id.isEmpty() || name.isEmpty() || scale.isEmpty() || !bandsOk) {
      return Optional.empty();
    }
    return Optional.of(new AssessmentMethod(id.get(), name.get(), scale.get(), bands));
  }

  private Optional<MethodId> methodId(String text, String path) {
    Validation<Seq<Problem>, MethodId> id = MethodId.parse(text);
    if (id.isInvalid() || !id.get().value().equals(text.strip())) {
      error(PlanFileCode.VALUE_INVALID, posFor(path), path, "'" + text + "' is not a method id: use lower-case letters, digits and hyphens, starting with a letter, such as 'project' or 'knowledge-test'");
      return Optional.empty();
    }
    return Optional.of(id.get());
  }

  private Optional<GradeScale> scaleOf(Node node, String path) {
    Optional<Mapping> map = mapping(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> f = fields(map.get(), path, SCALE_KEYS, List.of("grades"), map.get().pos());
    return f.containsKey("grades") ? scaleFrom(f, path) : Optional.empty();
  }

  /** Reads {@code grades} (lowest first) and {@code failing} (default: the lowest grade). */
  private Optional<GradeScale> scaleFrom(Map<String, Entry> f, String path) {
    Optional<List<String>> grades = textList(f.get("grades").value(), path + ".grades");
    if (grades.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean ok = true;
    for (int i = 0; i < grades.get().size(); i++) {
      String g = grades.get().get(i).strip();
      String p = path + ".grades[" + i + "]";
      if (g.isEmpty()) {
        error(PlanFileCode.VALUE_INVALID, posFor(p), p, "a grade needs a name");
        ok = false;
      } else if (g.equals("*") || g.endsWith("+")) {
        error(PlanFileCode.VALUE_INVALID, posFor(p), p, "'" + g + "' cannot name a grade: * and + are for grading rows");
        ok = false;
      } else if (!seen.add(g.toLowerCase(Locale.ROOT))) {
        error(PlanFileCode.GRADE_DUPLICATE, posFor(p), p, "grade '" + g + "' is listed twice");
        ok = false;
      } else {
        names.add(g);
      }
    }
    if (grades.get().isEmpty()) {
      error(PlanFileCode.VALUE_INVALID, posFor(path + ".grades"), path + ".grades", "a scale needs grades, lowest first");
      return Optional.empty();
    }
    if (!ok) {
      return Optional.empty();
    }
    int failingCount = 1;
    if (field(f, "failing").isPresent()) {
      Node failingNode = f.get("failing").value();
      Optional<List<String>> failing = failingNode instanceof Scalar s && !s.isNull()
          ? Optional.of(List.of(s.value())) : textList(failingNode, path + ".failing");
      if (failing.isEmpty()) {
        return Optional.empty();
      }
      Set<Integer> ranks = new HashSet<>();
      for (int i = 0; i < failing.get().size(); i++) {
        String name = failing.get().get(i).strip();
        String p = failingNode instanceof Sequence ? path + ".failing[" + i + "]" : path + ".failing";
        int rank = indexOfIgnoreCase(names, name);
        if (rank < 0) {
          error(PlanFileCode.GRADE_UNKNOWN, posFor(p), p, "'" + name + "' is not one of the grades " + String.join(", ", names)
              + Suggestions.hint(name, names));
          ok = false;
        } else {
          ranks.add(rank);
        }
      }
      if (!ok) {
        return Optional.empty();
      }
      failingCount = ranks.size();
      for (int r = 0; r < failingCount; r++) {
        if (!ranks.contains(r)) {
          error(PlanFileCode.GRADES_FAILING_NOT_LOWEST, posFor(path + ".failing"), path + ".failing",
              "failing grades are the lowest of the scale, and grades are listed lowest first: "
                  + "'" + names.get(r) + "' is below a failing grade but is not failing");
          return Optional.empty();
        }
      }
    }
    if (failingCount >= names.size()) {
      error(PlanFileCode.GRADES_NO_PASSING, posFor(path + ".grades"), path + ".grades",
          "the scale needs at least one passing grade above its failing grades");
      return Optional.empty();
    }
    return Optional.of(GradeScale.create(names.subList(0, failingCount), names.subList(failingCount, names.size())).get());
  }

  private Optional<ScoreBands> readBands(Node node, String path, GradeScale scale) {
    Optional<Mapping> map = mapping(node, path);
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> f = fields(map.get(), path, BANDS_KEYS, BANDS_KEYS, map.get().pos());
    Optional<Integer> maximum = field(f, "maximum").flatMap(n -> integer(n, path + ".maximum"));
    if (maximum.isPresent() && maximum.get() < 1) {
      error(PlanFileCode.VALUE_INVALID, posFor(path + ".maximum"), path + ".maximum", "the maximum score is at least 1");
      maximum = Optional.empty();
    }
    Optional<Mapping> from = field(f, "from").flatMap(n -> mapping(n, path + ".from"));
    if (from.isEmpty() || maximum.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> thresholds = new LinkedHashMap<>();
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (Entry e : from.get().entries()) {
      Optional<String> key = key(e, path + ".from");
      if (key.isEmpty()) {
        ok = false;
        continue;
      }
      Option<Grade> grade = scale.find(key.get());
      if (grade.isEmpty()) {
        error(PlanFileCode.GRADE_UNKNOWN, e.key().pos(), path + ".from", "'" + key.get() + "' is not a grade of this method; expected one of "
            + scale.names() + Suggestions.hint(key.get(), scale.grades().map(Grade::name).asJava()));
        ok = false;
        continue;
      }
      String p = path + ".from." + grade.get().name();
      if (!seen.add(grade.get().name())) {
        error(PlanFileCode.KEY_DUPLICATE, e.key().pos(), p, "grade '" + grade.get() + "' has two thresholds");
        ok = false;
        continue;
      }
      points.put(p, e.value() instanceof Scalar ? e.value().pos() : e.key().pos());
      Optional<Integer> n = integer(e.value(), p);
      if (n.isPresent()) {
        thresholds.put(grade.get().name(), n.get());
      } else {
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    Validation<Seq<Problem>, ScoreBands> bands = ScoreBands.create(scale, maximum.get(), thresholds);
    if (bands.isInvalid()) {
      for (Problem p : bands.getError()) {
        String field = p.field().startsWith("bands.") ? path + ".from." + p.field().substring("bands.".length())
            : p.code().equals("bands.lowest-grade") ? path + ".from." + scale.lowest().name() : path + ".from";
        String code = switch (p.code()) {
          case "bands.lowest-grade" -> PlanFileCode.BANDS_LOWEST_GRADE.code();
          case "bands.missing-grade" -> PlanFileCode.BANDS_MISSING_GRADE.code();
          case "bands.out-of-range" -> PlanFileCode.BANDS_OUT_OF_RANGE.code();
          case "bands.order" -> PlanCheckKind.BANDS_ORDER.code();
          case "bands.duplicate-grade" -> PlanFileCode.KEY_DUPLICATE.code();
          case "bands.unknown-grade" -> PlanFileCode.GRADE_UNKNOWN.code();
          default -> PlanFileCode.VALUE_INVALID.code();
        };
        error(code, posFor(field), field, p.message());
      }
      return Optional.empty();
    }
    return Optional.of(bands.get());
  }

  private List<String[]> readGrading(Node node) {
    List<String[]> rows = new ArrayList<>();
    Optional<Sequence> seq = sequence(node, "grading");
    if (seq.isEmpty()) {
      return rows;
    }
    int n = methods.size();
    for (int r = 0; r < seq.get().items().size(); r++) {
      Node item = seq.get().items().get(r);
      String path = "grading[" + r + "]";
      points.put(path, item.pos());
      String[] cells = new String[n + 1];
      if (item instanceof Sequence row) {
        if (methodsComplete && row.items().size() != n + 1) {
          error(PlanFileCode.ROW_SIZE, item.pos(), path, "a row written as a list has " + (n + 1)
              + " cells (a grade for each of " + methodIdList() + ", then the overall grade), but this one has " + row.items().size());
          continue;
        }
        for (int c = 0; c < row.items().size() && c <= n; c++) {
          String p = c < n ? path + "." + methodLabel(c) : path + ".overall";
          points.put(p, row.items().get(c).pos());
          cells[c] = text(row.items().get(c), p).orElse(null);
        }
      } else if (item instanceof Mapping row) {
        Set<String> ids = new HashSet<>();
        boolean hasOverall = false;
        for (Entry e : row.entries()) {
          Optional<String> key = key(e, path);
          if (key.isEmpty()) {
            continue;
          }
          String k = key.get();
          if (!ids.add(k)) {
            error(PlanFileCode.KEY_DUPLICATE, e.key().pos(), path + "." + k, "'" + k + "' appears twice in this row");
            continue;
          }
          int c = k.equals("overall") ? n : methodIndex(k);
          if (c < 0) {
            if (methodsComplete) {
              List<String> known = new ArrayList<>(methodIdStrings());
              known.add("overall");
              error(PlanFileCode.METHOD_UNKNOWN, e.key().pos(), path + "." + k, "'" + k + "' is not a method of this plan; expected "
                  + methodIdList() + " or overall" + Suggestions.hint(k, known));
            }
            continue;
          }
          hasOverall |= c == n;
          String p = path + "." + k;
          points.put(p, e.value() instanceof Scalar ? e.value().pos() : e.key().pos());
          cells[c] = text(e.value(), p).orElse(null);
        }
        if (!hasOverall) {
          error(PlanFileCode.KEY_MISSING, item.pos(), path, "the row gives no overall grade: add overall: <grade>");
          continue;
        }
        for (int c = 0; c < n; c++) {
          if (cells[c] == null && !ids.contains(methodLabel(c))) {
            cells[c] = "*";
          }
        }
      } else {
        error(PlanFileCode.VALUE_TYPE, item.pos(), path, "a grading row is a mapping such as {project: Pass, discussion: Merit+, overall: Merit} or a list of cells, not " + item.kind());
        continue;
      }
      if (checkCells(cells, path)) {
        rows.add(cells);
      }
    }
    return rows;
  }

  private boolean checkCells(String[] cells, String path) {
    boolean ok = true;
    int n = methods.size();
    for (int c = 0; c <= n; c++) {
      if (cells[c] == null) {
        ok = false;
        continue;
      }
      String cell = cells[c].strip();
      String p = c < n ? path + "." + methodLabel(c) : path + ".overall";
      Optional<GradeScale> scale = c < n ? methods.get(c).map(AssessmentMethod::scale) : overall;
      if (scale.isEmpty()) {
        continue;
      }
      if (c == n) {
        if (scale.get().find(cell).isEmpty()) {
          error(PlanFileCode.GRADE_UNKNOWN, posFor(p), p, "the overall grade '" + cell + "' is not one of " + scale.get().names()
              + (cell.equals("*") || cell.endsWith("+") ? " (the overall grade is one grade, without * or +)" : Suggestions.hint(cell, scale.get().grades().map(Grade::name).asJava())));
          ok = false;
        }
        continue;
      }
      if (cell.equals("*")) {
        cells[c] = "*";
        continue;
      }
      boolean atLeast = cell.endsWith("+");
      String name = atLeast ? cell.substring(0, cell.length() - 1).strip() : cell;
      if (scale.get().find(name).isEmpty()) {
        error(PlanFileCode.GRADE_UNKNOWN, posFor(p), p, "'" + name + "' is not a grade of " + methodLabel(c) + "; expected one of "
            + scale.get().names() + ", or * for any grade" + Suggestions.hint(name, scale.get().grades().map(Grade::name).asJava()));
        ok = false;
      } else {
        cells[c] = name + (atLeast ? "+" : "");
      }
    }
    return ok;
  }

  private Optional<ResitRetakePolicy> readPolicy(Node node) {
    Optional<Mapping> map = mapping(node, "policy");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> f = fields(map.get(), "policy", POLICY_KEYS, POLICY_REQUIRED, map.get().pos());
    ResitRetakePolicy.Builder b = ResitRetakePolicy.builder();
    int before = errorCount();
    field(f, "employerAgreementRequired").flatMap(n -> bool(n, "policy.employerAgreementRequired")).ifPresent(b::employerAgreementRequired);
    field(f, "feeConfirmationRequired").flatMap(n -> bool(n, "policy.feeConfirmationRequired")).ifPresent(b::feeConfirmationRequired);
    field(f, "exceptionalCircumstancesLiftCap").flatMap(n -> bool(n, "policy.exceptionalCircumstancesLiftCap")).ifPresent(b::exceptionalCircumstancesLiftCap);
    field(f, "freshMaterialsRequired").flatMap(n -> bool(n, "policy.freshMaterialsRequired")).ifPresent(b::freshMaterialsRequired);
    optionalCount(f, "wholeEpaWhenMoreThanFailed", b::wholeEpaWhenMoreThanFailed, b::onlyFailedMethods);
    optionalCount(f, "attemptLimit", b::attemptLimit, b::noAttemptLimit);
    field(f, "resitWindow").flatMap(n -> period(n, "policy.resitWindow", "resit window")).ifPresent(b::resitWindow);
    field(f, "retakeWindow").flatMap(n -> period(n, "policy.retakeWindow", "retake window")).ifPresent(b::retakeWindow);
    field(f, "retentionPeriod").flatMap(n -> period(n, "policy.retentionPeriod", "retention period")).ifPresent(b::retentionPeriod);
    if (field(f, "hardWindow").isPresent()) {
      Node n = f.get("hardWindow").value();
      if (isNone(n)) {
        b.noHardWindow();
      } else {
        period(n, "policy.hardWindow", "hard window").ifPresent(b::hardWindow);
      }
    }
    if (field(f, "appealPeriod").isPresent()) {
      text(f.get("appealPeriod").value(), "policy.appealPeriod").ifPresent(t -> {
        Either<String, AppealPeriod> p = DurationText.parseAppealPeriod(t);
        if (p.isLeft()) {
          error(PlanFileCode.VALUE_INVALID, posFor("policy.appealPeriod"), "policy.appealPeriod", p.getLeft());
        } else {
          b.appealPeriod(p.get());
        }
      });
    }
    Optional<String> resitCap = cap(f, "resitCap");
    Optional<String> retakeCap = cap(f, "retakeCap");
    ResitRetakePolicy policy = b.build();
    // caps are independent: rebuild so that one cap set to none leaves the other alone
    policy = new ResitRetakePolicy(policy.employerAgreementRequired(), policy.feeConfirmationRequired(),
        policy.wholeEpaWhenMoreThanFailed(), policy.resitWindow(), policy.retakeWindow(), policy.hardWindow(),
        field(f, "resitCap").isPresent() ? resitCap : policy.resitCap(),
        field(f, "retakeCap").isPresent() ? retakeCap : policy.retakeCap(),
        policy.exceptionalCircumstancesLiftCap(), policy.attemptLimit(), policy.freshMaterialsRequired(),
        policy.appealPeriod(), policy.retentionPeriod());
    return errorCount() == before ? Optional.of(policy) : Optional.empty();
  }

  private Optional<String> cap(Map<String, Entry> f, String key) {
    String path = "policy." + key;
    if (field(f, key).isEmpty() || isNone(f.get(key).value())) {
      return Optional.empty();
    }
    Optional<String> text = text(f.get(key).value(), path);
    if (text.isEmpty() || overall.isEmpty()) {
      return text.map(String::strip);
    }
    Option<Grade> grade = overall.get().find(text.get());
    if (grade.isEmpty()) {
      error(PlanCheckKind.POLICY_CAP_GRADE.code(), posFor(path), path, "the cap '" + text.get().strip() + "' is not an overall grade; expected one of "
          + overall.get().names() + " or none" + Suggestions.hint(text.get().strip(), overall.get().grades().map(Grade::name).asJava()));
      return Optional.empty();
    }
    return Optional.of(grade.get().name());
  }

  private void optionalCount(Map<String, Entry> f, String key, Consumer<Integer> set, Runnable none) {
    String path = "policy." + key;
    if (field(f, key).isEmpty()) {
      return;
    }
    Node n = f.get(key).value();
    if (isNone(n)) {
      none.run();
      return;
    }
    integer(n, path).ifPresent(v -> {
      if (v < 1) {
        error(PlanFileCode.VALUE_INVALID, posFor(path), path, key + " is at least 1, or none");
      } else {
        set.accept(v);
      }
    });
  }

  private Optional<Period> period(Node node, String path, String what) {
    Optional<String> text = text(node, path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Either<String, Period> p = DurationText.parsePeriod(text.get());
    if (p.isLeft()) {
      error(PlanFileCode.VALUE_INVALID, posFor(path), path, p.getLeft());
      return Optional.empty();
    }
    if (p.get().isZero()) {
      error(PlanCheckKind.POLICY_WINDOW_NOT_POSITIVE.code(), posFor(path), path, "the " + what + " must be longer than zero");
      return Optional.empty();
    }
    return Optional.of(p.get());
  }

  // ---- values

  private Map<String, Entry> fields(Mapping map, String path, List<String> allowed, List<String> required, Pos owner) {
    Map<String, Entry> found = new LinkedHashMap<>();
    Map<String, Pos> firstAt = new HashMap<>();
    Set<String> misspelt = new HashSet<>();
    for (Entry e : map.entries()) {
      Optional<String> key = key(e, path);
      if (key.isEmpty()) {
        continue;
      }
      String k = key.get();
      String p = path.isEmpty() ? k : path + "." + k;
      if (firstAt.containsKey(k)) {
        error(PlanFileCode.KEY_DUPLICATE, e.key().pos(), p, "'" + k + "' is given twice; first on line " + firstAt.get(k).line());
        continue;
      }
      firstAt.put(k, e.key().pos());
      if (!allowed.contains(k)) {
        error(PlanFileCode.KEY_UNKNOWN, e.key().pos(), p, "unknown key '" + k + "'" + hintOrList(k, allowed, path));
        // a misspelt required key is reported once, as unknown with its correction, not also as missing
        Suggestions.closest(k, allowed).ifPresent(meant -> {
          misspelt.add(meant);
          broken.add(section(path.isEmpty() ? meant : path + "." + meant));
        });
        continue;
      }
      found.put(k, e);
      points.put(p, e.value() instanceof Scalar ? e.value().pos() : e.key().pos());
    }
    for (String k : required) {
      if (!found.containsKey(k) && !firstAt.containsKey(k) && !misspelt.contains(k)) {
        String p = path.isEmpty() ? k : path + "." + k;
        error(PlanFileCode.KEY_MISSING, owner, p, "missing key '" + k + "'" + (path.isEmpty() ? "" : " in " + path));
      }
    }
    return found;
  }

  private static String hintOrList(String key, List<String> allowed, String path) {
    List<String> visible = allowed.stream().filter(a -> !a.startsWith("$")).toList();
    String hint = Suggestions.hint(key, visible);
    return hint.isEmpty() ? "; " + (path.isEmpty() ? "a plan" : path) + " has " + String.join(", ", visible) : hint;
  }

  private Optional<String> key(Entry e, String path) {
    if (e.key() instanceof Scalar s && !s.isNull()) {
      return Optional.of(s.value());
    }
    error(PlanFileCode.VALUE_TYPE, e.key().pos(), path, "a key is a word, not " + (e.key() instanceof Scalar ? "empty" : e.key().kind()));
    return Optional.empty();
  }

  private static Optional<Node> field(Map<String, Entry> f, String key) {
    return Optional.ofNullable(f.get(key)).map(Entry::value);
  }

  private Optional<Mapping> mapping(Node node, String path) {
    if (node instanceof Mapping m) {
      return Optional.of(m);
    }
    error(PlanFileCode.VALUE_TYPE, node.pos(), path, path + " is a mapping of keys and values, not " + describe(node));
    return Optional.empty();
  }

  private Optional<Sequence> sequence(Node node, String path) {
    if (node instanceof Sequence s) {
      return Optional.of(s);
    }
    error(PlanFileCode.VALUE_TYPE, node.pos(), path, path + " is a list, not " + describe(node));
    return Optional.empty();
  }

  private Optional<String> text(Node node, String path) {
    if (node instanceof Scalar s && !s.isNull()) {
      return Optional.of(s.value());
    }
    error(PlanFileCode.VALUE_TYPE, node.pos(), path, path + " needs a text value, not " + describe(node));
    return Optional.empty();
  }

  private Optional<String> optionalText(Node node, String path) {
    return node instanceof Scalar s && s.isNull() ? Optional.empty() : text(node, path);
  }

  private Optional<List<String>> textList(Node node, String path) {
    Optional<Sequence> seq = sequence(node, path);
    if (seq.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < seq.get().items().size(); i++) {
      Node item = seq.get().items().get(i);
      String p = path + "[" + i + "]";
      points.put(p, item.pos());
      Optional<String> t = text(item, p);
      ok &= t.isPresent();
      t.ifPresent(out::add);
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  private Optional<Boolean> bool(Node node, String path) {
    if (node instanceof Scalar s && s.plain()) {
      switch (s.value()) {
        case "true", "True", "TRUE" -> {
          return Optional.of(true);
        }
        case "false", "False", "FALSE" -> {
          return Optional.of(false);
        }
        default -> {
          // reported below
        }
      }
    }
    error(PlanFileCode.VALUE_TYPE, node.pos(), path, path + " is true or false, not " + describe(node)
        + (node instanceof Scalar ? " (YAML 1.2 reads only true and false as yes or no)" : ""));
    return Optional.empty();
  }

  private Optional<Integer> integer(Node node, String path) {
    if (node instanceof Scalar s && s.plain() && s.value().matches("[-+]?\\d{1,9}")) {
      return Optional.of(Integer.parseInt(s.value()));
    }
    error(PlanFileCode.VALUE_TYPE, node.pos(), path, path + " is a whole number, not " + describe(node));
    return Optional.empty();
  }

  private static boolean isNone(Node node) {
    return node instanceof Scalar s && (s.isNull() || (s.value().strip().equalsIgnoreCase("none")));
  }

  private static String describe(Node node) {
    if (node instanceof Scalar s) {
      if (s.isNull()) {
        return "nothing";
      }
      String v = s.value().length() > 40 ? s.value().substring(0, 40) + "..." : s.value();
      return "'" + v.replaceAll("\\s+", " ") + "'";
    }
    return node.kind();
  }

  private <T> Optional<T> problems(Validation<Seq<Problem>, T> v, String path, Pos pos) {
    if (v.isValid()) {
      return Optional.of(v.get());
    }
    v.getError().forEach(p -> error(PlanFileCode.VALUE_INVALID, pos, path, p.message()));
    return Optional.empty();
  }

  // ---- methods and positions

  private int methodIndex(String id) {
    for (int i = 0; i < methods.size(); i++) {
      if (methods.get(i).isPresent() && methods.get(i).get().id().value().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private String methodLabel(int index) {
    return methods.get(index).map(m -> m.id().value()).orElse("method" + index);
  }

  private List<String> methodIdStrings() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      ids.add(methodLabel(i));
    }
    return ids;
  }

  private String methodIdList() {
    return String.join(", ", methodIdStrings());
  }

  private static int indexOfIgnoreCase(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The position of a field path, or of its nearest enclosing field. */
  Pos posFor(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Pos pos = points.get(p);
      if (pos != null) {
        return pos;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return points.getOrDefault("", Pos.START);
  }

  private static String section(String path) {
    int cut = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        cut = i;
        break;
      }
    }
    return path.substring(0, cut);
  }

  private void error(PlanFileCode code, Pos pos, String path, String message) {
    error(code.code(), pos, path, message);
  }

  private void error(String code, Pos pos, String path, String message) {
    broken.add(section(path));
    diagnostics.add(at(code, Severity.ERROR, pos, path, message));
  }

  private Diagnostic at(String code, Severity severity, Pos pos, String path, String message) {
    return PlanDiagnostics.of(file, pos.line(), pos.column(), code, severity, message, path);
  }

  private int errorCount() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  private PlanFileResult result(Option<AssessmentPlan> plan) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return new PlanFileResult(file, plan, io.vavr.collection.List.ofAll(sorted));
  }
}
