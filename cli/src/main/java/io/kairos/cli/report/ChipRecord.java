package io.kairos.cli.report;

import io.kairos.cli.UserException;
import io.kairos.cli.api.Kairos;
import io.kairos.cli.api.SpikeRaster;
import io.kairos.cli.chip.EnergySummary;
import io.kairos.compiler.deploy.DeployJson;
import io.kairos.compiler.run.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One network's results on the hardware model, saved in a run folder as {@code chip/NAME.json} so
 * that {@code kairos report} can redraw them (docs/report.md).
 *
 * @param network the deployed network
 * @param inputs what it was fed
 * @param energy timing and energy ESTIMATE per inference
 * @param perSample one line per sample
 * @param raster every spike of sample 0
 */
public record ChipRecord(String network, String inputs, EnergySummary energy, List<Kairos.ChipSample> perSample,
    SpikeRaster raster) {

  public static ChipRecord of(Kairos.ChipResults r, String inputs) {
    return new ChipRecord(r.network(), inputs, r.energy(), r.perSample(), r.raster());
  }

  /** Decision steps of every sample ({@code window} when no output fired). */
  public int[] decisionSteps() {
    return perSample.stream().mapToInt(Kairos.ChipSample::decisionStep).toArray();
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.writeString(file, DeployJson.write(this));
  }

  public static ChipRecord read(Path file) {
    try {
      return DeployJson.mapper().readValue(Files.readString(file), ChipRecord.class);
    } catch (IOException e) {
      throw new UserException(file + ": not a chip result written by `kairos demo`: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
