package io.kairos.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * S4NN's dead-neuron rule: after an epoch, a hidden neuron (any population but the output) that
 * fired on fewer than {@code rate * samples} training samples gets its incoming weights re-drawn
 * from its projection's init. The draws of epoch {@code e}, layer {@code l} come from a generator
 * seeded from {@code (seed, e, l)}, neurons in index order, sources in index order.
 */
public final class DeadNeurons {
  private DeadNeurons() {}

  /**
   * Re-draws the dead neurons counted in {@code epochTally} (the training forward passes).
   *
   * @return neurons re-drawn per hidden population
   */
  public static Map<String, Integer> redraw(TtfsNetwork net, Tally epochTally, double rate, long seed, int epoch) {
    return counts(net, redrawTargets(net, epochTally, rate, seed, epoch));
  }

  /** How many neurons of each layer of {@code net} {@link #redrawTargets} re-drew, by layer name. */
  public static Map<String, Integer> counts(TtfsNetwork net, List<int[]> targets) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int l = 0; l < targets.size(); l++) {
      out.put(net.layers().get(l).name(), targets.get(l).length);
    }
    return out;
  }

  /**
   * As {@link #redraw}, returning which neurons were re-drawn: entry {@code l} lists, in increasing
   * order, the targets {@code j} of hidden layer {@code l} whose incoming weights (row {@code j} of
   * the layer's {@code [target, source]} matrix, every source) were re-drawn; nothing else is
   * written. Empty (no layers) when {@code rate <= 0}.
   */
  public static List<int[]> redrawTargets(TtfsNetwork net, Tally epochTally, double rate, long seed, int epoch) {
    List<int[]> out = new ArrayList<>();
    if (rate <= 0) {
      return out;
    }
    double limit = rate * epochTally.samples();
    for (int l = 0; l + 1 < net.layers().size(); l++) {
      DenseTtfsLayer layer = net.layers().get(l);
      long[] fired = epochTally.firedCounts(l);
      SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, Seeds.REDRAW, (long) epoch * 1024 + l));
      int[] redrawn = new int[fired.length];
      int n = 0;
      for (int j = 0; j < fired.length; j++) {
        if (fired[j] < limit) {
          layer.redrawTarget(j, () -> TtfsNetwork.draw(layer.init(), rnd));
          redrawn[n++] = j;
        }
      }
      out.add(Arrays.copyOf(redrawn, n));
    }
    return out;
  }
}
