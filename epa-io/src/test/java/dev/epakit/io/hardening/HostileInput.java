package dev.epakit.io.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;

/**
 * Valid sample files of every kind EPA Kit reads, and a generator of hostile variants of them:
 * random bytes, truncated files, and files with pieces deleted, replaced or inserted (NUL bytes,
 * CRLF, byte-order marks, quotes, brackets, YAML aliases and tags, NaN, infinities, huge and
 * negative numbers, emoji and bidi controls, impossible dates), some with a broken UTF-8 sequence.
 * A test fixture shared by the reader fuzz properties and the command line's: a property class
 * extends it and names a provider in {@code @ForAll}, such as {@code @ForAll("plans")}.
 */
public abstract class HostileInput {

  /** For property classes that take hostile files from the providers below. */
  protected HostileInput() {}

  /** A valid sample. */
  public static final String PLAN = """
      standard: ST0480
      version: "1.0"
      title: Senior leader
      source: Senior leader assessment plan, 2020
      effective: {from: 2020-03-01}
      methods:
        - {id: project, name: Project, grades: [Fail, Pass, Distinction]}
        - {id: discussion, name: Discussion, grades: [Fail, Pass, Distinction]}
      overall: {grades: [Fail, Pass, Distinction]}
      grading:
        - [Pass, "Pass+", Pass]
        - [Distinction, Pass, Pass]
        - [Distinction, Distinction, Distinction]
      policy: {resitWindow: 3 months, retakeWindow: 6 months, hardWindow: 6 months, resitCap: Pass, retakeCap: Pass}
      """;

  /** A valid sample. */
  public static final String JOURNEYS = """
      {"format": "epakit-journeys/1", "journeys": [
        {"uln": "1000102504", "givenNames": "A", "familyName": "B", "standard": "ST0480", "version": "1.0",
         "postalContact": {"contactName": "C", "organisation": "O", "addressLines": ["1 Row"], "city": "Leeds",
                           "postcode": "LS1 4AP"},
         "facts": [
           {"kind": "gateway-passed", "date": "2025-01-06"},
           {"kind": "method-assessed", "date": "2025-02-03", "method": "project", "grade": "Fail", "assessor": "A-1"},
           {"kind": "method-assessed", "date": "2025-02-04", "method": "discussion", "grade": "Pass", "assessor": "A-2"},
           {"kind": "outcome-notified", "date": "2025-02-14"}]}]}
      """;

  /** A valid sample. */
  public static final String RESULTS = "assessor,grade,standard,method,date\nA-1,Pass,ST0480,project,2025-01-02\n"
      + "A-2,Fail,ST0480,discussion,2025-01-03\nA-1,Merit,ST0482,project,2025-02-01\n";

  /** A valid sample. */
  public static final String RATINGS = "script,A-1,A-2,A-3\ns1,Pass,Pass,Fail\ns2,Merit,,Merit\ns3,Fail,Fail,Fail\n";

  /** A valid sample. */
  public static final String SIMPLE_RESULTS = "uln,method,grade,date,assessor,attempt\n"
      + "1000102504,project,Pass,2025-02-03,A-1,1\n1000102504,discussion,Fail,2025-02-10,A-1,1\n";

  /** A valid sample. */
  public static final String ASSESSMENTS = "candidate,assessor,method,grade,date,site\n"
      + "c1,A-1,project,Pass,2025-01-02,Leeds\nc1,A-2,discussion,Fail,2025-02-03,York\n"
      + "c2,A-1,discussion,Pass,2025-04-05,Leeds\nc2,A-2,project,Pass,2025-05-06,York\n";

  private static final List<String> NASTY = List.of("\u0000", "\r\n", "\uFEFF", "\"", "'", ",", ":", "-", "[", "{",
      "}", "]", "*", "&a", "*a", "!!", "#", "\t", "NaN", "Infinity", "-Infinity", "1e309", "-99999999999999999999",
      "99999999999999999999", "é", "\uD83D\uDE00", "\u202E", "\n", " ", "~", "null", "2025-02-30", "9999999999");

  /**
   * Hostile variants of a valid file.
   *
   * @param valid the valid file's text
   * @return random bytes (2 in 10), truncated files (2 in 10) and edited files (6 in 10)
   */
  public static Arbitrary<byte[]> hostile(String valid) {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length())
        .map(n -> valid.substring(0, n).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> mutated = Combinators.combine(
            Arbitraries.integers().between(0, valid.length()).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(NASTY).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(0, 3))
        .as((positions, inserts, mode) -> {
          StringBuilder s = new StringBuilder(valid);
          for (int i = 0; i < positions.size(); i++) {
            int at = Math.min(positions.get(i), s.length());
            String piece = inserts.get(i % inserts.size());
            if (mode == 0 && at < s.length()) {
              s.deleteCharAt(at);
            } else if (mode == 1 && at < s.length()) {
              s.replace(at, Math.min(s.length(), at + piece.length()), piece);
            } else {
              s.insert(at, piece);
            }
          }
          byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
          if (mode == 3 && bytes.length > 2) {
            bytes[bytes.length / 2] = (byte) 0xC3; // a broken UTF-8 sequence
          }
          return bytes;
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(2, truncated), net.jqwik.api.Tuple.of(6, mutated));
  }


  /** @return hostile variants of {@link #PLAN} */
  @Provide
  public Arbitrary<byte[]> plans() {
    return hostile(PLAN);
  }

  /** @return hostile variants of {@link #JOURNEYS} */
  @Provide
  public Arbitrary<byte[]> journeys() {
    return hostile(JOURNEYS);
  }

  /** @return hostile variants of {@link #RESULTS} */
  @Provide
  public Arbitrary<byte[]> results() {
    return hostile(RESULTS);
  }

  /** @return hostile variants of {@link #RATINGS} */
  @Provide
  public Arbitrary<byte[]> ratings() {
    return hostile(RATINGS);
  }

  /** @return hostile variants of {@link #SIMPLE_RESULTS} */
  @Provide
  public Arbitrary<byte[]> simpleResults() {
    return hostile(SIMPLE_RESULTS);
  }

  /** @return hostile variants of {@link #ASSESSMENTS} */
  @Provide
  public Arbitrary<byte[]> assessments() {
    return hostile(ASSESSMENTS);
  }
}
