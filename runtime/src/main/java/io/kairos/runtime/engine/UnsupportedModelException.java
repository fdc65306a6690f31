package io.kairos.runtime.engine;

/**
 * A model the runtime cannot run as asked (unsupported neuron or loss, sizes that do not match the
 * data): a user-facing error with a plain-sentence message.
 */
public final class UnsupportedModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsupportedModelException(String message) {
    super(message);
  }
}
