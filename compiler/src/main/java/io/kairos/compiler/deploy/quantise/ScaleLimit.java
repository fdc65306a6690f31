package io.kairos.compiler.deploy.quantise;

/** What set a layer's weight scale (docs/quantisation.md, "Choosing the scale"). */
public enum ScaleLimit {
  /** The scale reference |w| maps onto the largest positive mantissa. */
  MANTISSA_RANGE,
  /** Lowered so that the threshold mantissa fits its unsigned width. */
  THRESHOLD_WIDTH,
  /** Lowered so that no input pattern can wrap the current u. */
  CURRENT_WRAP,
  /** Lowered so that the self-inhibition plus the negative inputs cannot wrap u. */
  SELF_INHIBITION_WRAP
}
