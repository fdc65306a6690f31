package io.kairos.cli.chip;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.DeployJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy.json}: how a deploy folder was made, so that the fixed-point reference of its
 * tables can be rebuilt (by re-deploying the same run with the same chip and settings).
 *
 * @param format manifest format, 1
 * @param run absolute path of the run folder deployed
 * @param target the {@code --target} given (preset name or spec path)
 * @param settings the deployment settings used
 * @param networks the networks deployed, in port order
 */
public record DeployManifest(int format, String run, String target, Map<String, Double> settings, List<String> networks) {
  public static final String FILE = "deploy.json";

  public DeployManifest {
    settings = Map.copyOf(settings);
    networks = List.copyOf(networks);
  }

  public String toJson() {
    return DeployJson.write(this);
  }

  /** The manifest of {@code deployDir}, or a user error naming what is missing. */
  public static DeployManifest read(Path deployDir) {
    Path f = deployDir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      throw new UserException(f + " is missing: the deploy folder was not written by `kairos deploy` of this version");
    }
    try {
      return DeployJson.mapper().readerFor(DeployManifest.class)
          .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .readValue(Files.readString(f));
    } catch (IOException e) {
      throw new UserException(f + ": not a deploy manifest: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
