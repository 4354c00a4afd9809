package dev.epakit.cli.journey;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code epa journey}: commands on journey files. */
@Command(name = "journey", mixinStandardHelpOptions = true,
    description = "Check apprentices' EPA journeys against their assessment plan.",
    subcommands = {CheckCommand.class, CommandLine.HelpCommand.class})
public final class JourneyCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public JourneyCommand() {}

  /** Without a subcommand: a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing a subcommand: check");
  }
}
