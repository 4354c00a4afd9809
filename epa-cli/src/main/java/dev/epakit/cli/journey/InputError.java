package dev.epakit.cli.journey;

/**
 * A usage or input error a command reports in one line on standard error, with exit code 2: a
 * missing or unreadable file, an unknown plan, an unknown ULN.
 */
final class InputError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputError(String message) {
    super(message, null, false, false);
  }
}
