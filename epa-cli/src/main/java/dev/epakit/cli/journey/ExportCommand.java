package dev.epakit.cli.journey;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code epa export}: request bodies for other services. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export request bodies for other services.",
    subcommands = {RecordAGradeCommand.class, CommandLine.HelpCommand.class})
public final class ExportCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ExportCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing a subcommand: record-a-grade");
  }
}
