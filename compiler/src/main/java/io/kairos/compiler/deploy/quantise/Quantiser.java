package io.kairos.compiler.deploy.quantise;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.List;

/** Float trained network to {@link FixedPointNetwork}, layer by layer (docs/quantisation.md). */
public final class Quantiser {
  private Quantiser() {}

  public static QuantisedNetwork quantise(
      TrainedModel trained, String networkName, DatapathWidths chip, QuantisationSettings settings) {
    Model model = trained.model();
    Network net = model.network(networkName)
        .orElseThrow(() -> new DeploymentException("the model has no network " + networkName));
    if (!trained.weights().containsKey(networkName)) {
      throw new DeploymentException("network " + networkName + " has no trained weights in this run");
    }
    List<WeightMatrix> ws = trained.weightsOf(networkName);
    int inputSize = model.encoder(net.input())
        .orElseThrow(() -> new DeploymentException("network " + networkName + " reads unknown encoder " + net.input()))
        .size();
    List<FixedPointLayer> layers = new ArrayList<>();
    List<LayerQuantisation> reports = new ArrayList<>();
    for (int k = 0; k < net.projections().size(); k++) {
      Projection p = net.projections().get(k);
      Population pop = net.populations().get(k);
      if (!p.target().equals(pop.name())) {
        throw new DeploymentException(
            "network " + networkName + ": projection " + k + " feeds " + p.target() + ", expected " + pop.name());
      }
      NeuronModel neuron = model.neuron(pop.neuron())
          .orElseThrow(() -> new DeploymentException("population " + pop.name() + " uses unknown neuron " + pop.neuron()));
      LayerQuantiser.Result r = LayerQuantiser.quantise(
          networkName, pop.name(), p.source(), ws.get(k), pop.threshold(), neuron, model.window(), chip, settings);
      layers.add(r.layer());
      reports.add(r.report());
    }
    FixedPointNetwork fpn = new FixedPointNetwork(networkName, inputSize, model.window(), chip, layers);
    return new QuantisedNetwork(fpn, new QuantisationReport(networkName, reports));
  }
}
