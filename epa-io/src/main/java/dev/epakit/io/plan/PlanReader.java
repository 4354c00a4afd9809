package dev.epakit.io.plan;

import dev.epakit.io.ReadLimits;

import dev.epakit.io.plan.YamlTree.Pos;
import dev.epakit.rules.plan.Severity;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one plan file (YAML, or JSON, which is YAML 1.2) into an {@link
 * dev.epakit.core.plan.AssessmentPlan} and checks it, reporting every problem at once with its line
 * and column: unreadable, empty, binary or oversized files; YAML syntax; unknown, duplicate and
 * missing keys; wrong types; unknown grades and method ids; and every finding of {@link
 * dev.epakit.rules.plan.PlanCheck}.
 *
 * <p>Reading never throws for any content and stays within its {@link ReadLimits}: nesting depth,
 * aliases of lists and mappings, file size and value count. Immutable and thread-safe.
 */
public final class PlanReader {

  private static final PlanReader STANDARD = new PlanReader(ReadLimits.DEFAULT);

  private final ReadLimits limits;

  private PlanReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** A reader with {@link ReadLimits#DEFAULT}. @return the reader */
  public static PlanReader standard() {
    return STANDARD;
  }

  /**
   * A reader with other limits.
   *
   * @param limits the limits, not {@code null}
   * @return a new reader
   */
  public static PlanReader withLimits(ReadLimits limits) {
    return new PlanReader(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits this reader keeps. @return the limits */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads and checks a plan file.
   *
   * @param file the file, not {@code null}
   * @return the plan, when the file holds one, and every diagnostic; a missing or unreadable file
   *     is a diagnostic too
   */
  public PlanFileResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (!Files.exists(file)) {
        return fileProblem(file, PlanFileCode.FILE_NOT_FOUND, "no such file");
      }
      if (Files.isDirectory(file)) {
        return fileProblem(file, PlanFileCode.FILE_UNREADABLE, "a directory, not a plan file");
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        return fileProblem(file, PlanFileCode.FILE_TOO_LARGE,
            "the file has " + size + " bytes; a plan file has at most " + limits.maxBytes());
      }
      return read(file, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return fileProblem(file, PlanFileCode.FILE_NOT_FOUND, "no such file");
    } catch (AccessDeniedException e) {
      return fileProblem(file, PlanFileCode.FILE_UNREADABLE, "permission denied");
    } catch (IOException | SecurityException e) {
      return fileProblem(file, PlanFileCode.FILE_UNREADABLE, "cannot be read: " + YamlTree.oneLine(String.valueOf(e.getMessage())));
    }
  }

  /**
   * Reads and checks the content of a plan file.
   *
   * @param file the name to report diagnostics under, not {@code null}
   * @param content the file's bytes (UTF-8), not {@code null}
   * @return the plan, when the content holds one, and every diagnostic
   */
  public PlanFileResult read(Path file, byte[] content) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    if (content.length > limits.maxBytes()) {
      return fileProblem(file, PlanFileCode.FILE_TOO_LARGE,
          "the file has " + content.length + " bytes; a plan file has at most " + limits.maxBytes());
    }
    if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
        || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
      return fileProblem(file, PlanFileCode.FILE_ENCODING, "the file is UTF-16: save it as UTF-8");
    }
    for (byte b : content) {
      if (b == 0) {
        return fileProblem(file, PlanFileCode.FILE_BINARY, "the file holds binary data, not a plan");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      Pos pos = firstBadByte(content);
      return new PlanFileResult(file, Option.none(), List.of(PlanDiagnostics.of(file, pos.line(), pos.column(),
          PlanFileCode.FILE_ENCODING.code(), Severity.ERROR, "the file is not UTF-8 text: save it as UTF-8", "")));
    }
    return read(file, text);
  }

  /**
   * Reads and checks the text of a plan file.
   *
   * @param file the name to report diagnostics under, not {@code null}
   * @param text the text, not {@code null}
   * @return the plan, when the text holds one, and every diagnostic
   */
  public PlanFileResult read(Path file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    try {
      if (text.length() > limits.maxBytes()) {
        return fileProblem(file, PlanFileCode.FILE_TOO_LARGE, "the text is longer than " + limits.maxBytes() + " characters");
      }
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      YamlTree.Result tree = YamlTree.parse(body, limits);
      if (tree.failure().isPresent()) {
        YamlTree.Failure f = tree.failure().get();
        return new PlanFileResult(file, Option.none(), List.of(PlanDiagnostics.of(file, f.pos().line(), f.pos().column(),
            f.code().code(), Severity.ERROR, f.message(), "")));
      }
      if (tree.root().isEmpty() || (tree.root().get() instanceof YamlTree.Scalar s && s.isNull())) {
        return fileProblem(file, PlanFileCode.FILE_EMPTY, "the file holds no plan (it is empty, or only comments)");
      }
      return new PlanInterpreter(file).interpret(tree.root().get());
    } catch (RuntimeException | StackOverflowError e) {
      // never expected: a defect, reported as a diagnostic rather than thrown at a build
      return fileProblem(file, PlanFileCode.READER_DEFECT,
          "EPA Kit could not read this file (" + e.getClass().getSimpleName() + "); please report it");
    }
  }

  private static PlanFileResult fileProblem(Path file, PlanFileCode code, String message) {
    return new PlanFileResult(file, Option.none(),
        List.of(PlanDiagnostics.of(file, 0, 0, code.code(), code.severity(), message, "")));
  }

  private static Pos firstBadByte(byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Pos(line, column);
  }
}
