package io.kairos.runtime.data;

/**
 * Data that cannot be used (missing folder or file, corrupt or truncated IDX, bad JSON, bad split
 * file): a user-facing error whose message is one plain sentence naming the file.
 */
public final class DataFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataFormatException(String message) {
    super(message);
  }
}
