package dev.epakit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.epakit.analysis.agreement.CategoryOrder;
import dev.epakit.analysis.agreement.CohenKappa;
import dev.epakit.analysis.agreement.ConfusionMatrix;
import dev.epakit.analysis.agreement.FleissKappa;
import dev.epakit.analysis.agreement.GwetAgreement;
import dev.epakit.analysis.agreement.IntraclassCorrelation;
import dev.epakit.analysis.agreement.KrippendorffAlpha;
import dev.epakit.analysis.agreement.PercentAgreement;
import dev.epakit.analysis.agreement.Weights;
import dev.epakit.analysis.feedback.FeedbackAccumulator;
import dev.epakit.analysis.materials.CronbachAlpha;
import dev.epakit.analysis.materials.MaterialColumns;
import dev.epakit.analysis.materials.MaterialsAnalysis;
import dev.epakit.analysis.severity.FacetObservations;
import dev.epakit.analysis.severity.ManyFacetRasch;
import dev.epakit.analysis.severity.RaschOptions;
import dev.epakit.analysis.variance.AssessorVarianceAnalysis;
import dev.epakit.analysis.variance.FunnelLimits;
import dev.epakit.analysis.variance.FunnelMethod;
import dev.epakit.analysis.variance.IndexDictionary;
import dev.epakit.analysis.variance.ResultColumns;
import dev.epakit.analysis.variance.VarianceAccumulator;
import dev.epakit.analysis.variance.VarianceOptions;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.plan.AssessmentPlan;
import dev.epakit.io.assessments.AssessmentCsv;
import dev.epakit.io.csv.SpreadsheetCsv;
import dev.epakit.io.journey.JourneyFile;
import dev.epakit.io.journey.JourneyReader;
import dev.epakit.io.journey.JourneyRecord;
import dev.epakit.io.journey.ResultsCsvImport;
import dev.epakit.io.plan.PlanFileResult;
import dev.epakit.io.plan.PlanReader;
import dev.epakit.io.plan.PlanValidation;
import dev.epakit.io.ratings.RatingsFile;
import dev.epakit.io.ratings.ResultsFile;
import dev.epakit.io.recordagrade.RecordAGradeExport;
import dev.epakit.io.statement.StatementSettings;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Personal data never leaks through {@code toString} in epa-io and epa-analysis: every public type
 * of both modules is met here, filled with generated data in which apprentices' given and family
 * names (and a postal contact's name) carry a marker, and no {@code toString} prints a name. A
 * whole ULN appears only in the diagnostics and findings that point a user at a record of their
 * own file or export (the readers' diagnostics name an apprentice by ULN, never by name), and in
 * nothing else.
 *
 * <p>The sweep is checked for completeness: a public type of either module that the sweep does not
 * meet fails {@link #theSweepMeetsEveryPublicType()} until it is swept or shown to have no
 * instances. It lives in epa-cli because this is the module that sees both.
 */
class PersonalDataSweepProperties {

  static final Path PLAN = Path.of("..", "docs", "examples", "plans", "senior-leader-st0480.yaml");

  /**
   * Types whose text may show a whole ULN: they point the user at a record of their own file or
   * export, which is what the user asked for.
   */
  static final Set<String> MAY_SHOW_ULN = Set.of(
      "dev.epakit.io.journey.JourneyDiagnostic",
      "dev.epakit.io.journey.JourneyFile", // holds the diagnostics
      "dev.epakit.io.recordagrade.PreflightFinding",
      "dev.epakit.io.recordagrade.RecordAGradeExport$Result"); // holds the findings

  /** Interfaces implemented by the user's code, so with no instances of EPA Kit's own. */
  static final Set<String> USER_IMPLEMENTED = Set.of(
      "dev.epakit.io.ratings.ReadProgress",
      "dev.epakit.io.assessments.AssessmentCsv$RowHandler");

  /** Every EPA Kit type met by any sweep, over all tries. */
  static final Set<Class<?>> MET = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Provide
  Arbitrary<String> names() {
    // a marker no grade, rule, method or message text contains, followed by letters
    return Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(12).map(s -> "Zqx" + s);
  }

  @Provide
  Arbitrary<Uln> ulns() {
    return Arbitraries.longs().between(100_000_000L, 999_999_998L).map(String::valueOf)
        .filter(nine -> Uln.checkDigit(nine) >= 0)
        .map(nine -> Uln.of(nine + Uln.checkDigit(nine)));
  }

  static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Journeys with names everywhere a name can go, and records broken in ways a reader reports. */
  static String journeys(String given, String family, String contact, Uln uln, Uln other) {
    String person = "\"givenNames\": " + json(given) + ", \"familyName\": " + json(family);
    String postal = "\"postalContact\": {\"contactName\": " + json(contact)
        + ", \"organisation\": " + json(family + " Ltd") + ", \"addressLines\": [" + json("1 " + family + " Street")
        + "], \"city\": \"Leeds\", \"postcode\": \"LS1 4AP\"}";
    return "{\"journeys\": [\n"
        + "{\"uln\": " + json(uln.value()) + ", " + person + ", \"standard\": \"ST0480\", \"version\": \"1.0\", "
        + postal + ", \"facts\": [\n"
        + "{\"date\": \"2025-01-06\", \"kind\": \"gateway-passed\"},\n"
        + "{\"date\": \"2025-02-03\", \"kind\": \"method-assessed\", \"method\": \"project\", \"grade\": \"Pass\", \"assessor\": \"A-01\"},\n"
        + "{\"date\": \"2025-02-10\", \"kind\": \"method-assessed\", \"method\": \"discussion\", \"grade\": \"Distinction\", \"assessor\": \"A-01\"},\n"
        + "{\"date\": \"2025-02-14\", \"kind\": \"outcome-notified\"},\n"
        + "{\"date\": \"2025-02-15\", \"kind\": \"result-shared\", \"parties\": [\"apprentice\", \"employer\", \"provider\"], \"resultStatement\": true, \"appealsProcess\": true},\n"
        + "{\"date\": \"2025-02-16\", \"kind\": \"agreement-recorded\"},\n"
        + "{\"date\": \"2025-02-17\", \"kind\": \"certificate-requested\"},\n"
        + "{\"date\": \"2025-03-03\", \"kind\": \"resit-booked\", \"methods\": [\"project\"], \"employerAgreed\": true},\n"
        + "{\"date\": \"2025-03-04\", \"kind\": \"coffee-drunk\"},\n"
        + "{\"kind\": \"gateway-passed\"}\n"
        + "]},\n"
        // the same apprentice again, a failing one with a certificate request, a bad ULN
        + "{\"uln\": " + json(uln.value()) + ", " + person + ", \"standard\": \"ST0480\", \"version\": \"1.0\", \"facts\": []},\n"
        + "{\"uln\": " + json(other.value()) + ", " + person + ", \"standard\": \"ST0480\", \"version\": \"1.0\", \"facts\": [\n"
        + "{\"date\": \"2025-01-06\", \"kind\": \"gateway-passed\"},\n"
        + "{\"date\": \"2025-02-03\", \"kind\": \"method-assessed\", \"method\": \"project\", \"grade\": \"Fail\", \"assessor\": \"A-01\"},\n"
        + "{\"date\": \"2025-02-10\", \"kind\": \"method-assessed\", \"method\": \"discussion\", \"grade\": \"Pass\", \"assessor\": \"A-01\"},\n"
        + "{\"date\": \"2025-02-14\", \"kind\": \"outcome-notified\"},\n"
        + "{\"date\": \"2025-02-17\", \"kind\": \"certificate-requested\"}\n"
        + "]},\n"
        + "{\"uln\": \"12345\", " + person + ", \"standard\": \"ST0480\", \"version\": \"1.0\", \"facts\": []},\n"
        + "{\"uln\": " + json(other.value()) + ", \"givenNames\": 7, \"familyName\": [" + json(family) + "], \"standard\": \"ST0480\", \"version\": \"1.0\", \"facts\": []}\n"
        + "]}\n";
  }

  @Property(tries = 30)
  void noNameInAnyToStringAndNoWholeUlnOutsideDiagnostics(@ForAll("names") String given,
      @ForAll("names") String family, @ForAll("names") String contact, @ForAll("ulns") Uln uln,
      @ForAll("ulns") Uln other) throws Exception {
    Assume.that(!uln.equals(other) && !given.contains(family) && !family.contains(given)
        && !contact.contains(given) && !contact.contains(family));
    List<Object> roots = new ArrayList<>();
    AssessmentPlan plan = sweepIo(roots, given, family, contact, uln, other);
    sweepAnalysis(roots, given, family);
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> all = new ArrayList<>();
    for (Object root : roots) {
      walk(root, seen, all);
    }
    assertThat(plan).isNotNull();
    for (Object value : all) {
      Class<?> type = value.getClass();
      if (!type.getName().startsWith("dev.epakit.io") && !type.getName().startsWith("dev.epakit.analysis")) {
        continue;
      }
      MET.add(type);
      String text = String.valueOf(value);
      assertThat(text).as("toString of %s", type.getName())
          .doesNotContain(given).doesNotContain(family).doesNotContain(contact);
      if (!MAY_SHOW_ULN.contains(type.getName())) {
        assertThat(text).as("toString of %s", type.getName())
            .doesNotContain(uln.value()).doesNotContain(other.value());
      }
    }
  }

  static AssessmentPlan sweepIo(List<Object> roots, String given, String family, String contact,
      Uln uln, Uln other) throws Exception {
    PlanFileResult planFile = PlanReader.standard().read(PLAN);
    AssessmentPlan plan = planFile.plan().get();
    roots.add(planFile);
    roots.add(PlanReader.standard());
    roots.add(PlanReader.standard().limits());
    roots.add(PlanValidation.validate(PLAN));
    roots.add(dev.epakit.io.plan.DiagnosticCode.all());
    String text = journeys(given, family, contact, uln, other);
    JourneyFile file = JourneyReader.create().notAfter(LocalDate.of(2025, 12, 31))
        .readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(file.journeys()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(file.diagnostics()).isNotEmpty();
    roots.add(file);
    roots.add(JourneyReader.create());
    roots.add(JourneyReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        j -> { }, d -> { }));
    for (JourneyRecord record : file.journeys()) {
      roots.add(RecordAGradeExport.of(record, plan, LocalDate.of(2025, 6, 30)));
    }
    // a certificate request, built as the export builds one, with a postal contact of its own
    roots.add(new dev.epakit.io.recordagrade.CertificateRequest(uln.value(), family, "ST0480", "1.0",
        Optional.of("Core"), "Distinction", LocalDate.of(2025, 2, 14),
        Optional.of(new dev.epakit.io.journey.PostalContact(contact, "", family + " Ltd",
            List.of("1 " + given + " Street"), "Leeds", "LS1 4AP")), 2));
    String csv = "uln,given_names,family_name,method,grade,date,assessor,attempt\n"
        + uln.value() + "," + given + "," + family + ",project,Fail,2025-02-03,A-01,1\n"
        + uln.value() + "," + given + "," + family + ",discussion,Pass,2025-02-10,A-01,1\n"
        + uln.value() + "," + given + "," + family + ",project,Pass,2025-04-07,A-02,2\n"
        + other.value() + "," + given + "," + family + ",project,Pass,2025-04-07,A-02,one\n"
        + "12345," + given + "," + family + ",project,Pass,2025-04-07,A-02,1\n";
    ResultsCsvImport importer = ResultsCsvImport.create(plan);
    roots.add(importer);
    roots.add(importer.readAll(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    roots.add(StatementSettings.generic());
    // results and ratings files, where a candidate or unit may be named by a careless user
    String results = "assessor,grade,standard,method,date,provider\n"
        + "A-1,Pass,ST0480,project,2025-01-01," + family + "\nA-1,Pas,ST0480,project,2025-01-01,P\nA-2,Fail\n";
    roots.add(ResultsFile.read("results.csv", new ByteArrayInputStream(results.getBytes(StandardCharsets.UTF_8)),
        List.of(), (rows, bytes) -> { }));
    roots.add(ResultsFile.read("results.csv", new ByteArrayInputStream(
        "assessor,grade\nA-1,Pass\nA-2,Fail\n".getBytes(StandardCharsets.UTF_8)), List.of(), (r, b) -> { }));
    String ratings = "script,A-1,A-2\n" + family + ",Pass,Fail\n" + given + ",Pass,Pass\n"
        + family + ",Pass,Pass\n" + uln.value() + ",Pass,Excellent\n";
    roots.add(RatingsFile.read("ratings.csv", new ByteArrayInputStream(ratings.getBytes(StandardCharsets.UTF_8)), List.of()));
    roots.add(RatingsFile.read("ratings.csv", new ByteArrayInputStream(
        ("script,A-1,A-2\n" + family + ",Pass,Fail\n" + given + ",Pass,Pass\n").getBytes(StandardCharsets.UTF_8)),
        List.of()));
    Path assessments = Files.createTempFile("sweep", ".csv");
    try {
      Files.writeString(assessments, "candidate,assessor,method,grade\n" + given + " " + family
          + ",A-1,project,Pass\n" + uln.value() + ",A-1,project,Pass\n\"" + family + ",x\n");
      List<Object> rows = new ArrayList<>();
      roots.add(AssessmentCsv.read(assessments, List.of("candidate", "assessor", "method", "grade"), row -> {
        rows.add(row);
        return row.get("candidate").filter(c -> c.contains(family)).map(c -> "a problem with this row");
      }));
      roots.addAll(rows);
    } finally {
      Files.delete(assessments);
    }
    SpreadsheetCsv table = SpreadsheetCsv.withColumns("candidate", "n");
    roots.add(table);
    roots.add(List.of(SpreadsheetCsv.Cell.text(given + " " + family), SpreadsheetCsv.Cell.count(1),
        SpreadsheetCsv.Cell.number(-0.5), SpreadsheetCsv.Cell.empty()));
    return plan;
  }

  static void sweepAnalysis(List<Object> roots, String given, String family) {
    // candidates are apprentices: their names go into dictionaries
    IndexDictionary.Builder candidates = IndexDictionary.builder();
    for (int c = 0; c < 40; c++) {
      candidates.intern(given + c + " " + family);
    }
    roots.add(candidates);
    roots.add(candidates.build());
    roots.add(IndexDictionary.of(given, family));
    // severity: measured, too little data, disconnected
    FacetObservations.Builder b = FacetObservations.builder(4);
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int c = 0; c < 40; c++) {
      double ability = random.nextGaussian();
      for (int a = 0; a < 3; a++) {
        int m = (a + c) % 2;
        double eta = ability + 0.3 * (a - 1) + 0.5 * random.nextGaussian();
        b.add(c, a, m, 0, eta < -0.8 ? 0 : eta < 0.2 ? 1 : eta < 1 ? 2 : 3);
      }
    }
    b.add(40, 0, 0, 0, 3);
    b.add(40, 1, 1, 0, 3);
    FacetObservations data = b.build();
    roots.add(b);
    roots.add(data);
    roots.add(RaschOptions.defaults());
    roots.add(ManyFacetRasch.estimate(data));
    roots.add(ManyFacetRasch.estimate(FacetObservations.builder(2).add(0, 0, 0, 0, 1).build()));
    FacetObservations.Builder split = FacetObservations.builder(2);
    for (int c = 0; c < 20; c++) {
      split.add(c, c < 10 ? 0 : 2, 0, 0, c % 2);
      split.add(c, c < 10 ? 1 : 3, 0, 0, 1 - c % 2);
    }
    roots.add(ManyFacetRasch.estimate(split.build()));
    // materials
    MaterialColumns.Builder mb = MaterialColumns.builder();
    for (int r = 0; r < 200; r++) {
      mb.add(r % 2, r % 3, r % 40, (r / 2) % 3, r % 4, 1 + r % 3, r % 5 != 0, r % 11);
    }
    roots.add(mb);
    MaterialColumns materials = mb.build();
    roots.add(materials);
    roots.add(MaterialsAnalysis.analyse(materials, OptionalLong.of(1)));
    roots.add(CronbachAlpha.of(new double[][] {{1, 2}, {2, 3}, {3, 3}}));
    roots.add(CronbachAlpha.of(new double[][] {{1}}));
    // variance
    ResultColumns.Builder rb = ResultColumns.builder(true);
    for (int r = 0; r < 1500; r++) {
      rb.add(r % 25, r % 3, (r + r / 25) % 4 != 0, (r + r / 25) % 4);
    }
    roots.add(rb);
    ResultColumns columns = rb.build();
    roots.add(columns);
    VarianceAccumulator acc = VarianceAccumulator.create(25, 3, 4).addAll(columns);
    roots.add(acc);
    roots.add(acc.result());
    roots.add(AssessorVarianceAnalysis.analyse(acc.result(),
        VarianceOptions.defaults().withMonteCarlo(1, 200)));
    roots.add(AssessorVarianceAnalysis.analyse(VarianceAccumulator.create(2, 1, 2).result()));
    roots.add(FunnelLimits.of(FunnelMethod.EXACT_BINOMIAL, 0.8, 30, 0.95));
    // agreement, with grade names as categories
    CategoryOrder order = CategoryOrder.of("Fail", "Pass", "Merit");
    int[] first = new int[60];
    int[] second = new int[60];
    int[][] units = new int[60][3];
    double[][] numeric = new double[60][3];
    for (int u = 0; u < 60; u++) {
      first[u] = u % 3;
      second[u] = (u + (u % 5 == 0 ? 1 : 0)) % 3;
      units[u] = new int[] {first[u], second[u], u % 7 == 0 ? (u + 2) % 3 : first[u]};
      numeric[u] = new double[] {first[u], second[u], units[u][2]};
    }
    ConfusionMatrix table = ConfusionMatrix.tabulate(order, first, second);
    roots.add(order);
    roots.add(table);
    roots.add(CohenKappa.of(table));
    roots.add(CohenKappa.of(table, Weights.quadratic(3)));
    roots.add(CohenKappa.of(ConfusionMatrix.tabulate(order, new int[] {0}, new int[] {0})));
    roots.add(CohenKappa.accumulator(order));
    roots.add(FleissKappa.of(order, units));
    roots.add(FleissKappa.accumulator(order, 3));
    roots.add(GwetAgreement.ac1(order, units));
    roots.add(GwetAgreement.ac2(order, units, Weights.linear(3)));
    roots.add(GwetAgreement.accumulator(order));
    roots.add(KrippendorffAlpha.of(KrippendorffAlpha.Level.ORDINAL, numeric));
    roots.add(KrippendorffAlpha.accumulator(KrippendorffAlpha.Level.NOMINAL));
    roots.add(IntraclassCorrelation.of(numeric));
    roots.add(IntraclassCorrelation.accumulator(3));
    roots.add(PercentAgreement.exact(table));
    roots.add(PercentAgreement.withinOne(table));
    roots.add(Weights.unweighted(3));
    FeedbackAccumulator feedback = FeedbackAccumulator.of(1, 5, 2);
    for (int i = 0; i < 10; i++) {
      feedback.add(dev.epakit.core.journey.Party.values()[i % dev.epakit.core.journey.Party.values().length], i % 2, 1 + i % 5);
    }
    roots.add(feedback);
    roots.add(feedback.result());
  }

  /** Collects every object reachable through records, containers, options and vavr values. */
  static void walk(Object o, Map<Object, Boolean> seen, List<Object> all) throws Exception {
    if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean
        || o instanceof Class<?> || o instanceof Enum<?> && !o.getClass().getName().startsWith("dev.epakit")
        || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    all.add(o);
    Class<?> type = o.getClass();
    if (o instanceof Optional<?> opt) {
      walk(opt.orElse(null), seen, all);
    } else if (o instanceof Either<?, ?> e) {
      walk(e.isLeft() ? e.getLeft() : e.get(), seen, all);
    } else if (o instanceof Validation<?, ?> v) {
      walk(v.isInvalid() ? v.getError() : v.get(), seen, all);
    } else if (o instanceof io.vavr.control.Option<?> opt) {
      walk(opt.getOrNull(), seen, all);
    } else if (o instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getKey(), seen, all);
        walk(e.getValue(), seen, all);
      }
    } else if (o instanceof Collection<?> c) {
      for (Object x : c) {
        walk(x, seen, all);
      }
    } else if (o instanceof Iterable<?> it && type.getName().startsWith("io.vavr")) {
      for (Object x : it) {
        walk(x, seen, all);
      }
    } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
      for (int i = 0; i < Array.getLength(o); i++) {
        walk(Array.get(o, i), seen, all);
      }
    } else if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        Method accessor = c.getAccessor();
        accessor.setAccessible(true);
        walk(accessor.invoke(o), seen, all);
      }
    }
  }

  /**
   * Whether a type can have no instance to sweep: a class whose constructors are all private and
   * that no public method hands out (a holder of static methods), or an enum, whose text is its
   * constant's name.
   */
  static boolean hasNoInstancesToSweep(Class<?> type) {
    if (type.isEnum()) {
      return true;
    }
    if (type.isInterface() || type.isRecord()) {
      return false;
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (!Modifier.isPrivate(c.getModifiers())) {
        return false;
      }
    }
    for (Method m : type.getMethods()) {
      if (type.isAssignableFrom(m.getReturnType()) && m.getDeclaringClass() != Object.class) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theSweepMeetsEveryPublicType() throws Exception {
    if (MET.isEmpty()) {
      new PersonalDataSweepProperties().noNameInAnyToStringAndNoWholeUlnOutsideDiagnostics(
          "ZqxAda", "ZqxLovelace", "ZqxManager", Uln.of("1000102504"), Uln.of("9276308686"));
    }
    Set<String> missed = new TreeSet<>();
    for (JavaClass c : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // test fixtures of epa-io
        .importPackages("dev.epakit.io", "dev.epakit.analysis")) {
      if (!isPublicApi(c)) {
        continue;
      }
      Class<?> type = Class.forName(c.getName());
      boolean met = MET.stream().anyMatch(type::isAssignableFrom);
      if (!met && !hasNoInstancesToSweep(type) && !USER_IMPLEMENTED.contains(type.getName())) {
        missed.add(type.getName());
      }
    }
    assertThat(missed).as("public types the sweep never met").isEmpty();
  }

  private static boolean isPublicApi(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC) || k.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }
}
