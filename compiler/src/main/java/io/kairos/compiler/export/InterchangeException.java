package io.kairos.compiler.export;

/**
 * A file that cannot be exported, imported or turned into code: an unsupported NIR node, a corrupt
 * HDF5 file, a deploy folder that is not one, a package name that is not a Java package. A
 * user-facing error with a plain-sentence message.
 */
public final class InterchangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InterchangeException(String message) {
    super(message);
  }

  public InterchangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
