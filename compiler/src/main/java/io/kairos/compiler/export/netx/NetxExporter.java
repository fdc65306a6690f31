package io.kairos.compiler.export.netx;

import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.deploy.fixedpoint.FixedPointNetwork;
import io.kairos.compiler.export.InterchangeException;
import io.kairos.compiler.ir.Encoder;
import io.kairos.compiler.ir.ImageLatencyEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployed fixed-point network as a NetX description (docs/interchange.md, "lava-dl NetX"):
 * layer 0 {@code input} ({@code [C, H, W]}), layer 1 {@code flatten}, then one {@code dense} layer
 * per population with the weight {@code m << weightExp} (the increment of Lava's {@code a_in}, so
 * that Lava's {@code u += a_in << 6} equals the chip's), {@code iDecay = du + offset} (Lava loads
 * {@code du = iDecay - 1} and adds its own offset of 1), {@code vDecay = dv}, {@code vThMant},
 * {@code refDelay = 1}. Refuses what Lava would silently change: weights outside [-256, 254] (Lava
 * clips), a bias not a multiple of 2^6 (Lava fixes {@code bias_exp = 6}), other datapath shifts.
 */
public final class NetxExporter {
  private NetxExporter() {}

  /** Lava clips NetX weights to this range (lava-dl {@code netx/utils.py}). */
  public static final int WEIGHT_MIN = -256;
  public static final int WEIGHT_MAX = 254;
  /** Lava's bit-accurate LIF: {@code bias_exp = 6}, {@code u += a << 6}, {@code v > vth << 6}, 12-bit decays. */
  public static final int LAVA_BIAS_EXP = 6;
  private static final int LAVA_SHIFT = 6;
  private static final int LAVA_DECAY_BITS = 12;

  public static NetxNetwork export(FixedPointNetwork net, Encoder encoder) {
    DatapathWidths w = net.widths();
    if (w.weightShift() != LAVA_SHIFT || w.thresholdShift() != LAVA_SHIFT || w.decayBits() != LAVA_DECAY_BITS) {
      throw new InterchangeException("Lava's CUBA model shifts weights and thresholds by 6 and has 12-bit decays; "
          + "this chip has weight shift " + w.weightShift() + ", threshold shift " + w.thresholdShift()
          + " and " + w.decayBits() + "-bit decays");
    }
    if (encoder.size() != net.inputSize()) {
      throw new InterchangeException("encoder " + encoder.name() + " has " + encoder.size()
          + " values but network " + net.name() + " has " + net.inputSize() + " inputs");
    }
    List<NetxNetwork.Layer> layers = new ArrayList<>();
    int[] inShape = encoder instanceof ImageLatencyEncoder img
        ? new int[] {1, img.height(), img.width()} : new int[] {encoder.size(), 1, 1};
    NetxNetwork.Layer first = layerOf(net.layers().get(0), w, net.name());
    layers.add(new NetxNetwork.Layer("input", inShape, 0, 0, null, null, null,
        new NetxNetwork.Neuron("CUBA", first.neuron().iDecay(), 0, 0, 1)));
    layers.add(new NetxNetwork.Layer("flatten", new int[0], 0, 0, null, null, null, null));
    for (FixedPointLayer l : net.layers()) {
      layers.add(layerOf(l, w, net.name()));
    }
    FireOnce f = net.layers().get(0).fireOnce();
    return new NetxNetwork(layers, net.name(), net.window(),
        f == FireOnce.ONE_SHOT_FLAG ? "one_shot_flag" : "self_inhibition");
  }

  private static NetxNetwork.Layer layerOf(FixedPointLayer l, DatapathWidths w, String net) {
    float[] weight = new float[l.weightMant().length];
    for (int k = 0; k < weight.length; k++) {
      long v = (long) l.weightMant()[k] << l.weightExp();
      if (v < WEIGHT_MIN || v > WEIGHT_MAX) {
        throw new InterchangeException("network " + net + ", layer " + l.name() + ": weight " + v + " (mantissa "
            + l.weightMant()[k] + " << " + l.weightExp() + ") is outside NetX's [" + WEIGHT_MIN + ", " + WEIGHT_MAX
            + "], which Lava would clip");
      }
      weight[k] = v;
    }
    long bias = (long) l.biasMant() << l.biasExp();
    if (bias % (1L << LAVA_BIAS_EXP) != 0) {
      throw new InterchangeException("network " + net + ", layer " + l.name() + ": bias " + l.biasMant() + " << "
          + l.biasExp() + " is not a multiple of 2^" + LAVA_BIAS_EXP + ", and Lava fixes the bias exponent at "
          + LAVA_BIAS_EXP);
    }
    float[] biasMant = null;
    if (bias != 0) {
      biasMant = new float[l.size()];
      java.util.Arrays.fill(biasMant, bias >> LAVA_BIAS_EXP);
    }
    float[] self = null;
    if (l.selfSynapseCount() > 0) {
      self = new float[l.size()];
      for (int j = 0; j < l.size(); j++) {
        long s = 0;
        for (int m : l.selfMant()[j]) {
          s += (long) m << l.selfExp();
        }
        self[j] = s;
      }
    }
    NetxNetwork.Neuron neuron = new NetxNetwork.Neuron(
        "CUBA", l.du() + w.currentDecayOffset(), l.dv(), l.vthMant(), 1);
    return new NetxNetwork.Layer("dense", new int[] {l.size()}, l.fanIn(), l.size(), weight, biasMant, self, neuron);
  }
}
