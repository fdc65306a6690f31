package io.kairos.compiler.deploy;

import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.deploy.mapping.Block;
import io.kairos.compiler.deploy.mapping.Partitioner;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import io.kairos.compiler.deploy.quantise.QuantisedNetwork;
import io.kairos.compiler.deploy.quantise.Quantiser;
import io.kairos.compiler.deploy.tables.CoreTablesAssembler;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.spec.ChipSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deployment back end in one call: quantise each network for the chip, partition its layers
 * onto cores, place the cores and write the core tables (docs/quantisation.md).
 */
public final class Deployer {
  private Deployer() {}

  /**
   * @param trained the trained model
   * @param networks names of the networks to deploy, in port order
   * @param chip the target chip
   * @param settings deployment settings ({@link DeploySettings})
   * @throws DeploymentException when a setting is wrong or a network cannot be quantised or does not fit
   */
  public static DeployedNetwork deploy(
      TrainedModel trained, List<String> networks, ChipSpec chip, Map<String, Double> settings) {
    if (networks.isEmpty()) {
      throw new DeploymentException("no network to deploy");
    }
    if (networks.stream().distinct().count() != networks.size()) {
      throw new DeploymentException("a network is named twice: " + networks);
    }
    DatapathWidths widths = DatapathWidths.of(chip);
    QuantisationSettings qs = DeploySettings.quantisation(settings, widths, layerNames(trained));
    List<QuantisedNetwork> quantised = new ArrayList<>();
    List<FixedPointNetwork> fixed = new ArrayList<>();
    List<List<List<Block>>> partitions = new ArrayList<>();
    for (String name : networks) {
      QuantisedNetwork q = Quantiser.quantise(trained, name, widths, qs);
      quantised.add(q);
      fixed.add(q.network());
      partitions.add(Partitioner.partition(q.network(), chip));
    }
    CoreTablesAssembler.Mapped mapped = CoreTablesAssembler.assemble(fixed, partitions, chip);
    return new DeployedNetwork(chip, mapped.tables(), quantised, mapped.summary(), trained.model());
  }

  /**
   * Every layer a per-layer setting may name, {@code network/population}, over all of the model's
   * networks: a model's deploy block may tune layers of networks that one call does not deploy.
   */
  public static List<String> layerNames(TrainedModel trained) {
    return trained.model().networks().stream()
        .flatMap(n -> n.populations().stream().map(p -> QuantisationSettings.layerKey(n.name(), p.name())))
        .toList();
  }

  /** The networks a model deploys by default: every network that has trained weights, in model order. */
  public static List<String> trainedNetworks(TrainedModel trained) {
    return trained.model().networks().stream()
        .map(n -> n.name())
        .filter(trained.weights()::containsKey)
        .toList();
  }
}
