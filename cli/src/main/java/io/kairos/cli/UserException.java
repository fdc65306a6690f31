package io.kairos.cli;

/**
 * A user mistake detected by the CLI itself (a missing file, a bad option value). Its message is a
 * plain sentence printed as-is; the command exits with {@link ExitCodes#USER_ERROR}.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }
}
