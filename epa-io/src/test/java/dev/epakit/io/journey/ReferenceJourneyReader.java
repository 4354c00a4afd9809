package dev.epakit.io.journey;

import dev.epakit.core.Problem;
import dev.epakit.core.identity.Apprentice;
import dev.epakit.core.identity.AssessorId;
import dev.epakit.core.identity.Standard;
import dev.epakit.core.identity.StandardReference;
import dev.epakit.core.identity.StandardVersion;
import dev.epakit.core.identity.Uln;
import dev.epakit.core.journey.AgreementPurpose;
import dev.epakit.core.journey.AttemptKind;
import dev.epakit.core.journey.CertificateRoute;
import dev.epakit.core.journey.Fact;
import dev.epakit.core.journey.Mark;
import dev.epakit.core.journey.Party;
import dev.epakit.core.plan.MethodId;
import dev.epakit.io.journey.FactCodec.Key;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The journey reader as it was before it read bytes (a character reader over {@link Utf8LineReader},
 * strings and maps for every fact), kept unchanged as the reference the faster {@link JourneyReader}
 * must agree with, journey for journey and diagnostic for diagnostic.
 */
final class ReferenceJourneyReader {

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(dev.epakit.io.StreamLimits.CONSTRAINTS).build();

  private final Optional<LocalDate> notAfter;

  private ReferenceJourneyReader(Optional<LocalDate> notAfter) {
    this.notAfter = notAfter;
  }

  /**
   * A reader that accepts facts of any date.
   *
   * @return the reader
   */
  static ReferenceJourneyReader create() {
    return new ReferenceJourneyReader(Optional.empty());
  }

  /**
   * This reader, refusing facts dated after a day (such as the date the answers are for: a fact
   * in the future is a mistake in the file).
   *
   * @param latest the latest date allowed, not {@code null}
   * @return a new reader
   */
  ReferenceJourneyReader notAfter(LocalDate latest) {
    return new ReferenceJourneyReader(Optional.of(Objects.requireNonNull(latest, "latest")));
  }

  /**
   * Reads a whole file into memory.
   *
   * @param in the file's bytes, UTF-8; closed when done
   * @return the journeys and diagnostics
   */
  public JourneyFile readAll(InputStream in) {
    List<JourneyRecord> journeys = new ArrayList<>();
    List<JourneyDiagnostic> diagnostics = new ArrayList<>();
    ReadSummary summary = read(in, journeys::add, diagnostics::add);
    return new JourneyFile(journeys, diagnostics, summary.complete());
  }

