package dev.epakit.cli.plan;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code epa plan}: validate assessment-plan files and explain what they say. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Validate assessment-plan files and explain what they say.",
    subcommands = {ValidateCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class PlanCommand {

  /** Creates the command; picocli calls this. */
  public PlanCommand() {}
}
