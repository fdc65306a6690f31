package io.kairos.runtime.engine;

import io.kairos.compiler.ir.ClassifierTraining;
import io.kairos.compiler.ir.Dataset;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.Init;
import io.kairos.compiler.ir.Loss;
import io.kairos.compiler.ir.Model;
import io.kairos.compiler.ir.Network;
import io.kairos.compiler.ir.NoiseLatencyEncoder;
import io.kairos.compiler.ir.Optimizer;
import io.kairos.compiler.ir.Population;
import io.kairos.compiler.ir.Projection;
import io.kairos.compiler.run.WeightMatrix;
import java.util.ArrayList;
import java.util.List;

/** Micro-networks for the semantics tests: inputs -> IF layers, built as IR. */
final class Micro {
  private Micro() {}

  /** A model with {@code sizes[0]} inputs and IF layers of {@code sizes[1..]}, all at {@code theta}. */
  static Model model(int window, double theta, int... sizes) {
    var pops = new ArrayList<Population>();
    var projs = new ArrayList<Projection>();
    String src = "in";
    for (int l = 1; l < sizes.length; l++) {
      String name = "l" + l;
      pops.add(new Population(name, sizes[l], "if", theta, List.of()));
      projs.add(new Projection(src, name, new Init.Uniform(0, 5)));
      src = name;
    }
    var net = new Network("net", "in", pops, projs, null);
    var training = new ClassifierTraining("net", new Dataset("mnist", null), new Loss.S4nn(3),
        new Optimizer.Sgd(0.2, 0), 1, 1, 1, 0);
    return new Model(Model.SCHEMA_VERSION, "micro", window, List.of(new IfNeuron("if", theta, window)),
        List.of(new NoiseLatencyEncoder("in", sizes[0])), List.of(net), training, null);
  }

  static TtfsNetwork net(int window, double theta, int... sizes) {
    return TtfsNetwork.fromIr(model(window, theta, sizes), "net");
  }

  /** Sets layer {@code l}'s weights from {@code w[target][source]}. */
  static void weights(TtfsNetwork net, int l, double[][] w) {
    int rows = w.length;
    int cols = w[0].length;
    float[] d = new float[rows * cols];
    for (int j = 0; j < rows; j++) {
      for (int i = 0; i < cols; i++) {
        d[j * cols + i] = (float) w[j][i];
      }
    }
    DenseTtfsLayer layer = net.layers().get(l);
    layer.load(new WeightMatrix(rows, cols, d));
  }

  /** Runs the forward pass on {@code input} and returns the trace. */
  static ForwardTrace forward(TtfsNetwork net, int... input) {
    ForwardTrace t = net.newTrace();
    System.arraycopy(input, 0, t.inputTimes(), 0, input.length);
    net.forward(t);
    return t;
  }
}