  /**
   * Streams a file: each journey and each diagnostic is handed on as soon as it is read, in file
   * order. The consumers are called on the calling thread.
   *
   * @param in the file's bytes, UTF-8; closed when done
   * @param journeys receives each journey read
   * @param diagnostics receives each problem found
   * @return what the reading came to
   */
  public ReadSummary read(InputStream in, Consumer<? super JourneyRecord> journeys,
      Consumer<? super JourneyDiagnostic> diagnostics) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(journeys, "journeys");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Run run = new Run(new Utf8LineReader(in), journeys, diagnostics);
    try {
      run.file();
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      String firstLine = message.lines().findFirst().orElse(message);
      run.report(JourneyDiagnostic.of(run.currentUln, at == null ? 0 : at.getLineNr(), "", "file.syntax",
          "not valid JSON, reading stopped here: " + firstLine));
      run.complete = false;
    } catch (RuntimeException e) {
      run.report(JourneyDiagnostic.of(run.currentUln, 0, "", "file.unreadable", "the file could not be read: " + e.getMessage()));
      run.complete = false;
    } finally {
      try {
        run.source.close();
      } catch (IOException e) {
        // nothing more to read
      }
    }
    run.flushMalformed(Integer.MAX_VALUE, null);
    return new ReadSummary(run.journeyCount, run.skipped, run.diagnosticCount, run.complete);
  }

  /** One reading of one file. */
  private final class Run {
    final Utf8LineReader source;
    final Consumer<? super JourneyRecord> journeys;
    final Consumer<? super JourneyDiagnostic> diagnostics;
    final UlnSet seen = new UlnSet();
    // files repeat the same dates, methods and assessors: parse each text once per file
    final Map<String, LocalDate> dates = new HashMap<>();
    final Map<String, Validation<Seq<Problem>, MethodId>> methods = new HashMap<>();
    final Map<String, Validation<Seq<Problem>, AssessorId>> assessors = new HashMap<>();
    JsonParser p;
    String currentUln;
    int journeyCount;
    int skipped;
    int diagnosticCount;
    boolean complete = true;

    Run(Utf8LineReader source, Consumer<? super JourneyRecord> journeys, Consumer<? super JourneyDiagnostic> diagnostics) {
      this.source = source;
      this.journeys = journeys;
      this.diagnostics = diagnostics;
    }

    void report(JourneyDiagnostic d) {
      diagnosticCount++;
      diagnostics.accept(d);
    }

    int line() {
      return p.currentTokenLocation().getLineNr();
    }

    void file() {
      p = JSON.createParser(source);
      JsonToken t = p.nextToken();
      if (t == null) {
        report(JourneyDiagnostic.of(null, 1, "", "file.empty", "the file is empty: expected journeys in JSON"));
        complete = false;
        return;
      }
      if (t == JsonToken.START_ARRAY) {
        journeyArray("");
      } else if (t == JsonToken.START_OBJECT) {
        int start = line();
        JourneyBuilder single = null;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          if (single == null && name.equals("journeys")) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
              journeyArray("journeys");
            } else {
              report(JourneyDiagnostic.of(null, line(), "journeys", "file.journeys", "expected an array of journeys"));
              p.skipChildren();
            }
          } else if (single == null && name.equals("format")) {
            p.nextToken();
            String format = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : p.getText();
            if (!FactCodec.FORMAT.equals(format)) {
              report(JourneyDiagnostic.of(null, line(), "format", "file.format",
                  "unknown format '" + format + "': this reader reads " + FactCodec.FORMAT));
            }
            p.skipChildren();
          } else {
            if (single == null) {
              single = new JourneyBuilder(start, "");
            }
            journeyField(single, name);
          }
        }
        if (single != null) {
          finish(single, line());
        }
      } else {
        report(JourneyDiagnostic.of(null, line(), "", "file.shape",
            "expected a journey object, an array of journeys, or an object with a 'journeys' array"));
        complete = false;
        return;
      }
      if (p.nextToken() != null) {
        report(JourneyDiagnostic.of(null, line(), "", "file.trailing", "unexpected content after the journeys: ignored"));
      }
    }

    void journeyArray(String path) {
      int index = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String here = path.isEmpty() ? "[" + index + "]" : path + "[" + index + "]";
        if (t == JsonToken.START_OBJECT) {
          JourneyBuilder b = new JourneyBuilder(line(), here);
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            journeyField(b, p.currentName());
          }
          finish(b, line());
        } else {
          report(JourneyDiagnostic.of(null, line(), here, "journey.shape", "expected a journey object"));
          p.skipChildren();
          skipped++;
        }
        index++;
      }
    }

    /** Reads the value of one field of a journey object; the parser is on the field's name. */
    void journeyField(JourneyBuilder b, String name) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "uln" -> {
          b.ulnLine = line();
          b.uln = scalar(b, "uln");
          currentUln = b.uln == null ? null : b.uln.strip();
        }
        case "givenNames" -> b.givenNames = text(b, "givenNames");
        case "familyName" -> b.familyName = text(b, "familyName");
        case "standard" -> {
          b.standardLine = line();
          b.standard = text(b, "standard");
        }
        case "version" -> {
          b.versionLine = line();
          b.version = scalar(b, "version");
        }
        case "option" -> {
          b.optionLine = line();
          b.option = t == JsonToken.VALUE_NULL ? null : text(b, "option");
        }
        case "postalContact" -> postalContact(b);
        case "facts" -> facts(b);
        default -> {
          b.problem(line(), name, "field.unknown", "unknown field '" + name + "': ignored");
          p.skipChildren();
        }
      }
    }

    /** A string value, with invalid UTF-8 on its line reported against the field. */
    String text(JourneyBuilder b, String field) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING) {
        b.problem(line(), field, "field.type", "expected text, found " + describe(t));
        p.skipChildren();
        return null;
      }
      String s = p.getString();
      if (s.indexOf('\uFFFD') >= 0) {
        malformedOn(b, field);
      }
      return s;
    }

    /** A string or number value, as text. */
    String scalar(JourneyBuilder b, String field) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return p.getText();
      }
      return text(b, field);
    }

    Boolean bool(JourneyBuilder b, String field) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
        return t == JsonToken.VALUE_TRUE;
      }
      b.problem(line(), field, "field.type", "expected true or false, found " + describe(t));
      p.skipChildren();
      return null;
    }

    List<String> strings(JourneyBuilder b, String field) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        b.problem(line(), field, "field.type", "expected an array of text, found " + describe(p.currentToken()));
        p.skipChildren();
        return null;
      }
      List<String> items = new ArrayList<>(3);
      int i = 0;
      JsonToken t;
      boolean ok = true;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_STRING) {
          items.add(p.getString());
          if (items.get(items.size() - 1).indexOf('\uFFFD') >= 0) {
            malformedOn(b, field + "[" + i + "]");
          }
        } else {
          b.problem(line(), field + "[" + i + "]", "field.type", "expected text, found " + describe(t));
          p.skipChildren();
          ok = false;
        }
        i++;
      }
      return ok ? items : null;
    }

    /** Reports the invalid UTF-8 on the current line against a field whose value holds a U+FFFD. */
    void malformedOn(JourneyBuilder b, String field) {
      List<Integer> bad = source.malformedLines();
      int l = line();
      if (bad.remove((Integer) l)) {
        while (bad.remove((Integer) l)) {
          // one report per field
        }
        b.problem(l, field, "encoding.utf8", "invalid UTF-8 (replaced by U+FFFD); save the file as UTF-8");
      }
    }

    /** Reports every pending malformed line up to {@code upTo}, against the field when on its line. */
    void flushMalformed(int upTo, Object[] at) {
      List<Integer> bad = source.malformedLines();
      while (!bad.isEmpty() && bad.get(0) <= upTo) {
        int l = bad.remove(0);
        String message = "invalid UTF-8 (replaced by U+FFFD); save the file as UTF-8";
        if (at != null) {
          JourneyBuilder b = (JourneyBuilder) at[0];
          String field = l == upTo && at.length > 1 && at[1] != null ? (String) at[1] : "";
          b.problem(l, field, "encoding.utf8", message);
        } else {
          report(JourneyDiagnostic.of(currentUln, l, "", "encoding.utf8", message));
        }
      }
    }

    void postalContact(JourneyBuilder b) {
      String path = "postalContact";
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        b.problem(line(), path, "field.type", "expected an object, found " + describe(p.currentToken()));
        p.skipChildren();
        return;
      }
      b.contactLine = line();
      Map<String, String> fields = new HashMap<>();
      List<String> lines = List.of();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "contactName", "department", "organisation", "city", "postcode" -> {
            String v = text(b, path + "." + name);
            if (v != null) {
              fields.put(name, v);
            }
          }
          case "addressLines" -> {
            List<String> v = strings(b, path + ".addressLines");
            if (v != null) {
              lines = v;
            }
          }
          default -> {
            b.problem(line(), path + "." + name, "field.unknown", "unknown field '" + name + "': ignored");
            p.skipChildren();
          }
        }
      }
      b.contact = new PostalContact(fields.getOrDefault("contactName", ""), fields.getOrDefault("department", ""),
          fields.getOrDefault("organisation", ""), lines, fields.getOrDefault("city", ""),
          fields.getOrDefault("postcode", ""));
    }

    void facts(JourneyBuilder b) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        b.problem(line(), "facts", "field.type", "expected an array of facts, found " + describe(p.currentToken()));
        p.skipChildren();
        return;
      }
      JsonToken t;
      int index = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        String path = "facts[" + index + "]";
        if (t != JsonToken.START_OBJECT) {
          b.problem(line(), path, "fact.shape", "expected a fact object, found " + describe(t));
          p.skipChildren();
        } else {
          RawFact raw = new RawFact(this, line(), path);
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Key key = Key.named(name);
            JsonToken v = p.nextToken();
            int l = line();
            if (key == null) {
              raw.unknown(b, l, name);
              p.skipChildren();
              continue;
            }
            String field = path + "." + name;
            Object value = switch (key) {
              case METHODS, PARTIES -> strings(b, field);
              case EMPLOYER_AGREED, FEE_CONFIRMED, FRESH_MATERIALS, RESULT_STATEMENT, APPEALS_PROCESS -> bool(b, field);
              case SCORE -> v == JsonToken.VALUE_NUMBER_INT ? p.getText() : text(b, field);
              default -> text(b, field);
            };
            if (value != null) {
              raw.put(key, value, l);
            } else {
              raw.broken = true;
            }
          }
          b.fact(raw);
        }
        index++;
      }
    }

    void finish(JourneyBuilder b, int endLine) {
      flushMalformed(endLine, new Object[] {b, null});
      String ulnText = b.uln == null ? null : b.uln.strip();
      List<JourneyDiagnostic> header = new ArrayList<>();
      Uln uln = null;
      if (b.uln == null) {
        header.add(JourneyDiagnostic.of(null, b.line, field(b, "uln"), "uln.missing", "the journey has no ULN: journey skipped"));
      } else {
        Validation<Seq<Problem>, Uln> parsed = Uln.parse(b.uln);
        if (parsed.isInvalid()) {
          parsed.getError().forEach(pr -> header.add(JourneyDiagnostic.of(ulnText, b.ulnLine, field(b, "uln"), pr.code(),
              pr.message() + ": journey skipped")));
        } else {
          uln = parsed.get();
        }
      }
      Standard standard = standard(b, ulnText, header);
      for (Pending d : b.problems) {
        report(JourneyDiagnostic.of(ulnText, d.line, field(b, d.field), d.code, d.message));
      }
      header.forEach(this::report);
      if (uln != null && standard != null && !seen.add(Long.parseLong(uln.value()))) {
        report(JourneyDiagnostic.of(ulnText, b.ulnLine, field(b, "uln"), "journey.duplicate-uln",
            "this ULN already has a journey earlier in the file: journey skipped"));
        uln = null;
      }
      currentUln = null;
      if (uln == null || standard == null) {
        skipped++;
        return;
      }
      Apprentice apprentice = new Apprentice(uln, b.givenNames == null ? "" : b.givenNames,
          b.familyName == null ? "" : b.familyName);
      journeyCount++;
      journeys.accept(new JourneyRecord(apprentice, standard, Optional.ofNullable(b.contact), b.facts, b.line));
    }

    Standard standard(JourneyBuilder b, String ulnText, List<JourneyDiagnostic> header) {
      StandardReference reference = null;
      StandardVersion version = null;
      if (b.standard == null) {
        header.add(JourneyDiagnostic.of(ulnText, b.line, field(b, "standard"), "standard.missing",
            "the journey has no standard (such as ST0480): journey skipped"));
      } else {
        Validation<Seq<Problem>, StandardReference> r = StandardReference.parse(b.standard);
        if (r.isInvalid()) {
          r.getError().forEach(pr -> header.add(JourneyDiagnostic.of(ulnText, b.standardLine, field(b, "standard"),
              pr.code(), pr.message() + ": journey skipped")));
        } else {
          reference = r.get();
        }
      }
      if (b.version == null) {
        header.add(JourneyDiagnostic.of(ulnText, b.line, field(b, "version"), "version.missing",
            "the journey has no standard version (such as 1.0): journey skipped"));
      } else {
        Validation<Seq<Problem>, StandardVersion> v = StandardVersion.parse(b.version);
        if (v.isInvalid()) {
          v.getError().forEach(pr -> header.add(JourneyDiagnostic.of(ulnText, b.versionLine, field(b, "version"),
              pr.code(), pr.message() + ": journey skipped")));
        } else {
          version = v.get();
        }
      }
      Optional<String> option = Optional.empty();
      if (b.option != null) {
        if (b.option.isBlank()) {
          header.add(JourneyDiagnostic.of(ulnText, b.optionLine, field(b, "option"), "option.blank",
              "an option, when given, is not blank: journey skipped"));
          return null;
        }
        option = Optional.of(b.option);
      }
      return reference == null || version == null ? null : new Standard(reference, version, option);
    }

    String field(JourneyBuilder b, String field) {
      return field; // fields are named within their journey, which the ULN and line identify
    }
  }

  /** A problem found inside a journey, reported once its ULN is known. */
  private record Pending(int line, String field, String code, String message) {}

  /** What has been read of one journey object. */
  private final class JourneyBuilder {
    final int line;
    final String path;
    String uln;
    int ulnLine;
    String givenNames;
    String familyName;
    String standard;
    int standardLine;
    String version;
    int versionLine;
    String option;
    int optionLine;
    PostalContact contact;
    int contactLine;
    final List<LocatedFact> facts = new ArrayList<>(12);
    Map<Fact, Integer> seenFacts;
    final List<Pending> problems = new ArrayList<>(0);

    JourneyBuilder(int line, String path) {
      this.line = line;
      this.path = path;
    }

    void problem(int line, String field, String code, String message) {
      problems.add(new Pending(line, field, code, message));
    }

    void fact(RawFact raw) {
      Fact fact = raw.toFact(this);
      if (fact == null) {
        return;
      }
      if (notAfter.isPresent() && fact.date().isAfter(notAfter.get())) {
        problem(raw.lineOf(Key.DATE), raw.path + ".date", "fact.future",
            "dated " + fact.date() + ", after " + notAfter.get() + ": a fact cannot be in the future; fact left out");
        return;
      }
      if (seenFacts == null) {
        seenFacts = new HashMap<>();
      }
      Integer earlier = seenFacts.putIfAbsent(fact, raw.line);
      if (earlier != null) {
        problem(raw.line, raw.path, "fact.duplicate",
            "duplicates the " + fact.kind() + " fact on line " + earlier + ": fact left out");
        return;
      }
      facts.add(new LocatedFact(fact, raw.line));
    }
  }

  /** The fields of one fact object as read, before they make a fact. */
  private final class RawFact {
    final Run run;
    final int line;
    final String path;
    final Object[] values = new Object[Key.values().length];
    final int[] lines = new int[Key.values().length];
    boolean broken;
    List<String> unknown;

    RawFact(Run run, int line, String path) {
      this.run = run;
      this.line = line;
      this.path = path;
    }

    void put(Key key, Object value, int l) {
      values[key.ordinal()] = value;
      lines[key.ordinal()] = l;
    }

    void unknown(JourneyBuilder b, int l, String name) {
      b.problem(l, path + "." + name, "field.unknown", "unknown field '" + name + "': ignored");
    }

    int lineOf(Key key) {
      int l = lines[key.ordinal()];
      return l == 0 ? line : l;
    }

    String string(Key key) {
      return (String) values[key.ordinal()];
    }

    boolean has(Key key) {
      return values[key.ordinal()] != null;
    }

    boolean flag(Key key) {
      Object v = values[key.ordinal()];
      return v != null && (Boolean) v;
    }

    @SuppressWarnings("unchecked")
    List<String> list(Key key) {
      return (List<String>) values[key.ordinal()];
    }

    /** The fact, or null after reporting why it cannot be read. */
    Fact toFact(JourneyBuilder b) {
      String kind = string(Key.KIND);
      if (kind == null) {
        if (!broken) {
          b.problem(line, path + ".kind", "fact.kind-missing", "the fact has no kind: fact left out");
        }
        return null;
      }
      kind = kind.strip();
      if (!FactCodec.KINDS.contains(kind)) {
        b.problem(lineOf(Key.KIND), path + ".kind", "fact.unknown-kind",
            "unknown kind '" + kind + "'; expected one of " + String.join(", ", FactCodec.KINDS) + ": fact left out");
        return null;
      }
      Set<Key> allowed = FactCodec.allowed(kind);
      for (Key k : Key.values()) {
        if (k != Key.KIND && k != Key.DATE && has(k) && !allowed.contains(k)) {
          b.problem(lineOf(k), path + "." + k.json, "field.unexpected",
              "a " + kind + " fact has no field '" + k.json + "': ignored");
        }
      }
      LocalDate date = date(b);
      Fact fact = date == null ? null : build(b, kind, date);
      if (broken) {
        return null; // every reason was reported where it was found
      }
      if (fact == null) {
        b.problem(line, path, "fact.unreadable", "the fact could not be read: fact left out");
      }
      return fact;
    }

    LocalDate date(JourneyBuilder b) {
      String text = string(Key.DATE);
      if (text == null) {
        if (!broken) {
          b.problem(line, path + ".date", "fact.date-missing", "the fact has no date: fact left out");
        }
        broken = true;
        return null;
      }
      try {
        LocalDate cached = run.dates.get(text);
        if (cached == null) {
          cached = LocalDate.parse(text.strip());
          if (run.dates.size() < 100_000) {
            run.dates.put(text, cached);
          }
        }
        return cached;
      } catch (DateTimeParseException e) {
        b.problem(lineOf(Key.DATE), path + ".date", "fact.date",
            "'" + text + "' is not a date such as 2025-02-14: fact left out");
        broken = true;
        return null;
      }
    }

    String required(JourneyBuilder b, Key key, String kind) {
      String v = string(key);
      if (v == null || v.isBlank()) {
        if (!broken) {
          b.problem(line, path + "." + key.json, "field.missing",
              "a " + kind + " fact needs '" + key.json + "': fact left out");
        }
        broken = true;
        return null;
      }
      return v.strip();
    }

    MethodId method(JourneyBuilder b, Key key, String kind) {
      String text = required(b, key, kind);
      if (text == null) {
        return null;
      }
      Validation<Seq<Problem>, MethodId> m = run.methods.size() < 10_000
          ? run.methods.computeIfAbsent(text, MethodId::parse) : MethodId.parse(text);
      if (m.isInvalid()) {
        b.problem(lineOf(key), path + "." + key.json, "method.id", m.getError().head().message() + ": fact left out");
        broken = true;
        return null;
      }
      return m.get();
    }

    <E extends Enum<E>> E enumValue(JourneyBuilder b, Key key, Class<E> type, String kind, E fallback) {
      String text = string(key);
      if (text == null) {
        if (fallback != null) {
          return fallback;
        }
        required(b, key, kind);
        return null;
      }
      E e = FactCodec.parse(type, text);
      if (e == null) {
        b.problem(lineOf(key), path + "." + key.json, "field.value",
            "'" + text + "' is not one of " + FactCodec.names(type) + ": fact left out");
        broken = true;
      }
      return e;
    }

    Fact build(JourneyBuilder b, String kind, LocalDate date) {
      switch (kind) {
        case "gateway-passed":
          return new Fact.GatewayPassed(date);
        case "outcome-notified":
          return new Fact.OutcomeNotified(date);
        case "further-training-completed":
          return new Fact.FurtherTrainingCompleted(date);
        case "exceptional-circumstances-determined":
          return new Fact.ExceptionalCircumstancesDetermined(date);
        case "appeal-lodged":
          return new Fact.AppealLodged(date);
        case "success-story-shared":
          return new Fact.SuccessStoryShared(date);
        case "withdrawn":
          return new Fact.Withdrawn(date);
        case "method-assessed":
          return assessed(b, kind, date);
        case "further-attempt-recommended": {
          AttemptKind k = enumValue(b, Key.RECOMMENDED, AttemptKind.class, kind, null);
          return k == null ? null : new Fact.FurtherAttemptRecommended(date, k);
        }
        case "resit-booked":
        case "retake-booked":
          return booked(b, kind, date);
        case "appeal-decided":
          return decided(b, kind, date);
        case "result-shared":
          return shared(b, kind, date);
        case "written-agreement-recorded": {
          Party party = enumValue(b, Key.PARTY, Party.class, kind, null);
          AgreementPurpose purpose = enumValue(b, Key.PURPOSE, AgreementPurpose.class, kind, null);
          return party == null || purpose == null ? null : new Fact.WrittenAgreementRecorded(date, party, purpose);
        }
        case "certificate-requested": {
          CertificateRoute route = enumValue(b, Key.ROUTE, CertificateRoute.class, kind,
              CertificateRoute.APPRENTICE_ASSESSMENT_SERVICE);
          return route == null ? null : new Fact.CertificateRequested(date, route);
        }
        default:
          return null;
      }
    }

    Fact assessed(JourneyBuilder b, String kind, LocalDate date) {
      MethodId method = method(b, Key.METHOD, kind);
      Mark mark = null;
      if (has(Key.GRADE) && has(Key.SCORE)) {
        b.problem(lineOf(Key.SCORE), path + ".score", "fact.mark",
            "give a grade or a score, not both: fact left out");
        broken = true;
      } else if (has(Key.SCORE)) {
        String s = string(Key.SCORE).strip();
        try {
          mark = Mark.score(Integer.parseInt(s));
        } catch (NumberFormatException e) {
          b.problem(lineOf(Key.SCORE), path + ".score", "fact.score", "'" + s + "' is not a whole number: fact left out");
          broken = true;
        }
      } else if (has(Key.GRADE) && !string(Key.GRADE).isBlank()) {
        mark = Mark.grade(string(Key.GRADE).strip());
      } else if (!broken) {
        b.problem(line, path + ".grade", "field.missing", "a method-assessed fact needs 'grade' or 'score': fact left out");
        broken = true;
      }
      String assessorText = required(b, Key.ASSESSOR, kind);
      AssessorId assessor = null;
      if (assessorText != null) {
        Validation<Seq<Problem>, AssessorId> a = run.assessors.size() < 100_000
            ? run.assessors.computeIfAbsent(assessorText, AssessorId::parse) : AssessorId.parse(assessorText);
        if (a.isInvalid()) {
          b.problem(lineOf(Key.ASSESSOR), path + ".assessor", a.getError().head().code(),
              a.getError().head().message() + ": fact left out");
          broken = true;
        } else {
          assessor = a.get();
        }
      }
      return method == null || mark == null || assessor == null ? null
          : new Fact.MethodAssessed(date, method, mark, assessor);
    }

    Fact booked(JourneyBuilder b, String kind, LocalDate date) {
      List<String> names = list(Key.METHODS);
      if (names == null || names.isEmpty()) {
        if (!broken) {
          b.problem(lineOf(Key.METHODS), path + ".methods", "field.missing",
              "a " + kind + " fact names at least one method in 'methods': fact left out");
        }
        broken = true;
        return null;
      }
      Set<MethodId> methods = new TreeSet<>();
      for (int i = 0; i < names.size(); i++) {
        Validation<Seq<Problem>, MethodId> m = run.methods.size() < 10_000
            ? run.methods.computeIfAbsent(names.get(i), MethodId::parse) : MethodId.parse(names.get(i));
        if (m.isInvalid()) {
          b.problem(lineOf(Key.METHODS), path + ".methods[" + i + "]", "method.id",
              m.getError().head().message() + ": fact left out");
          broken = true;
        } else {
          methods.add(m.get());
        }
      }
      if (broken) {
        return null;
      }
      AttemptKind attempt = kind.equals("resit-booked") ? AttemptKind.RESIT : AttemptKind.RETAKE;
      return new Fact.FurtherAttemptBooked(date, attempt, methods, flag(Key.EMPLOYER_AGREED), flag(Key.FEE_CONFIRMED),
          flag(Key.FRESH_MATERIALS));
    }

    Fact decided(JourneyBuilder b, String kind, LocalDate date) {
      String outcome = required(b, Key.OUTCOME, kind);
      if (outcome == null) {
        return null;
      }
      if (outcome.equalsIgnoreCase("rejected")) {
        return Fact.AppealDecided.rejected(date);
      }
      if (!outcome.equalsIgnoreCase("upheld")) {
        b.problem(lineOf(Key.OUTCOME), path + ".outcome", "field.value",
            "'" + outcome + "' is not one of upheld, rejected: fact left out");
        broken = true;
        return null;
      }
      MethodId method = method(b, Key.METHOD, "upheld appeal-decided");
      String grade = required(b, Key.GRADE, "upheld appeal-decided");
      return method == null || grade == null ? null : Fact.AppealDecided.upheld(date, method, grade);
    }

    Fact shared(JourneyBuilder b, String kind, LocalDate date) {
      List<String> names = list(Key.PARTIES);
      if (names == null || names.isEmpty()) {
        if (!broken) {
          b.problem(lineOf(Key.PARTIES), path + ".parties", "field.missing",
              "a result-shared fact names at least one party in 'parties': fact left out");
        }
        broken = true;
        return null;
      }
      Set<Party> parties = EnumSet.noneOf(Party.class);
      for (int i = 0; i < names.size(); i++) {
        Party party = FactCodec.parse(Party.class, names.get(i));
        if (party == null) {
          b.problem(lineOf(Key.PARTIES), path + ".parties[" + i + "]", "field.value",
              "'" + names.get(i) + "' is not one of " + FactCodec.names(Party.class) + ": fact left out");
          broken = true;
        } else {
          parties.add(party);
        }
      }
      return broken ? null
          : new Fact.ResultShared(date, parties, flag(Key.RESULT_STATEMENT), flag(Key.APPEALS_PROCESS));
    }
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /** An open-addressing set of ULNs as longs: a million apprentices in a few megabytes. */
  private static final class UlnSet {
    private long[] slots = new long[1 << 10];
    private int size;

    boolean add(long uln) {
      if (size * 2 >= slots.length) {
        grow();
      }
      int mask = slots.length - 1;
      int i = (int) (mix(uln) & mask);
      while (slots[i] != 0) {
        if (slots[i] == uln) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = uln;
      size++;
      return true;
    }

    private void grow() {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (long v : old) {
        if (v != 0) {
          add(v);
        }
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }
}
