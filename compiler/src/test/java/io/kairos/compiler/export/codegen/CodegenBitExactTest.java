package io.kairos.compiler.export.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.compiler.deploy.DeployFixtures;
import io.kairos.compiler.deploy.DeployedNetwork;
import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.deploy.fixedpoint.ReferenceSimulator;
import io.kairos.compiler.export.DeployFolder;
import io.kairos.compiler.export.ExportFixtures;
import io.kairos.compiler.run.SpikeTimes;
import io.kairos.compiler.run.TrainedModel;
import io.kairos.hardware.sim.ChipSimulator;
import io.kairos.hardware.sim.RunOptions;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.sim.SpikeInput;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Java computes what the hardware model computes on the deployed tables, and what
 * the compiler's fixed-point reference computes, bit for bit, on every layer of every sample.
 */
class CodegenBitExactTest {
  private static final int SAMPLES = 120;

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"loihi1", "loihi2"})
  void classifierMatchesTheHardwareModelAndTheReference(String preset) throws Exception {
    TrainedModel trained = ExportFixtures.classifier(21, 30, 24, 14, 6);
    check(trained, preset, "net", List.of("net/L1", "net/L2"), false);
  }

  @org.junit.jupiter.api.Test
  void leakyNeuronsWithBiasMatchOnLoihi2() throws Exception {
    var rnd = new SplittableRandom(23);
    int[] sizes = {16, 12, 5};
    TrainedModel trained = DeployFixtures.model(30, sizes, new double[] {1.2, 1.5},
        DeployFixtures.weights(sizes, () -> rnd.nextDouble(-0.4, 1)),
        new io.kairos.compiler.ir.CubaLifNeuron("LIF", 1, 30, 0.75, 0.05, 0.04));
    check(trained, "loihi2", "net", List.of("net/L1", "net/L2"), false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"loihi1", "loihi2"})
  void generatorMatchesAndDecodesItsImage(String preset) throws Exception {
    TrainedModel trained = ExportFixtures.generator(22, 30, 8, 10, 3, 4);
    check(trained, preset, "gen", List.of("gen/hidden", "gen/pixels"), true);
  }

  private void check(TrainedModel trained, String preset, String net, List<String> layers, boolean generator)
      throws Exception {
    Path dir = tmp.resolve("deploy");
    DeployedNetwork d = ExportFixtures.deploy(trained, preset, dir);
    if (preset.equals("loihi1")) {
      assertTrue(d.mapping().fireOnceSynapses() > 0, "the self-inhibition path is exercised");
    }
    var q = d.networks().get(0).network().layers().get(0);
    boolean leaky = q.dv() > 0;
    if (leaky) {
      assertTrue(q.biasMant() != 0 && q.du() < 4095, "the decay and bias paths are exercised: " + q);
    }
    DeployFolder folder = DeployFolder.load(dir);
    var compiled = InMemoryJavac.compile(JavaCodegen.generate(folder, List.of(), "com.example.net"), tmp.resolve("java"));
    assertTrue(compiled.success(), String.join("\n", compiled.diagnostics()));
    assertEquals(List.of(), compiled.diagnostics(), "compiles without a single warning under -Xlint:all");
    String className = net.equals("net") ? "Net" : "Gen";
    Class<?> generated = compiled.loader().loadClass("com.example.net." + className);
    Method runLayers = generated.getMethod("runLayers", int[].class);
    Method generate = generator ? generated.getMethod("generate", int[].class) : null;
    Method pixel = generator ? generated.getMethod("pixel", int.class) : null;

    var reference = new ReferenceSimulator(d.networks().get(0).network());
    var chip = new ChipSimulator(d.chip(), d.tables());
    int window = trained.model().window();
    int inputs = d.networks().get(0).network().inputSize();
    SplittableRandom rnd = new SplittableRandom(preset.hashCode());
    long spikes = 0;
    for (int s = 0; s < SAMPLES; s++) {
      SpikeTimes in = DeployFixtures.input(rnd, inputs, window, 0.25, window - 3);
      NetworkRun r = reference.run(in);
      SampleResult h = chip.run(SpikeInput.fromFirstSpikeTimes(in.times(), window), RunOptions.window(window));
      int[][] g = (int[][]) runLayers.invoke(null, (Object) in.times().clone());
      assertEquals(layers.size(), g.length);
      for (int k = 0; k < layers.size(); k++) {
        assertArrayEquals(h.firstSpikes(layers.get(k)), g[k], preset + " sample " + s + " layer " + layers.get(k) + " vs hardware model");
        assertArrayEquals(r.layers().get(k).times(), g[k], preset + " sample " + s + " layer " + layers.get(k) + " vs reference");
        for (int t : g[k]) {
          spikes += t < window ? 1 : 0;
        }
      }
      if (generator) {
        byte[] image = (byte[]) generate.invoke(null, (Object) in.times().clone());
        int[] out = r.output().times();
        for (int j = 0; j < out.length; j++) {
          int expected = (int) Math.round(255.0 * (window - out[j]) / window);
          assertEquals(expected, image[j] & 0xFF, "pixel " + j);
          assertEquals(expected, (int) pixel.invoke(null, out[j]));
        }
      }
    }
    assertTrue(spikes > SAMPLES * 3L, "the samples exercise the network (" + spikes + " first spikes)");
  }
}
