package io.kairos.compiler.run;

/** A run folder or weight file that cannot be read: a user-facing, plain-sentence error. */
public final class RunFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunFormatException(String message) {
    super(message);
  }
}
