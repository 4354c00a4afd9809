package dev.epakit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the command line in process, with its exit code and what it printed. A test fixture
 * shared by the command tests.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CommandRun(int code, String out, String err) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Runs {@code epa} with the arguments.
   *
   * @param args the arguments
   * @return the run
   */
  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Epa.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /**
   * Checks that nothing printed looks like a stack trace or an exception.
   *
   * @return this run
   */
  public CommandRun noStackTrace() {
    assertThat(out + err).doesNotContain("\tat ", "Exception");
    return this;
  }

  /** @return standard output read as JSON */
  public JsonNode json() {
    return JSON.readTree(out);
  }
}
