package dev.recovery.examples.cli;

/**
 * Bad input given to the command line (an option, a file, a row): exit code 2, message on stderr.
 *
 * <p>The message names the offending option, file, line and field.
 */
public final class CliInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what, where and why. */
  public CliInputException(String message) {
    super(message);
  }

  /** Creates the exception with a cause. */
  public CliInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
