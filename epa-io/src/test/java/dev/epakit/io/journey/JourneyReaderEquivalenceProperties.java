package dev.epakit.io.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte-based {@link JourneyReader} reads every file exactly as the character-based reader it
 * replaced ({@link ReferenceJourneyReader}): the same journeys, facts and lines, the same
 * diagnostics in the same order, the same summary, on valid, broken and hostile input, invalid
 * UTF-8 of every kind included, and on files long enough to cross the buffers.
 */
class JourneyReaderEquivalenceProperties {

  static final String VALID = """
      {"format": "epakit-journeys/1", "journeys": [
        {"uln": "1000102504", "givenNames": "Ada", "familyName": "B\u00e9", "standard": "ST0480", "version": "1.0",
         "postalContact": {"contactName": "M", "organisation": "O", "addressLines": ["1 Street"], "city": "Leeds",
           "postcode": "LS1 4AP"},
         "facts": [
           {"kind": "gateway-passed", "date": "2025-01-06"},
           {"kind": "method-assessed", "date": "2025-02-03", "method": "project", "grade": "Pass", "assessor": "A-1"},
           {"kind": "method-assessed", "date": "2025-02-04", "method": "discussion", "score": 71, "assessor": "A-1"},
           {"kind": "outcome-notified", "date": "2025-02-14"},
           {"kind": "result-shared", "date": "2025-02-15", "parties": ["apprentice", "employer"], "resultStatement": true},
           {"kind": "resit-booked", "date": "2025-03-01", "methods": ["project"], "employerAgreed": true},
           {"kind": "appeal-decided", "date": "2025-03-02", "outcome": "upheld", "method": "project", "grade": "Pass"},
           {"kind": "written-agreement-recorded", "date": "2025-03-03", "party": "apprentice", "purpose": "certificate"},
           {"kind": "certificate-requested", "date": "2025-03-04"},
           {"kind": "outcome-notified", "date": "2025-02-14"}]},
        {"uln": 9276308686, "standard": "ST0480", "version": 1.0, "option": "core", "facts": []}]}
      """;

  private static final List<String> NASTY = List.of("\u0000", "\r\n", "\r", "\uFEFF", "\"", "'", ",", ":", "-", "[",
      "{", "}", "]", "\\", "\\u00e9", "\\uD800", "#", "\t", "NaN", "1e309", "-99999999999999999999", "true", "null",
      "\u00e9", "\uD83D\uDE00", "\u202E", "\uFFFD", "\n", " ", "2025-02-30", "2099-01-01", "9999999999", "\"kind\"",
      "\"date\"", "\"grade\"", "\"score\"", "\"methods\"", "\"facts\"", "\"uln\"");

  /** Byte sequences the JDK's decoder takes as malformed in different ways, and some valid ones. */
  private static final List<byte[]> BYTES = List.of(b(0xC3), b(0xE2, 0x82), b(0xF0, 0x9F, 0x98), b(0xED, 0xA0, 0x80),
      b(0xC0, 0xAF), b(0xE0, 0x80, 0xAF), b(0xF4, 0x90, 0x80, 0x80), b(0xF5), b(0xFF), b(0xFE), b(0x80), b(0xBF, 0xBF),
      b(0xF8, 0x88, 0x80, 0x80, 0x80), b(0xE2, 0x28, 0xA1), b(0xF0, 0x28, 0x8C, 0x28), b(0xEF, 0xBB, 0xBF),
      b(0xC3, 0xA9), b(0xE2, 0x82, 0xAC), b(0xF0, 0x9F, 0x98, 0x80), b(0x00), b(0x0A));

