package io.kairos.cli;

/** The exit statuses of {@code kairos}. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A bug in Kairos or an unexpected environment failure: a stack trace is printed. */
  public static final int INTERNAL_ERROR = 1;

  /** A user mistake (bad flag, DSL error, bad file, network that does not fit): one readable line. */
  public static final int USER_ERROR = 2;

  private ExitCodes() {}
}
