package io.kairos.cli.report;

import io.kairos.cli.UserException;
import io.kairos.cli.chip.DeployFidelity;
import io.kairos.compiler.deploy.DeployJson;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.mapping.MappingSummary;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.ir.GanTraining;
import io.kairos.compiler.ir.IrJson;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.runtime.gan.GanEpochMetrics;
import io.kairos.runtime.gan.GanRunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a report shows, read back from a finished GAN run folder (docs/report.md, "Run
 * folder of a demo"): the run's metrics and sample grids, and when present the DSL source
 * ({@value #SOURCE}), a deploy folder ({@value #DEPLOY}/, or any sub-folder with a mapping) and the
 * chip results ({@value #CHIP}/*.json).
 *
 * @param chip chip spec name of the (first) deployment, or null when the run was not deployed
 * @param grids each epoch's sample grid (PNG), null where it is missing
 * @param deployments the deploy folders found, in name order
 */
public record ReportData(
    Path dir,
    Model model,
    String data,
    String source,
    boolean sourceIsDsl,
    List<GanEpochMetrics> metrics,
    List<byte[]> grids,
    String chip,
    List<Deployment> deployments,
    ChipRecord generatorChip,
    ChipRecord realChip,
    ChipRecord generatedChip,
    byte[] chipGrid) {

  /**
   * One deploy folder of the run.
   *
   * @param fidelity its fidelity report, or null when it has none
   */
  public record Deployment(Path dir, MappingSummary mapping, DeployFidelity fidelity) {}

  public static final String SOURCE = "model.snn";
  public static final String DEPLOY = "deploy";
  public static final String CHIP = "chip";
  public static final String GENERATOR_CHIP = "generator.json";
  public static final String REAL_CHIP = "discriminator-real.json";
  public static final String GENERATED_CHIP = "discriminator-generated.json";
  public static final String CHIP_GRID = "generated.png";
  public static final String REPORT = "report.html";

  public GanTraining training() {
    return (GanTraining) model.training();
  }

  public GanEpochMetrics last() {
    return metrics.get(metrics.size() - 1);
  }

  /** Reads a GAN run folder; a folder that is not one, or has no finished epoch, is a user error. */
  public static ReportData load(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve(io.kairos.runtime.train.RunFolder.MANIFEST)) && !GanRunFolder.isGanRun(dir)) {
      throw new UserException(dir + " holds a classifier run; kairos report draws GAN runs (use kairos eval for classifiers)");
    }
    GanRunFolder run = GanRunFolder.open(dir);
    List<GanEpochMetrics> metrics = run.readMetrics();
    if (metrics.isEmpty() || !Files.isRegularFile(dir.resolve(TrainedModel.MODEL_FILE))) {
      throw new UserException(dir + " has no finished epoch yet: nothing to report");
    }
    Model model = run.model();
    List<byte[]> grids = new ArrayList<>();
    for (GanEpochMetrics m : metrics) {
      Path png = run.samplePng(m.epoch());
      grids.add(Files.isRegularFile(png) ? Files.readAllBytes(png) : null);
    }
    Path snn = dir.resolve(SOURCE);
    boolean dsl = Files.isRegularFile(snn);
    String source = dsl ? Files.readString(snn) : IrJson.write(model);
    List<Deployment> deployments = new ArrayList<>();
    for (Path deploy : deployFolders(dir)) {
      Path f = deploy.resolve(DeployFidelity.FILE);
      deployments.add(new Deployment(deploy, DeployFolder.readMapping(deploy.resolve(DeployedNetwork.MAPPING_JSON)),
          Files.isRegularFile(f) ? readJson(f, DeployFidelity.class) : null));
    }
    String chip = deployments.isEmpty() ? null : deployments.get(0).mapping().chipSpec();
    Path c = dir.resolve(CHIP);
    Path grid = c.resolve(CHIP_GRID);
    return new ReportData(dir, model, run.manifest("data"), source, dsl, metrics, grids, chip, List.copyOf(deployments),
        chipRecord(c.resolve(GENERATOR_CHIP)), chipRecord(c.resolve(REAL_CHIP)), chipRecord(c.resolve(GENERATED_CHIP)),
        Files.isRegularFile(grid) ? Files.readAllBytes(grid) : null);
  }

  /** Every deploy folder in the run folder: {@value #DEPLOY}/ and its sub-folders, and any other sub-folder with a mapping. */
  static List<Path> deployFolders(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    List<Path> candidates = new ArrayList<>(children(dir));
    if (Files.isDirectory(dir.resolve(DEPLOY))) {
      candidates.add(dir.resolve(DEPLOY));
      candidates.addAll(children(dir.resolve(DEPLOY)));
    }
    for (Path p : candidates) {
      if (Files.isRegularFile(p.resolve(DeployedNetwork.MAPPING_JSON)) && !out.contains(p)) {
        out.add(p);
      }
    }
    out.sort(null);
    return out;
  }

  private static List<Path> children(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).toList();
    }
  }

  /** Cores of every deployment. */
  public List<io.kairos.compiler.deploy.mapping.CoreUsage> cores() {
    return deployments.stream().flatMap(x -> x.mapping().perCore().stream()).toList();
  }

  /** Fidelity reports of every deployment. */
  public List<io.kairos.compiler.deploy.fidelity.FidelityReport> fidelityReports() {
    return deployments.stream().filter(x -> x.fidelity() != null).flatMap(x -> x.fidelity().reports().stream()).toList();
  }

  private static ChipRecord chipRecord(Path f) {
    return Files.isRegularFile(f) ? ChipRecord.read(f) : null;
  }

  private static <T> T readJson(Path f, Class<T> type) {
    try {
      return DeployJson.mapper().readValue(Files.readString(f), type);
    } catch (IOException e) {
      throw new UserException(f + ": cannot be read back: " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
