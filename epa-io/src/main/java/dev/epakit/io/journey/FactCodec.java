package dev.epakit.io.journey;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The names the journey file uses for fact kinds, fields and enumerated values. */
final class FactCodec {

  private FactCodec() {}

  static final String FORMAT = "epakit-journeys/1";

  /** Every fact kind, as {@code Fact.kind()} names it. */
  static final List<String> KINDS = List.of(
      "gateway-passed", "method-assessed", "outcome-notified", "further-attempt-recommended", "resit-booked",
      "retake-booked", "further-training-completed", "exceptional-circumstances-determined", "appeal-lodged",
      "appeal-decided", "result-shared", "written-agreement-recorded", "certificate-requested",
      "success-story-shared", "withdrawn");

  /** The fields of a fact object, other than {@code kind} and {@code date}. */
  enum Key {
    KIND("kind"), DATE("date"), METHOD("method"), GRADE("grade"), SCORE("score"), ASSESSOR("assessor"),
    RECOMMENDED("recommended"), METHODS("methods"), EMPLOYER_AGREED("employerAgreed"),
    FEE_CONFIRMED("feeConfirmed"), FRESH_MATERIALS("freshMaterials"), OUTCOME("outcome"), PARTIES("parties"),
    RESULT_STATEMENT("resultStatement"), APPEALS_PROCESS("appealsProcess"), PARTY("party"), PURPOSE("purpose"),
    ROUTE("route");

    final String json;

    Key(String json) {
      this.json = json;
    }

    private static final Map<String, Key> BY_NAME = java.util.Arrays.stream(values())
        .collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k.json, k -> k));

    static Key named(String name) {
      return BY_NAME.get(name);
    }
  }

  private static final Set<String> KIND_SET = Set.copyOf(KINDS);

  /** @return true when a fact kind of the file format is named */
  static boolean isKind(String kind) {
    return KIND_SET.contains(kind);
  }

  private static final Map<String, Set<Key>> ALLOWED = KINDS.stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, FactCodec::allowedFor));

  /** The fields each kind allows besides kind and date; shared, not to be changed. */
  static Set<Key> allowed(String kind) {
    Set<Key> allowed = ALLOWED.get(kind);
    return allowed != null ? allowed : EnumSet.noneOf(Key.class);
  }

  private static Set<Key> allowedFor(String kind) {
    return switch (kind) {
      case "method-assessed" -> EnumSet.of(Key.METHOD, Key.GRADE, Key.SCORE, Key.ASSESSOR);
      case "further-attempt-recommended" -> EnumSet.of(Key.RECOMMENDED);
      case "resit-booked", "retake-booked" -> EnumSet.of(Key.METHODS, Key.EMPLOYER_AGREED, Key.FEE_CONFIRMED,
          Key.FRESH_MATERIALS);
      case "appeal-decided" -> EnumSet.of(Key.OUTCOME, Key.METHOD, Key.GRADE);
      case "result-shared" -> EnumSet.of(Key.PARTIES, Key.RESULT_STATEMENT, Key.APPEALS_PROCESS);
      case "written-agreement-recorded" -> EnumSet.of(Key.PARTY, Key.PURPOSE);
      case "certificate-requested" -> EnumSet.of(Key.ROUTE);
      default -> EnumSet.noneOf(Key.class);
    };
  }

  /** An enum constant's file name: lower case, hyphens for underscores. */
  private static final java.util.Map<Enum<?>, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  static String name(Enum<?> e) {
    return NAMES.computeIfAbsent(e, x -> x.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The constant of {@code type} a file name denotes, or null. */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null) {
      return null;
    }
    Object usual = SPELLINGS.get(type).get(text);
    if (usual != null) {
      return type.cast(usual); // the usual spelling, without case folding
    }
    String canonical = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(canonical)) {
        return e;
      }
    }
    return null;
  }

  /** Each enum's constants by their file names. */
  private static final ClassValue<Map<String, Object>> SPELLINGS = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byName = new java.util.HashMap<>();
      for (Object e : type.getEnumConstants()) {
        byName.putIfAbsent(name((Enum<?>) e), e);
      }
      return Map.copyOf(byName);
    }
  };

  /** The file names of an enum's constants, for messages. */
  static String names(Class<? extends Enum<?>> type) {
    return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(FactCodec::name).toList());
  }
}
