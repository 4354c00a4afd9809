/**
 * The {@code epa} command line, built with picocli: {@link dev.epakit.cli.Epa} and its
 * subcommands. Commands are thin adapters over the library; exit codes are 0 (fine), 1 (problems
 * found in the input) and 2 (usage error or unreadable input), and errors are one line on
 * standard error.
 */
package dev.epakit.cli;
