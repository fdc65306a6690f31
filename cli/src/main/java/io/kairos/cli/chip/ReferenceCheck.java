package io.kairos.cli.chip;

import io.kairos.cli.UserException;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.Deployer;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.deploy.mapping.MappingSummary.NetworkPorts;
import io.kairos.compiler.deploy.quantise.QuantisedNetwork;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.sim.SampleResult;
import java.nio.file.Path;
import java.util.List;

/**
 * Bit-exactness of the hardware model against the compiler's fixed-point reference simulator on a
 * deploy folder: the reference is rebuilt by deploying the run named in {@code deploy.json} again
 * with the folder's chip spec and settings (which must give the very same tables), then every
 * neuron's first spike time of every layer, and the total spike count, are compared per sample.
 */
public final class ReferenceCheck {
  private final ReferenceSimulator reference;
  private final List<String> layers;
  private int samples;
  private int exactSamples;
  private long neuronsCompared;
  private long mismatches;
  private String firstMismatch;

  /** The result: how many samples matched in every neuron of every layer. */
  public record Result(int samples, int exactSamples, long neuronsCompared, long mismatches, String firstMismatch) {
    public boolean bitExact() {
      return samples > 0 && exactSamples == samples;
    }
  }

  public ReferenceCheck(DeployFolder folder, NetworkPorts ports) throws java.io.IOException {
    DeployManifest m = DeployManifest.read(folder.dir());
    TrainedModel trained = TrainedModel.load(Path.of(m.run()));
    DeployedNetwork again = Deployer.deploy(trained, m.networks(), folder.chip(), m.settings());
    if (!again.tables().equals(folder.tables())) {
      throw new UserException("the tables in " + folder.dir() + " are not those of deploying " + m.run()
          + " again with its chip and settings; the run or the folder changed since, so there is no reference to check against");
    }
    QuantisedNetwork q = again.networks().stream().filter(n -> n.network().name().equals(ports.network())).findFirst()
        .orElseThrow(() -> new UserException("network " + ports.network() + " is not in the re-deployment"));
    reference = new ReferenceSimulator(q.network());
    layers = ports.layers();
  }

  /** Compares one sample, simulated over the full window. */
  public void check(int index, SpikeTimes input, SampleResult hw) {
    NetworkRun ref = reference.run(input);
    samples++;
    boolean exact = true;
    long spikes = ref.repeatSpikes();
    for (int k = 0; k < layers.size(); k++) {
      int[] want = ref.layers().get(k).times();
      int[] got = hw.firstSpikes(layers.get(k));
      spikes += ref.layers().get(k).spikeCount();
      neuronsCompared += want.length;
      for (int j = 0; j < want.length; j++) {
        if (want[j] != got[j]) {
          mismatches++;
          exact = false;
          if (firstMismatch == null) {
            firstMismatch = "sample " + index + ", layer " + layers.get(k) + ", neuron " + j + ": reference " + want[j]
                + ", hardware model " + got[j];
          }
        }
      }
    }
    if (spikes != hw.spikeCount()) {
      exact = false;
      if (firstMismatch == null) {
        firstMismatch = "sample " + index + ": reference " + spikes + " spikes, hardware model " + hw.spikeCount();
      }
    }
    exactSamples += exact ? 1 : 0;
  }

  public Result result() {
    return new Result(samples, exactSamples, neuronsCompared, mismatches, firstMismatch);
  }

  static String describe(Result r) {
    return r.bitExact()
        ? String.format("bit-exact: the hardware model equals the fixed-point reference in every neuron of every layer "
            + "on %d of %d samples (%d spike times, total spike counts equal)", r.exactSamples(), r.samples(), r.neuronsCompared())
        : String.format("NOT bit-exact: %d of %d samples equal, %d of %d spike times differ; first: %s",
            r.exactSamples(), r.samples(), r.mismatches(), r.neuronsCompared(), r.firstMismatch());
  }
}
