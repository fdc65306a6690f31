package io.kairos.compiler.export.nir;

import io.kairos.compiler.run.WeightMatrix;

/**
 * The NIR primitives Kairos reads and writes (neuromorphs/NIR, {@code nir/ir}), as data. Weights
 * are {@code [out, in]}. Every other NIR primitive is read as {@link Unsupported} so that the
 * importer can name it.
 */
public sealed interface NirNode {
  /** Feeds the graph: {@code shape} is the shape of one input sample. */
  record Input(long[] shape) implements NirNode {}

  /** Leaves the graph: {@code shape} is the shape of one output sample. */
  record Output(long[] shape) implements NirNode {}

  /** {@code y = W x}. */
  record Linear(WeightMatrix weight) implements NirNode {}

  /** {@code y = W x + b}. */
  record Affine(WeightMatrix weight, double[] bias) implements NirNode {}

  /**
   * Integrate-and-fire: {@code dv/dt = r I}; spike when {@code v > v_threshold}, then {@code v =
   * v_reset}. One value per neuron.
   */
  record IntegrateAndFire(double[] r, double[] vThreshold, double[] vReset) implements NirNode {
    public int size() {
      return r.length;
    }
  }

  /** Any other primitive: only its type name is kept. */
  record Unsupported(String type) implements NirNode {}
}
