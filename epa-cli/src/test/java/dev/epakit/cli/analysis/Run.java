package dev.epakit.cli.analysis;

import dev.epakit.cli.Epa;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One run of the command line, with what it printed. */
record Run(int code, String out, String err) {

  static final Path RESULTS = Path.of("..", "docs", "examples", "results.csv");
  static final Path RATINGS = Path.of("..", "docs", "examples", "ratings.csv");

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Epa.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  JsonNode json() {
    return JsonMapper.builder().build().readTree(out);
  }
}