  private static byte[] b(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Provide
  Arbitrary<byte[]> files() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, VALID.length())
        .map(n -> VALID.substring(0, n).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> mutated = Combinators.combine(
            Arbitraries.integers().between(0, VALID.length()).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.of(NASTY).list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(0, 2))
        .as((positions, inserts, mode) -> {
          StringBuilder s = new StringBuilder(VALID);
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
          return s.toString().getBytes(StandardCharsets.UTF_8);
        });
    Arbitrary<byte[]> badBytes = Combinators.combine(
            Arbitraries.integers().between(0, VALID.length()).list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(BYTES).list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(true, false))
        .as((positions, pieces, bom) -> {
          byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
          List<Integer> sorted = new ArrayList<>(positions);
          sorted.sort(null);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          if (bom) {
            out.writeBytes(b(0xEF, 0xBB, 0xBF));
          }
          int from = 0;
          for (int i = 0; i < sorted.size(); i++) {
            int at = Math.min(sorted.get(i), valid.length);
            out.write(valid, from, at - from);
            out.writeBytes(pieces.get(i % pieces.size()));
            from = at;
          }
          out.write(valid, from, valid.length - from);
          return out.toByteArray();
        });
    Arbitrary<byte[]> prefixed = Combinators.combine(Arbitraries.of(BYTES), Arbitraries.of(BYTES), truncated)
        .as((x, y, rest) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(x);
          out.writeBytes(y);
          out.writeBytes(rest);
          return out.toByteArray();
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, random), net.jqwik.api.Tuple.of(2, truncated),
        net.jqwik.api.Tuple.of(4, mutated), net.jqwik.api.Tuple.of(4, badBytes), net.jqwik.api.Tuple.of(1, prefixed));
  }

  @Property(tries = 5_000, edgeCases = EdgeCasesMode.MIXIN)
  void readsEveryFileAsTheCharacterReaderDid(@ForAll("files") byte[] input) {
    assertSame(input, null);
    assertSame(input, LocalDate.of(2025, 3, 1));
  }

  @Example
  void aLongFileWithInvalidUtf8AcrossTheBuffers() {
    Random random = new Random(7);
    StringBuilder s = new StringBuilder("{\"journeys\": [\n");
    String journey = VALID.substring(VALID.indexOf("{\"uln\""), VALID.indexOf("{\"uln\": 9276308686"));
    for (int i = 0; i < 600; i++) {
      s.append(journey.replace("1000102504", uln(1_000_000_000L + 11L * i))).append('\n');
    }
    s.append("{\"uln\": \"1000102504\", \"standard\": \"ST0480\", \"version\": \"1.0\", \"facts\": []}]}\n");
    byte[] valid = s.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < valid.length; i++) {
      out.write(valid[i]);
      if (valid[i] == '"' && random.nextInt(200) == 0) {
        out.writeBytes(BYTES.get(random.nextInt(BYTES.size() - 3))); // inside or next to a string
      }
    }
    byte[] input = out.toByteArray();
    assertThat(input.length).isGreaterThan(3 * (1 << 16));
    assertSame(input, null);
    assertSame(input, LocalDate.of(2025, 2, 20));
  }

  @Example
  void theGeneratedLargeFileReadsTheSame() {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < 2_000; i++) {
      s.append(i == 0 ? "\n" : ",\n").append(VALID.substring(VALID.indexOf("{\"uln\""),
          VALID.indexOf(",\n  {\"uln\": 9276308686")).replace("1000102504", uln(1_000_000_000L + 13L * i)));
    }
    s.append("\n]\n");
    byte[] input = s.toString().getBytes(StandardCharsets.UTF_8);
    assertSame(input, null);
  }

  private static String uln(long from) {
    for (long n = from;; n++) {
      String t = Long.toString(n);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (10 - i) * (t.charAt(i) - '0');
      }
      int r = sum % 11;
      if (r != 0 && 10 - r == t.charAt(9) - '0') {
        return t;
      }
    }
  }

  private static void assertSame(byte[] input, LocalDate notAfter) {
    List<Object> expected = new ArrayList<>();
    List<Object> actual = new ArrayList<>();
    ReferenceJourneyReader reference = notAfter == null ? ReferenceJourneyReader.create()
        : ReferenceJourneyReader.create().notAfter(notAfter);
    JourneyReader reader = notAfter == null ? JourneyReader.create() : JourneyReader.create().notAfter(notAfter);
    ReadSummary was = reference.read(new ByteArrayInputStream(input), expected::add, expected::add);
    ReadSummary is = reader.read(new ByteArrayInputStream(input), actual::add, actual::add);
    if (!was.complete()) {
      // reading stopped (text that is not JSON, or not journeys): invalid UTF-8 after that point is
      // reported as far as each reader had read ahead, which depends on its buffers
      assertThat(afterTheStop(actual)).containsExactlyElementsOf(afterTheStop(expected));
      assertThat(is.complete()).isFalse();
      assertThat(is.journeys()).isEqualTo(was.journeys());
      assertThat(is.skipped()).isEqualTo(was.skipped());
      return;
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(is).isEqualTo(was);
  }

  private static final java.util.Set<String> STOPS = java.util.Set.of("file.syntax", "file.unreadable", "file.shape",
      "file.empty");

  /** What was read, without the invalid UTF-8 reported after reading stopped. */
  private static List<Object> afterTheStop(List<Object> read) {
    List<Object> out = new ArrayList<>();
    boolean stopped = false;
    for (Object o : read) {
      boolean encoding = o instanceof JourneyDiagnostic d && d.code().equals("encoding.utf8");
      if (!(stopped && encoding)) {
        out.add(o);
      }
      stopped |= o instanceof JourneyDiagnostic d && STOPS.contains(d.code());
    }
    return out;
  }
}
