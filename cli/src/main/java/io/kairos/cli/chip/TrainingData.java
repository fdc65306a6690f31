package io.kairos.cli.chip;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The data folder a run was trained on, when its {@code run.json} names one (docs/run-folder.md):
 * a model trained with {@code --data DIR} is tested on that folder's test set unless {@code --data}
 * says otherwise. {@code null} means "the model's own data set" (e.g. the shipped digits).
 */
public final class TrainingData {
  private TrainingData() {}

  public static Path ofRun(Path runDir) {
    Path manifest = runDir.resolve("run.json");
    if (!Files.isRegularFile(manifest)) {
      return null;
    }
    try {
      var node = new ObjectMapper().readTree(manifest.toFile()).get("data");
      if (node != null && node.isTextual()) {
        Path p = Path.of(node.asText());
        return p.isAbsolute() && Files.isDirectory(p) ? p : null;
      }
    } catch (IOException | InvalidPathException e) {
      return null; // not a readable manifest: the model's data set is used
    }
    return null;
  }

  /** The training data of the run a deploy folder was made from (via its deploy.json), or null. */
  public static Path ofDeployFolder(Path deployDir) {
    if (!Files.isRegularFile(deployDir.resolve(DeployManifest.FILE))) {
      return null;
    }
    return ofRun(Path.of(DeployManifest.read(deployDir).run()));
  }

  /** {@code --data} when given, else the deploy folder's training data, else null. */
  static Path orDefault(Path dataOption, Path deployDir) {
    return dataOption != null ? dataOption : ofDeployFolder(deployDir);
  }
}
