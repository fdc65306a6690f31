package io.kairos.cli.chip;

import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.cost.CostModel;
import io.kairos.hardware.cost.CostReport;
import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one deployed network's samples on the hardware model and prices each one. The hardware
 * model knows no IR: this class turns spike times into {@link SpikeInput}s on the network's ports.
 */
public final class ChipRun {
  /** Samples simulated per batch: bounds the memory held by event traces. */
  private static final int CHUNK = 128;

  /** What is done with each sample once simulated and priced; called in sample order. */
  @FunctionalInterface
  public interface SampleVisitor {
    void visit(int index, SampleResult result, CostReport cost);
  }

  private final DeployFolder folder;
  private final NetworkPorts ports;
  private final ChipSimulator sim;
  private final CostModel cost;
  private final int window;

  public ChipRun(DeployFolder folder, NetworkPorts ports) {
    this.folder = folder;
    this.ports = ports;
    this.sim = new ChipSimulator(folder.chip(), folder.tables());
    this.cost = new CostModel(folder.chip());
    this.window = folder.model().window();
  }

  public int window() {
    return window;
  }

  public DeployFolder folder() {
    return folder;
  }

  public NetworkPorts ports() {
    return ports;
  }

  /** The network's output layer in the tables. */
  public String outputLayer() {
    return ports.layers().get(ports.layers().size() - 1);
  }

  /**
   * The host input of one sample: input {@code i} of the network spikes on port {@code
   * firstInputPort + i} at step {@code t_i}, and not at all when {@code t_i = window}. The deployed
   * input synapses carry delay 1, so an input fed at step t is integrated at step t + 1, exactly
   * the float semantics (docs/quantisation.md, "Fixed-point reference simulator").
   */
  public SpikeInput spikeInput(SpikeTimes in) {
    if (in.size() != ports.inputs()) {
      throw new HardwareModelException("network " + ports.network() + " has " + ports.inputs() + " input ports, got "
          + in.size() + " spike times");
    }
    int n = in.spikeCount();
    int[] p = new int[n];
    int[] s = new int[n];
    int k = 0;
    for (int i = 0; i < in.size(); i++) {
      if (in.fired(i)) {
        p[k] = ports.firstInputPort() + i;
        s[k++] = in.get(i);
      }
    }
    return new SpikeInput(p, s);
  }

  /**
   * Simulates and prices every input, in batches, visiting the samples in order.
   *
   * @param earlyExit stop each sample after the step in which its output layer first fired
   * @return the energy and timing summary over all samples
   */
  public EnergySummary run(List<SpikeTimes> inputs, boolean earlyExit, int threads, SampleVisitor visitor) {
    RunOptions opts = RunOptions.window(window);
    if (earlyExit) {
      opts = opts.stopWhenFired(outputLayer());
    }
    var acc = new EnergySummary.Accumulator(earlyExit ? "early exit at the first output spike" : "full window of " + window + " steps");
    for (int from = 0; from < inputs.size(); from += CHUNK) {
      List<SpikeInput> batch = new ArrayList<>();
      for (int i = from; i < Math.min(inputs.size(), from + CHUNK); i++) {
        batch.add(spikeInput(inputs.get(i)));
      }
      List<SampleResult> results = sim.runBatch(batch, opts, threads);
      for (int k = 0; k < results.size(); k++) {
        CostReport c = cost.estimate(results.get(k));
        acc.add(c);
        if (visitor != null) {
          visitor.visit(from + k, results.get(k), c);
        }
      }
    }
    return acc.summary();
  }
}
