package io.kairos.runtime.engine;

import io.kairos.compiler.run.WeightMatrix;
import java.util.List;

/**
 * The exponential moving average A of a generator's true weights (docs/gan.md, "Generator
 * average"; Yazici et al. 2019): after every G optimizer step, for every weight k, {@code A_k =
 * (float) (d * (double) A_k + (1.0 - d) * (double) W_k)} with {@code W_k} G's true weight ({@code
 * (float) (scale * raw)}, as {@link TtfsNetwork#weights()} reads it). The average lives in a
 * network of G's shape ({@link #network()}, scale 1), so everything that runs "the generator" can
 * run it; training never reads it. Element-wise, so the thread count cannot change it.
 */
public final class GeneratorAverage {
  private final TtfsNetwork raw;
  private final TtfsNetwork averaged;
  private final double decay;

  private GeneratorAverage(TtfsNetwork raw, TtfsNetwork averaged, double decay) {
    if (!(decay > 0 && decay < 1)) {
      throw new UnsupportedModelException("the generator average's decay must be in (0, 1), got " + decay);
    }
    this.raw = raw;
    this.averaged = averaged;
    this.decay = decay;
  }

  /** An average of {@code g} that starts as {@code g}'s current true weights. */
  public static GeneratorAverage startingAt(TtfsNetwork g, double decay) {
    return new GeneratorAverage(g, g.copy(), decay);
  }

  /** An average of {@code g} that continues from {@code weights} (one {@code [target, source]} matrix per layer). */
  public static GeneratorAverage resumedFrom(TtfsNetwork g, List<WeightMatrix> weights, double decay) {
    TtfsNetwork a = g.copy();
    a.load(weights);
    return new GeneratorAverage(g, a, decay);
  }

  public double decay() {
    return decay;
  }

  /** The averaged generator (same names and shape as G; do not train it). */
  public TtfsNetwork network() {
    return averaged;
  }

  /** The averaged weights, one {@code [target, source]} matrix per layer (copies). */
  public List<WeightMatrix> weights() {
    return averaged.weights();
  }

  /** Folds G's current true weights into the average: call after every G optimizer step. */
  public void update(Parallel parallel) {
    double d = decay;
    double keep = 1.0 - d;
    for (int l = 0; l < raw.layers().size(); l++) {
      DenseTtfsLayer g = raw.layers().get(l);
      float[][] w = g.rows();
      double s = g.scale();
      float[][] a = averaged.layers().get(l).rows();
      parallel.forRange(w.length, (worker, from, to) -> {
        for (int i = from; i < to; i++) {
          float[] wi = w[i];
          float[] ai = a[i];
          for (int j = 0; j < ai.length; j++) {
            float trueWeight = (float) (s * wi[j]);
            ai[j] = (float) (d * ai[j] + keep * trueWeight);
          }
        }
      });
    }
  }

  /**
   * Copies into the average G's current true incoming weights of the neurons the dead-neuron
   * re-draw rewrote ({@link DeadNeurons#redrawTargets}: entry {@code l} lists the targets of layer
   * {@code l}): a re-drawn neuron restarts in the average as in G.
   */
  public void copyRedrawn(List<int[]> redrawn) {
    for (int l = 0; l < redrawn.size(); l++) {
      DenseTtfsLayer g = raw.layers().get(l);
      DenseTtfsLayer a = averaged.layers().get(l);
      for (int j : redrawn.get(l)) {
        for (int i = 0; i < g.sources(); i++) {
          a.setWeight(j, i, g.weight(j, i));
        }
      }
    }
  }
}
