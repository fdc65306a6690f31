package io.kairos.compiler.deploy.bench;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fidelity.DecisionRules;
import io.kairos.compiler.deploy.fidelity.Fidelity;
import io.kairos.compiler.deploy.fidelity.FloatTtfsReference;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.deploy.quantise.QuantisationSettings;
import io.kairos.compiler.deploy.quantise.QuantisedNetwork;
import io.kairos.compiler.deploy.quantise.Quantiser;
import io.kairos.compiler.run.SpikeTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurement, not a unit test (runs only with -Dkairos.bench=true): float vs fixed-point
 * decisions of a random 784-400-10 IF network with S4NN-like weights and thresholds (window 256,
 * thresholds 100) on synthetic TTFS image inputs (150 lit pixels of intensity 100..255 per sample).
 * Labels are the float S4NN predictions, so "fixed accuracy" reads as agreement with float.
 *
 * <pre>mvn -B -q -pl compiler -am test -Dtest=DecisionAgreementBench -Dsurefire.failIfNoSpecifiedTests=false -Dkairos.bench=true</pre>
 */
@EnabledIfSystemProperty(named = "kairos.bench", matches = "true")
class DecisionAgreementBench {
  @Test
  void measure() {
    int window = 256;
    int[] sizes = {784, 400, 10};
    var rnd = new SplittableRandom(2024);
    var ws = new ArrayList<io.kairos.compiler.run.WeightMatrix>();
    ws.add(DeployFixtures.weights(new int[] {784, 400}, () -> rnd.nextDouble(-1, 4)).get(0));
    ws.add(DeployFixtures.weights(new int[] {400, 10}, () -> rnd.nextDouble(-8, 30)).get(0));
    var tm = DeployFixtures.ifModel(window, sizes, new double[] {100, 100}, ws);
    var flt = FloatTtfsReference.of(tm, "net");
    List<SpikeTimes> inputs = new ArrayList<>();
    for (int s = 0; s < 300; s++) {
      int[] px = new int[784];
      for (int k = 0; k < 150; k++) {
        px[rnd.nextInt(784)] = 100 + rnd.nextInt(156);
      }
      inputs.add(SpikeTimes.fromPixels(px, window));
    }
    List<NetworkRun> floatRuns = inputs.stream().map(flt::run).toList();
    int[] labels = floatRuns.stream().mapToInt(r -> DecisionRules.s4nnPrediction(r.output(), r.outputPotentials())).toArray();
    for (var target : List.of(DatapathWidths.LOIHI1, DatapathWidths.LOIHI2)) {
      for (int bits : new int[] {8, 6, 4}) {
        QuantisedNetwork q = Quantiser.quantise(tm, "net", target, new QuantisationSettings(bits, 1));
        var sim = new ReferenceSimulator(q.network());
        List<NetworkRun> fixedRuns = inputs.stream().map(sim::run).toList();
        var report = Fidelity.compare("net", List.of("L1", "L2"), floatRuns, fixedRuns, labels);
        System.out.println("=== " + (target.oneShotNeuron() ? "loihi2" : "loihi1") + ", weight_bits " + bits);
        System.out.print(q.report().toText());
        System.out.print(report.toText());
      }
    }
    for (String chipName : List.of("loihi1", "loihi2")) {
      var chip = io.kairos.hardware.spec.ChipSpecLoader.preset(chipName);
      var d = io.kairos.compiler.deploy.Deployer.deploy(tm, List.of("net"), chip, java.util.Map.of());
      String text = d.mapping().toText();
      System.out.println("=== mapping on " + chipName);
      System.out.print(text.substring(0, text.indexOf("chip  core")));
      var sim = new io.kairos.hardware.sim.ChipSimulator(chip, d.tables());
      var ref = new ReferenceSimulator(d.networks().get(0).network());
      int same = 0;
      for (SpikeTimes in : inputs.subList(0, 100)) {
        var h = sim.run(io.kairos.hardware.sim.SpikeInput.fromFirstSpikeTimes(in.times(), window),
            io.kairos.hardware.sim.RunOptions.window(window));
        var r = ref.run(in);
        same += java.util.Arrays.equals(h.firstSpikes("net/L1"), r.layers().get(0).times())
            && java.util.Arrays.equals(h.outputFirstSpikes(), r.output().times()) ? 1 : 0;
      }
      System.out.println("hardware-model ChipSimulator vs compiler reference: " + same + "/100 samples identical in every layer");
    }
  }
}
