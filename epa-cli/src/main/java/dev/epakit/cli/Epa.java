package dev.epakit.cli;

import dev.epakit.cli.journey.JourneyCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code epa} command. Exit codes: 0 when all is well, 1 when the command found problems in
 * its input (refused facts, invalid plans), 2 for usage errors and unreadable input. Errors are
 * one line on standard error; {@code --debug} adds the stack trace.
 */
@Command(
    name = "epa",
    mixinStandardHelpOptions = true,
    versionProvider = Epa.Version.class,
    description = "End-point assessment rules, documents and quality-review statistics.",
    subcommands = {
        DemoCommand.class,
        JourneyCommand.class,
        dev.epakit.cli.journey.StatementCommand.class,
        dev.epakit.cli.journey.ExportCommand.class,
        dev.epakit.cli.plan.PlanCommand.class,
        dev.epakit.cli.analysis.AgreementCommand.class,
        dev.epakit.cli.analysis.FunnelCommand.class,
        dev.epakit.cli.analysis.AssessorsCommand.class,
        dev.epakit.cli.severity.SeverityCommand.class,
        dev.epakit.cli.materials.MaterialsCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all is well", "1:problems found in the input", "2:usage error or unreadable input"})
public final class Epa {

  /** Exit code when all is well. */
  public static final int OK = 0;
  /** Exit code when the command found problems in its input. */
  public static final int FINDINGS = 1;
  /** Exit code for usage errors and unreadable input. */
  public static final int USAGE = 2;

  @Option(names = "--debug", description = "Show stack traces of unexpected errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line with the given output streams, for embedding and tests.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Epa());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("epa: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("epa: " + (isInternal(e)
          ? "internal error (" + e.getClass().getSimpleName() + ": " + oneLine(e)
              + "); please report it, with the output of --debug"
          : oneLine(e)));
      if (parseResult.matchedOption("--debug") != null || isDebug(parseResult)) {
        e.printStackTrace(commandLine.getErr());
      }
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean isDebug(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an exception that reached the top is a defect of EPA Kit rather than a problem with
   * the input: input problems arrive as messages for the user (unreadable files, bad values);
   * these types only ever mean a bug.
   */
  static boolean isInternal(Throwable e) {
    return e instanceof NullPointerException || e instanceof IndexOutOfBoundsException
        || e instanceof ClassCastException || e instanceof ArithmeticException || e instanceof IllegalStateException
        || e instanceof UnsupportedOperationException || e instanceof java.util.ConcurrentModificationException
        || e instanceof NegativeArraySizeException || e instanceof ArrayStoreException
        || e instanceof java.util.NoSuchElementException;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Epa.class.getPackage().getImplementationVersion();
      return new String[] {"epa " + (v == null ? "(development build)" : v)};
    }
  }
}
