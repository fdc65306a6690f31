package io.kairos.compiler.deploy.fixedpoint;

/** How a layer's compartments are made to fire at most once per window (docs/quantisation.md). */
public enum FireOnce {
  /** The target's one-shot neuron flag: after its first spike a compartment never spikes again. */
  ONE_SHOT_FLAG,
  /**
   * Self-inhibitory synapses (compartment to itself, one step later) strong enough that no input
   * pattern can cause a second crossing; neurons for which the proof needs none get none.
   */
  SELF_INHIBITION
}
