package io.kairos.cli.chip;

import io.kairos.cli.UserException;

/** The {@code --threads} option: default all cores, at least 1. */
final class Threads {
  private Threads() {}

  static int resolve(Integer threads) {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new UserException("--threads must be >= 1, got " + threads);
    }
    return threads;
  }
}
