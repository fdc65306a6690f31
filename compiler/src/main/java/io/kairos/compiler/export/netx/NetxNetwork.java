package io.kairos.compiler.export.netx;

import java.util.List;

/**
 * A lava-dl NetX network description ({@code /layer/<i>/} groups of a {@code .net} HDF5 file, as
 * {@code lava.lib.dl.netx.hdf5.Network} reads them), plus what Kairos adds beside it for readers
 * that know of it ({@code /kairos/}).
 *
 * @param layers the layers, {@code /layer/0} first
 * @param network the Kairos network name
 * @param window time steps per sample
 * @param fireOnce how the chip makes neurons fire at most once (which NetX cannot say)
 */
public record NetxNetwork(List<Layer> layers, String network, int window, String fireOnce) {
  public NetxNetwork {
    layers = List.copyOf(layers);
  }

  /**
   * Lava's CUBA neuron parameters: on load Lava uses {@code du = iDecay - 1}, {@code dv = vDecay},
   * {@code vth = vThMant} and {@code bias_exp = 6}.
   */
  public record Neuron(String type, int iDecay, int vDecay, int vThMant, int refDelay) {}

  /**
   * One layer.
   *
   * @param type {@code input}, {@code flatten} or {@code dense}
   * @param shape {@code [C, H, W]} of an input layer, {@code [out]} of a dense layer, empty for flatten
   * @param inFeatures fan-in of a dense layer (0 otherwise)
   * @param outFeatures size of a dense layer (0 otherwise)
   * @param weight {@code [out, in]} row-major weights of a dense layer, in Lava's units (the
   *     increment of Lava's {@code a_in} per spike), or null
   * @param bias per-neuron bias mantissas of a dense layer (exponent 6), or null when all are 0
   * @param selfWeight per-neuron self-inhibition increment (Kairos extension, not read by Lava), or null
   * @param neuron the neuron parameters, or null for flatten
   */
  public record Layer(
      String type, int[] shape, int inFeatures, int outFeatures, float[] weight, float[] bias,
      float[] selfWeight, Neuron neuron) {}
}
