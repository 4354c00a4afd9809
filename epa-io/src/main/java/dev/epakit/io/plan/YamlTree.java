package dev.epakit.io.plan;

import dev.epakit.io.ReadLimits;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML (or JSON) document as a small tree with a position on every node, built from the parser's
 * events without recursion, so that nesting depth and alias expansion stay under the reader's
 * limits whatever the input. Duplicate keys are kept, for the reader to report.
 */
final class YamlTree {

  private YamlTree() {}

  /** A position in the text, both 1-based. */
  record Pos(int line, int column) {
    static final Pos START = new Pos(1, 1);

    static Pos of(Optional<Mark> mark) {
      return mark.map(m -> new Pos(m.getLine() + 1, m.getColumn() + 1)).orElse(START);
    }
  }

  /** A node of the tree. */
  sealed interface Node permits Scalar, Sequence, Mapping {
    Pos pos();

    String kind();
  }

  /** A scalar: its text as written (before any type resolution) and its style. */
  record Scalar(String value, boolean plain, boolean tagged, Pos pos) implements Node {
    @Override
    public String kind() {
      return "text";
    }

    /** A plain null: empty, {@code ~} or {@code null}. */
    boolean isNull() {
      return plain && !tagged && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
    }
  }

  /** A sequence. */
  record Sequence(List<Node> items, Pos pos) implements Node {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** One key and value of a mapping. */
  record Entry(Node key, Node value) {}

  /** A mapping, its entries in the order written. */
  record Mapping(List<Entry> entries, Pos pos) implements Node {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** Why the tree could not be built: a code, where and why. */
  record Failure(PlanFileCode code, Pos pos, String message) {}

  /** The document's root (empty when the text holds no document), or the failure. */
  record Result(Optional<Node> root, Optional<Failure> failure) {}

  private static final class Open {
    final boolean mapping;
    final Pos pos;
    final Optional<String> anchor;
    final List<Node> children = new ArrayList<>();

    Open(boolean mapping, Pos pos, Optional<String> anchor) {
      this.mapping = mapping;
      this.pos = pos;
      this.anchor = anchor;
    }

    Node close() {
      if (!mapping) {
        return new Sequence(List.copyOf(children), pos);
      }
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i + 1 < children.size(); i += 2) {
        entries.add(new Entry(children.get(i), children.get(i + 1)));
      }
      return new Mapping(List.copyOf(entries), pos);
    }
  }

  static Result parse(String text, ReadLimits limits) {
    LoadSettings settings = LoadSettings.builder()
        .setCodePointLimit(Math.max(limits.maxBytes(), 1))
        .setMaxAliasesForCollections(limits.maxAliases())
        .setAllowDuplicateKeys(true)
        .setUseMarks(true)
        .build();
    Deque<Open> stack = new ArrayDeque<>();
    Map<String, Node> anchors = new HashMap<>();
    Node root = null;
    int documents = 0;
    int aliases = 0;
    int nodes = 0;
    try {
      Iterator<Event> events = new ParserImpl(settings, new StreamReader(settings, text));
      while (events.hasNext()) {
        Event event = events.next();
        Node done = null;
        Optional<String> anchor = Optional.empty();
        switch (event.getEventId()) {
          case DocumentStart -> {
            documents++;
            if (documents > 1) {
              return failure(PlanFileCode.YAML_MULTIPLE_DOCUMENTS, Pos.of(event.getStartMark()),
                  "a plan file holds one document; this is the second");
            }
          }
          case Scalar -> {
            ScalarEvent s = (ScalarEvent) event;
            anchor = anchorOf(s);
            done = new Scalar(s.getValue(), s.getScalarStyle() == ScalarStyle.PLAIN,
                s.getTag().filter(t -> !t.equals("!")).isPresent(), Pos.of(s.getStartMark()));
          }
          case SequenceStart, MappingStart -> {
            CollectionStartEvent c = (CollectionStartEvent) event;
            if (stack.size() >= limits.maxDepth()) {
              return failure(PlanFileCode.YAML_TOO_DEEP, Pos.of(c.getStartMark()),
                  "lists and mappings are nested more than " + limits.maxDepth() + " deep");
            }
            stack.push(new Open(event.getEventId() == Event.ID.MappingStart, Pos.of(c.getStartMark()), anchorOf(c)));
          }
          case SequenceEnd, MappingEnd -> {
            Open open = stack.pop();
            done = open.close();
            anchor = open.anchor;
          }
          case Alias -> {
            AliasEvent a = (AliasEvent) event;
            String name = a.getAlias().getValue();
            done = anchors.get(name);
            if (done == null) {
              return failure(PlanFileCode.YAML_SYNTAX, Pos.of(a.getStartMark()), "no anchor &" + name + " before this alias");
            }
            if (!(done instanceof Scalar) && ++aliases > limits.maxAliases()) {
              return failure(PlanFileCode.YAML_ALIASES, Pos.of(a.getStartMark()),
                  "more than " + limits.maxAliases() + " aliases of lists or mappings");
            }
          }
          default -> {
            // stream and document boundaries, comments
          }
        }
        if (done != null) {
          if (++nodes > limits.maxNodes()) {
            return failure(PlanFileCode.FILE_TOO_LARGE, done.pos(), "more than " + limits.maxNodes() + " values");
          }
          if (anchor.isPresent()) {
            anchors.put(anchor.get(), done);
          }
          if (stack.isEmpty()) {
            root = done;
          } else {
            stack.peek().children.add(done);
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      return failure(PlanFileCode.YAML_SYNTAX, Pos.of(mark), syntaxMessage(e, text, mark));
    } catch (YamlEngineException e) {
      String message = e.getMessage() == null ? "the text is not valid YAML" : e.getMessage();
      PlanFileCode code = message.contains("code point") ? PlanFileCode.FILE_TOO_LARGE
          : message.contains("aliases") ? PlanFileCode.YAML_ALIASES : PlanFileCode.YAML_SYNTAX;
      return failure(code, Pos.START, oneLine(message));
    }
    return new Result(Optional.ofNullable(root), Optional.empty());
  }

  private static Optional<String> anchorOf(NodeEvent event) {
    return event.getAnchor().map(a -> a.getValue());
  }

  private static Result failure(PlanFileCode code, Pos pos, String message) {
    return new Result(Optional.empty(), Optional.of(new Failure(code, pos, message)));
  }

  private static String syntaxMessage(MarkedYamlEngineException e, String text, Optional<Mark> mark) {
    StringBuilder message = new StringBuilder();
    if (e.getContext() != null) {
      message.append(e.getContext()).append(": ");
    }
    message.append(e.getProblem() == null ? "the text is not valid YAML" : e.getProblem());
    String line = mark.map(m -> lineAt(text, m.getLine())).orElse("");
    if (message.indexOf("alias") >= 0 && line.contains("*")) {
      message.append(" (a wildcard * must be quoted: \"*\")");
    } else if (message.indexOf("\\t") >= 0 || message.indexOf("tab") >= 0) {
      message.append(" (indent with spaces, not tabs)");
    }
    return oneLine(message.toString());
  }

  private static String lineAt(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 0 && line < lines.length ? lines[line] : "";
  }

  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
