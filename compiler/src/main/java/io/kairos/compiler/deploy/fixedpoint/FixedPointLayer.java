package io.kairos.compiler.deploy.fixedpoint;

import java.util.Arrays;

/**
 * One population of CUBA compartments fed by one dense projection, in integers.
 *
 * @param name population name
 * @param size number of compartments
 * @param fanIn size of the source (encoder or previous layer)
 * @param weightMant weight mantissas, row-major {@code [size, fanIn]}: {@code weightMant[j * fanIn
 *     + i]} from source i to compartment j (0 means no synapse)
 * @param weightExp exponent of every weight of the projection, &gt;= 0
 * @param vthMant threshold mantissa: spike when {@code v > vthMant << thresholdShift}
 * @param du current decay (with the target's offset)
 * @param dv voltage decay
 * @param biasMant bias mantissa
 * @param biasExp bias exponent
 * @param fireOnce the fire-once mechanism
 * @param selfExp exponent of the self-inhibitory synapses
 * @param selfMant per compartment, the mantissas of its self-inhibitory synapses (often none)
 */
public record FixedPointLayer(
    String name,
    int size,
    int fanIn,
    int[] weightMant,
    int weightExp,
    int vthMant,
    int du,
    int dv,
    int biasMant,
    int biasExp,
    FireOnce fireOnce,
    int selfExp,
    int[][] selfMant) {

  public FixedPointLayer {
    if (size < 1 || fanIn < 1) {
      throw new IllegalArgumentException("layer " + name + " must have size and fan-in >= 1");
    }
    if (weightMant.length != (long) size * fanIn) {
      throw new IllegalArgumentException(
          "layer " + name + " needs " + (long) size * fanIn + " weights, got " + weightMant.length);
    }
    if (selfMant.length != size) {
      throw new IllegalArgumentException(
          "layer " + name + " needs one self-synapse list per compartment (" + size + "), got " + selfMant.length);
    }
    if (weightExp < 0 || selfExp < 0) {
      throw new IllegalArgumentException("layer " + name + ": weight exponents must be >= 0");
    }
    if (vthMant < 0) {
      throw new IllegalArgumentException("layer " + name + ": vthMant must be >= 0, got " + vthMant);
    }
  }

  public int weight(int target, int source) {
    return weightMant[target * fanIn + source];
  }

  /** Number of self-inhibitory synapses in the layer. */
  public int selfSynapseCount() {
    int n = 0;
    for (int[] s : selfMant) {
      n += s.length;
    }
    return n;
  }

  /** Number of compartments with at least one self-inhibitory synapse. */
  public int selfInhibitedCount() {
    int n = 0;
    for (int[] s : selfMant) {
      n += s.length > 0 ? 1 : 0;
    }
    return n;
  }

  /** Checks every field against the target's widths; returns this layer. */
  public FixedPointLayer checkedAgainst(DatapathWidths w) {
    for (int k = 0; k < weightMant.length; k++) {
      if (weightMant[k] < w.weightMin() || weightMant[k] > w.weightMax()) {
        throw new IllegalArgumentException(
            "layer " + name + ": weight mantissa " + weightMant[k] + " outside [" + w.weightMin() + ", "
                + w.weightMax() + "]");
      }
    }
    for (int[] s : selfMant) {
      for (int m : s) {
        if (m < w.weightMin() || m > w.weightMax()) {
          throw new IllegalArgumentException(
              "layer " + name + ": self-synapse mantissa " + m + " outside [" + w.weightMin() + ", "
                  + w.weightMax() + "]");
        }
      }
    }
    if (weightExp > w.weightExpMax() || selfExp > w.weightExpMax()) {
      throw new IllegalArgumentException(
          "layer " + name + ": weight exponent above " + w.weightExpMax());
    }
    if (vthMant > w.thresholdMantMax()) {
      throw new IllegalArgumentException(
          "layer " + name + ": vthMant " + vthMant + " above " + w.thresholdMantMax());
    }
    if (du < 0 || du > w.decayMax() || dv < 0 || dv > w.decayMax()) {
      throw new IllegalArgumentException("layer " + name + ": du/dv outside [0, " + w.decayMax() + "]");
    }
    if (biasMant < w.biasMantMin() || biasMant > w.biasMantMax() || biasExp < 0 || biasExp > w.biasExpMax()) {
      throw new IllegalArgumentException("layer " + name + ": bias out of range");
    }
    if (fireOnce == FireOnce.ONE_SHOT_FLAG && !w.oneShotNeuron()) {
      throw new IllegalArgumentException("layer " + name + ": the target has no one-shot neuron");
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedPointLayer l
        && l.name.equals(name) && l.size == size && l.fanIn == fanIn
        && Arrays.equals(l.weightMant, weightMant) && l.weightExp == weightExp && l.vthMant == vthMant
        && l.du == du && l.dv == dv && l.biasMant == biasMant && l.biasExp == biasExp
        && l.fireOnce == fireOnce && l.selfExp == selfExp && Arrays.deepEquals(l.selfMant, selfMant);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Arrays.hashCode(weightMant)) + vthMant;
  }

  @Override
  public String toString() {
    return "FixedPointLayer[" + name + ", " + size + "x" + fanIn + ", vthMant=" + vthMant + ", " + fireOnce + "]";
  }
}
