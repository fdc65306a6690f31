package io.kairos.compiler.ir;

/** IR JSON that cannot be read: a user-facing error with a plain-sentence message. */
public final class IrFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IrFormatException(String message) {
    super(message);
  }
}
