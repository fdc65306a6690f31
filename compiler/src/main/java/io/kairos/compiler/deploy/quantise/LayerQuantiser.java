package io.kairos.compiler.deploy.quantise;

import io.kairos.compiler.deploy.DeploymentException;
import io.kairos.compiler.deploy.fixedpoint.DatapathWidths;
import io.kairos.compiler.deploy.fixedpoint.FireOnce;
import io.kairos.compiler.deploy.fixedpoint.FixedPointLayer;
import io.kairos.compiler.ir.CubaLifNeuron;
import io.kairos.compiler.ir.IfNeuron;
import io.kairos.compiler.ir.NeuronModel;
import io.kairos.compiler.run.WeightMatrix;
import java.util.Arrays;

/**
 * Quantises one layer (docs/quantisation.md): picks the largest scale that satisfies every width
 * (mantissa range, threshold width, no current wrap for any input pattern, self-inhibition without
 * wrap), then applies the rules of {@link QuantisationRules}.
 */
public final class LayerQuantiser {
  private static final int MAX_ROUNDS = 400;
  /** Each lowering of the scale undershoots the computed ratio by this much so the search ends. */
  private static final double BACKOFF = 0.9995;

  private LayerQuantiser() {}

  /** A quantised layer and its report. */
  public record Result(FixedPointLayer layer, LayerQuantisation report) {}

