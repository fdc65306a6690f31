package io.kairos.cli.chip;

import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.runtime.engine.ForwardTrace;
import io.kairos.runtime.engine.TtfsNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * The float side of a fidelity comparison: the runtime's own engine ({@link TtfsNetwork}, the one
 * that trained the weights), its results put in the compiler's plain {@link NetworkRun} form.
 */
public final class FloatRunner {
  private final TtfsNetwork net;

  /** @throws io.kairos.runtime.engine.UnsupportedModelException when the runtime cannot run the network */
  public FloatRunner(TrainedModel trained, String network) {
    net = TtfsNetwork.fromIr(trained.model(), network);
    net.load(trained.weightsOf(network));
  }

  public NetworkRun run(SpikeTimes input) {
    ForwardTrace trace = net.forward(input);
    List<SpikeTimes> layers = new ArrayList<>(trace.layers());
    for (int l = 0; l < trace.layers(); l++) {
      layers.add(trace.layerTimes(l));
    }
    float[] v = trace.outputPotentialAtFallback();
    double[] pot = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      pot[j] = v[j];
    }
    return new NetworkRun(layers, pot, 0);
  }
}
