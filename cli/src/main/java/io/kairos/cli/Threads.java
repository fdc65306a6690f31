package io.kairos.cli;

/**
 * The {@code --threads} option of every command: default all cores, at least 1 (a user error
 * otherwise, rather than the engine's internal check).
 */
public final class Threads {
  private Threads() {}

  public static int resolve(Integer threads) {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new UserException("--threads must be >= 1, got " + threads);
    }
    return threads;
  }
}