  /**
   * @param network network name, for messages
   * @param layer population name
   * @param source source name
   * @param weights float weights {@code [size, fanIn]}
   * @param theta float threshold
   * @param neuron the population's neuron model
   * @param window the model's window
   * @param chip the target's widths (self-inhibitory synapses use its full mantissa width)
   * @param settings weight bits and scale quantile (the layer's override when it has one)
   */
  public static Result quantise(
      String network,
      String layer,
      String source,
      WeightMatrix weights,
      double theta,
      NeuronModel neuron,
      int window,
      DatapathWidths chip,
      QuantisationSettings settings) {
    String where = "network " + network + ", layer " + layer;
    if (settings.weightBits() < 2 || settings.weightBits() > chip.weightBits()) {
      throw new DeploymentException(
          where + ": weight_bits " + settings.weightBits() + " is outside [2, " + chip.weightBits()
              + "] (the target's mantissa width)");
    }
    if (!neuron.firesOnceWithin(window)) {
      throw new DeploymentException(
          where + ": neuron model " + neuron.name() + " has refractory " + neuron.refractory()
              + " < window " + window + "; only fire-once (TTFS) neurons can be deployed");
    }
    DatapathWidths wq = chip.withWeightBits(settings.weightBits());
    int du;
    int dv;
    double bias;
    if (neuron instanceof CubaLifNeuron c) {
      du = QuantisationRules.currentDecay(c.currentDecay(), chip);
      dv = QuantisationRules.voltageDecay(c.voltageDecay(), chip);
      bias = c.bias();
    } else if (neuron instanceof IfNeuron) {
      du = chip.duClear();
      dv = 0;
      bias = 0;
    } else {
      throw new IllegalStateException("unknown neuron model " + neuron);
    }
    FireOnce fireOnce;
    if (chip.oneShotNeuron()) {
      fireOnce = FireOnce.ONE_SHOT_FLAG;
    } else if (du == chip.duClear() && dv == 0 && bias == 0) {
      fireOnce = FireOnce.SELF_INHIBITION;
    } else {
      throw new DeploymentException(
          where + ": neuron model " + neuron.name() + " (du " + du + ", dv " + dv + ", bias " + bias
              + ") cannot be made to fire once on a target without a one-shot neuron: the"
              + " self-inhibition proof needs du " + chip.duClear() + ", dv 0 and bias 0 (an IF neuron)");
    }
    int exp = Math.max(0, chip.weightExpMin());
    if (exp > chip.weightExpMax()) {
      throw new DeploymentException(where + ": the target has no weight exponent >= 0 (largest " + chip.weightExpMax() + ")");
    }

    float[] w = weights.data();
    int size = weights.rows();
    int fanIn = weights.cols();
    double maxAbs = 0;
    for (float x : w) {
      if (!Float.isFinite(x)) {
        throw new DeploymentException(where + ": weight " + x + " is not a finite number");
      }
      maxAbs = Math.max(maxAbs, Math.abs(x));
    }
    double quantile = settings.scaleQuantileOf(network, layer);
    double reference = quantileAbs(w, quantile);
    if (reference == 0) {
      reference = maxAbs > 0 ? maxAbs : 1;
    }
    double scale = QuantisationRules.fullRangeScale(reference, wq);
    ScaleLimit limit = ScaleLimit.MANTISSA_RANGE;
    int[] mant = new int[w.length];
    for (int round = 0; ; round++) {
      if (round > MAX_ROUNDS || (maxAbs > 0 && scale * maxAbs < 0.5)) {
        throw new DeploymentException(
            where + ": no weight scale satisfies the target's widths (threshold " + theta + ", "
                + fanIn + " inputs, largest |w| " + maxAbs + "; last scale tried " + scale + ", limited by "
                + limit + ")");
      }
      for (int k = 0; k < w.length; k++) {
        mant[k] = QuantisationRules.mantissa(w[k], scale, wq).value();
      }
      double vthExact = Math.floor(theta * scale) * Math.pow(2, exp);
      double ratio = 1;
      ScaleLimit cause = null;
      if (vthExact > chip.thresholdMantMax()) {
        ratio = chip.thresholdMantMax() / (theta * scale * Math.pow(2, exp));
        cause = ScaleLimit.THRESHOLD_WIDTH;
      }
      long vthV = ((long) vthExact) << chip.thresholdShift();
      long maxP = 0;
      long maxN = 0;
      long maxNeed = 0;
      long[] pos = new long[size];
      long[] neg = new long[size];
      for (int j = 0; j < size; j++) {
        long p = 0;
        long n = 0;
        for (int i = 0; i < fanIn; i++) {
          int m = mant[j * fanIn + i];
          if (m > 0) {
            p += m;
          } else {
            n -= m;
          }
        }
        pos[j] = p << (exp + chip.weightShift());
        neg[j] = n << (exp + chip.weightShift());
        maxP = Math.max(maxP, pos[j]);
        maxN = Math.max(maxN, neg[j]);
        maxNeed = Math.max(maxNeed, QuantisationRules.selfInhibitionNeed(pos[j], vthV));
      }
      if (maxP > chip.uMax() && (double) chip.uMax() / maxP < ratio) {
        ratio = (double) chip.uMax() / maxP;
        cause = ScaleLimit.CURRENT_WRAP;
      }
      if (maxN > chip.uMax() && (double) chip.uMax() / maxN < ratio) {
        ratio = (double) chip.uMax() / maxN;
        cause = ScaleLimit.CURRENT_WRAP;
      }
      int selfExp = 0;
      int[][] self = new int[size][];
      long maxNegWithSelf = maxN;
      if (fireOnce == FireOnce.SELF_INHIBITION) {
        selfExp = maxNeed > 0 ? QuantisationRules.selfExponent(maxNeed, chip) : Math.max(0, chip.weightExpMin());
        for (int j = 0; j < size; j++) {
          self[j] = QuantisationRules.selfInhibition(QuantisationRules.selfInhibitionNeed(pos[j], vthV), selfExp, chip);
          long total = neg[j] - QuantisationRules.effect(self[j], selfExp, chip);
          maxNegWithSelf = Math.max(maxNegWithSelf, total);
        }
        if (maxNegWithSelf > chip.uMax() && (double) chip.uMax() / maxNegWithSelf < ratio) {
          ratio = (double) chip.uMax() / maxNegWithSelf;
          cause = ScaleLimit.SELF_INHIBITION_WRAP;
        }
      } else {
        Arrays.fill(self, new int[0]);
      }
      if (cause != null) {
        scale *= ratio * BACKOFF;
        limit = cause;
        continue;
      }
      QuantisationRules.Threshold th = QuantisationRules.threshold(theta, scale, exp, chip);
      double voltsPerUnit = scale * Math.pow(2, exp + chip.weightShift());
      QuantisationRules.Bias b = QuantisationRules.bias(bias, voltsPerUnit, chip);
      if (fireOnce == FireOnce.SELF_INHIBITION && b.mant() != 0) {
        throw new IllegalStateException("self-inhibition chosen for a biased neuron");
      }
      int clipped = 0;
      int zeroed = 0;
      int nonzero = 0;
      double sumErr = 0;
      double maxErr = 0;
      for (int k = 0; k < w.length; k++) {
        QuantisationRules.Mantissa m = QuantisationRules.mantissa(w[k], scale, wq);
        clipped += m.clipped() ? 1 : 0;
        if (w[k] != 0) {
          nonzero++;
          zeroed += m.value() == 0 ? 1 : 0;
        }
        double err = Math.abs(m.error());
        sumErr += err;
        maxErr = Math.max(maxErr, err);
      }
      int selfSynapses = 0;
      int selfNeurons = 0;
      for (int[] s : self) {
        selfSynapses += s.length;
        selfNeurons += s.length > 0 ? 1 : 0;
      }
      FixedPointLayer fl = new FixedPointLayer(
          layer, size, fanIn, mant, exp, th.vthMant(), du, dv, b.mant(), b.exp(), fireOnce, selfExp, self);
      LayerQuantisation report = new LayerQuantisation(
          layer, source, size, fanIn, settings.weightBits(), quantile, scale, limit, exp, voltsPerUnit, theta,
          th.vthMant(), th.represented(), (double) clipped / w.length, sumErr / w.length, maxErr,
          nonzero == 0 ? 0 : (double) zeroed / nonzero, du, dv, b.mant(), b.exp(), fireOnce, selfExp,
          selfNeurons, selfSynapses, maxP, maxNegWithSelf);
      return new Result(fl, report);
    }
  }

  /** The q-quantile of |w| (the value at rank ceil(q * n) in ascending order). */
  static double quantileAbs(float[] w, double q) {
    if (q >= 1) {
      double m = 0;
      for (float x : w) {
        m = Math.max(m, Math.abs(x));
      }
      return m;
    }
    double[] a = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      a[k] = Math.abs(w[k]);
    }
    Arrays.sort(a);
    int rank = (int) Math.ceil(q * a.length) - 1;
    return a[Math.max(0, Math.min(a.length - 1, rank))];
  }
}
