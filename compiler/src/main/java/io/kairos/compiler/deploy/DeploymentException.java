package io.kairos.compiler.deploy;

/**
 * A network that cannot be deployed as asked: a setting out of range, a value that does not fit a
 * hardware field, or a network that does not fit the chip. A user-facing error: the message is
 * one plain sentence that names the limit, where it is exceeded (network, layer) and the numbers.
 */
public final class DeploymentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeploymentException(String message) {
    super(message);
  }
}
