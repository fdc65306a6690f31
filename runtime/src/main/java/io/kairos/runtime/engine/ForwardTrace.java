package io.kairos.runtime.engine;

import io.kairos.compiler.run.SpikeTimes;

/**
 * Everything one sample's forward pass leaves for the backward pass, plus the scratch the kernels
 * need; owned by one thread and reused from sample to sample.
 *
 * <p>{@code times[0]} are the input spike times, {@code times[l + 1]} the output times of layer
 * {@code l}; {@code order[l]} lists the first {@code spikes[l]} entries of {@code times[l]} that
 * fired, by time (the event order of layer {@code l}).
 */
public final class ForwardTrace {
  final int window;
  final int[][] times;
  final int[][] order;
  final int[] spikes;
  final float[] outputPotentialAtFallback;
  // kernel scratch
  final float[] v;
  final float[][] layerV; // per-layer potentials of the interleaved (stop-at-decision) pass
  final int[] queued;
  final int[] next;
  final float[] mask;
  final int[] counts;

  ForwardTrace(int window, int[] sizes) {
    this.window = window;
    int layers = sizes.length - 1;
    times = new int[sizes.length][];
    order = new int[sizes.length][];
    spikes = new int[sizes.length];
    int widest = 0;
    for (int l = 0; l < sizes.length; l++) {
      times[l] = new int[sizes[l]];
      widest = Math.max(widest, sizes[l]);
      order[l] = new int[sizes[l]];
    }
    outputPotentialAtFallback = new float[sizes[layers]];
    layerV = new float[layers][];
    for (int l = 0; l < layers; l++) {
      layerV[l] = new float[sizes[l + 1]];
    }
    queued = new int[layers];
    next = new int[layers];
    v = new float[widest];
    mask = new float[widest];
    counts = new int[window + 2];
  }

  public int window() {
    return window;
  }

  public int layers() {
    return order.length - 1;
  }

  /** The input times array, to be filled by the caller before {@link TtfsNetwork#forward}. */
  public int[] inputTimes() {
    return times[0];
  }

  /** Spike times of layer {@code l}'s population (l = 0 is the first layer), as a copy. */
  public SpikeTimes layerTimes(int l) {
    return new SpikeTimes(window, times[l + 1].clone());
  }

  /** The output population's times array (not copied; valid until the next forward pass). */
  public int[] outputTimes() {
    return times[times.length - 1];
  }

  /**
   * Spike times of population {@code p}: 0 is the input, {@code l + 1} is layer {@code l} (not
   * copied; valid until the next forward pass).
   */
  public int[] populationTimes(int p) {
    return times[p];
  }

  /** Number of neurons of layer {@code l} that fired. */
  public int spikeCount(int l) {
    int[] t = times[l + 1];
    int n = 0;
    for (int x : t) {
      if (x < window) {
        n++;
      }
    }
    return n;
  }

  /** Number of input neurons that fired. */
  public int inputSpikeCount() {
    return spikes[0];
  }

  /** The output potentials at {@code window - 3} (S4NN's fallback decision). */
  public float[] outputPotentialAtFallback() {
    return outputPotentialAtFallback;
  }
}
