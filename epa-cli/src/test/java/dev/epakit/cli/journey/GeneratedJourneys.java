package dev.epakit.cli.journey;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a journey file of the Senior leader plan (ST0480) for performance measurements and tests:
 * half the apprentices pass and request their certificate (7 facts), the other half fail the project,
 * resit it, pass and then book a second resit, which the rules refuse (9 facts). Same count and seed,
 * same file. About 1.1 kB a journey (111 MB for 100,000); one in four has a postal contact.
 *
 * <p>From the repository root, after {@code mvn -B -ntp -o -q -DskipTests package -pl epa-cli -am}
 * (which compiles the test classes too):
 *
 * <pre>
 * java -cp "epa-cli/target/test-classes:$(ls epa-cli/target/epa-cli-*-all.jar)" \
 *     dev.epakit.cli.journey.GeneratedJourneys 1000000 /tmp/journeys-1m.json
 * </pre>
 */
public final class GeneratedJourneys {

  private static final String[] GIVEN = {"Ada", "Grace", "Alan", "Mary", "Tim", "Katherine", "Edsger", "Barbara"};
  private static final String[] FAMILY = {"Lovelace", "Hopper", "Turing", "Somerville", "Berners-Lee", "Johnson",
      "Dijkstra", "Liskov"};
  private static final String[] CITY = {"Leeds", "Manchester", "Bristol", "Norwich", "Exeter", "Durham"};
  private static final String[] ASSESSORS = {"A-01", "A-02", "A-03", "A-04", "A-05", "A-06", "A-07", "A-08"};

  private GeneratedJourneys() {}

  /**
   * Writes the file.
   *
   * @param args the number of journeys and the file; a third argument is the seed (default 1)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(args[1])),
        StandardCharsets.UTF_8), 1 << 16)) {
      write(count, seed, w);
    }
  }

  /**
   * Writes journeys.
   *
   * @param count how many
   * @param seed the random seed
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  static void write(int count, long seed, Writer out) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    out.write("{\n  \"format\": \"epakit-journeys/1\",\n  \"journeys\": [");
    StringBuilder b = new StringBuilder(2048);
    long next = 1_000_000_000L;
    for (int i = 0; i < count; i++) {
      b.setLength(0);
      b.append(i == 0 ? "\n" : ",\n");
      String uln = uln(next);
      next = Long.parseLong(uln) + 1;
      journey(b, uln, random);
      out.append(b);
    }
    out.write(count == 0 ? "]\n}\n" : "\n  ]\n}\n");
  }

  /** The n-th valid ULN at or after {@code from}: ten digits whose check digit is right. */
  static String uln(long from) {
    for (long n = from;; n++) {
      String s = Long.toString(n);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (10 - i) * (s.charAt(i) - '0');
      }
      int r = sum % 11;
      if (r != 0 && 10 - r == s.charAt(9) - '0') {
        return s;
      }
    }
  }

  private static void journey(StringBuilder b, String uln, SplittableRandom r) {
    b.append("    {\n      \"uln\": \"").append(uln).append("\",\n");
    b.append("      \"givenNames\": \"").append(GIVEN[r.nextInt(GIVEN.length)]).append("\",\n");
    b.append("      \"familyName\": \"").append(FAMILY[r.nextInt(FAMILY.length)]).append("\",\n");
    b.append("      \"standard\": \"ST0480\",\n      \"version\": \"1.0\",\n");
    if (r.nextInt(4) == 0) {
      b.append("      \"postalContact\": {\"contactName\": \"Apprenticeship manager\", \"organisation\": \"Employer ")
          .append(r.nextInt(1000)).append(" Ltd\", \"addressLines\": [\"").append(1 + r.nextInt(200))
          .append(" Example Street\"], \"city\": \"").append(CITY[r.nextInt(CITY.length)])
          .append("\", \"postcode\": \"LS1 4AP\"},\n");
    }
    b.append("      \"facts\": [\n");
    LocalDate d = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(365));
    String assessor = ASSESSORS[r.nextInt(ASSESSORS.length)];
    fact(b, d, "gateway-passed", "");
    d = d.plusDays(14 + r.nextInt(30));
    if (r.nextBoolean()) {
      boolean distinction = r.nextInt(4) == 0;
      assessed(b, d, "project", distinction ? "Distinction" : "Pass", assessor);
      d = d.plusDays(1 + r.nextInt(14));
      assessed(b, d, "discussion", r.nextBoolean() ? "Distinction" : "Pass", assessor);
      d = d.plusDays(1 + r.nextInt(7));
      fact(b, d, "outcome-notified", "");
      d = d.plusDays(1);
      shared(b, d, false);
      d = d.plusDays(1 + r.nextInt(10));
      fact(b, d, "written-agreement-recorded", ", \"party\": \"apprentice\", \"purpose\": \"certificate\"");
      d = d.plusDays(1 + r.nextInt(10));
      last(b, d, "certificate-requested", ", \"route\": \"apprentice-assessment-service\"");
    } else {
      assessed(b, d, "project", "Fail", assessor);
      d = d.plusDays(1 + r.nextInt(14));
      assessed(b, d, "discussion", r.nextBoolean() ? "Distinction" : "Pass", assessor);
      d = d.plusDays(1 + r.nextInt(7));
      fact(b, d, "outcome-notified", "");
      d = d.plusDays(1);
      shared(b, d, true);
      d = d.plusDays(1 + r.nextInt(10));
      fact(b, d, "further-attempt-recommended", ", \"recommended\": \"resit\"");
      d = d.plusDays(7 + r.nextInt(21));
      fact(b, d, "resit-booked", ", \"methods\": [\"project\"], \"employerAgreed\": true, \"feeConfirmed\": true, "
          + "\"freshMaterials\": true");
      d = d.plusDays(14 + r.nextInt(30));
      assessed(b, d, "project", "Pass", ASSESSORS[r.nextInt(ASSESSORS.length)]);
      d = d.plusDays(3 + r.nextInt(10));
      last(b, d, "resit-booked", ", \"methods\": [\"project\"], \"employerAgreed\": true, \"feeConfirmed\": true, "
          + "\"freshMaterials\": true");
    }
    b.append("\n      ]\n    }");
  }

  private static void assessed(StringBuilder b, LocalDate d, String method, String grade, String assessor) {
    fact(b, d, "method-assessed", ", \"method\": \"" + method + "\", \"grade\": \"" + grade + "\", \"assessor\": \""
        + assessor + "\"");
  }

  private static void shared(StringBuilder b, LocalDate d, boolean failed) {
    fact(b, d, "result-shared", ", \"parties\": [\"apprentice\", \"employer\", \"provider\"], \"resultStatement\": "
        + failed + ", \"appealsProcess\": " + failed);
  }

  private static void fact(StringBuilder b, LocalDate d, String kind, String rest) {
    last(b, d, kind, rest);
    b.append(",\n");
  }

  private static void last(StringBuilder b, LocalDate d, String kind, String rest) {
    b.append("        {\"date\": \"").append(d).append("\", \"kind\": \"").append(kind).append('"').append(rest)
        .append('}');
  }
}
