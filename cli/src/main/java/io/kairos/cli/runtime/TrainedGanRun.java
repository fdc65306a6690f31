package io.kairos.cli.runtime;

import io.kairos.cli.UserException;
import io.kairos.runtime.gan.GanRunFolder;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks of every command that measures a trained GAN run (quality, diagnose), in one place. */
final class TrainedGanRun {
  private TrainedGanRun() {}

  /**
   * Opens {@code run}, refusing a non-folder and a folder that is not a GAN run; a run with no
   * committed epoch is refused when its networks are loaded ({@link
   * io.kairos.runtime.gan.GanTrainer#loadCommitted}).
   */
  static GanRunFolder open(Path run) {
    if (!Files.isDirectory(run)) {
      throw new UserException(run + " is not a folder");
    }
    if (!GanRunFolder.isGanRun(run)) {
      throw new UserException(run + " holds no generator: it is not a GAN run folder (no run.json of kind gan)");
    }
    return GanRunFolder.open(run);
  }
}
