package io.kairos.compiler.deploy.fixedpoint;

import io.kairos.compiler.deploy.NetworkRun;
import io.kairos.compiler.run.SpikeTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link FixedPointNetwork} on one sample with the exact integer rules of {@link
 * CubaRules}: the independent bit-exact oracle for the hardware model.
 *
 * <p>Timing (docs/quantisation.md): steps {@code 0 .. window-1}; an input with spike time {@code
 * t < window} spikes at step t; every projection (and every self-synapse) delivers a spike of step
 * s at step s + 1. A layer's spike time is the step of its first spike, or {@code window}. The
 * output potentials are the voltages after step {@code window - 2}, which corresponds to float
 * time {@code window - 3}. A spent one-shot compartment holds v (u still integrates) and never
 * fires again; no compartment has a refractory period (refractory delay 1).
 */
public final class ReferenceSimulator {
  private final FixedPointNetwork net;
  private final List<int[]> transposed = new ArrayList<>();

  public ReferenceSimulator(FixedPointNetwork net) {
    this.net = net;
    for (FixedPointLayer l : net.layers()) {
      int[] t = new int[l.weightMant().length];
      for (int j = 0; j < l.size(); j++) {
        for (int i = 0; i < l.fanIn(); i++) {
          t[i * l.size() + j] = l.weightMant()[j * l.fanIn() + i];
        }
      }
      transposed.add(t);
    }
  }

  public NetworkRun run(SpikeTimes input) {
    if (input.size() != net.inputSize()) {
      throw new IllegalArgumentException(
          "network " + net.name() + " has " + net.inputSize() + " inputs, got " + input.size() + " spike times");
    }
    if (input.window() != net.window()) {
      throw new IllegalArgumentException(
          "network " + net.name() + " runs a window of " + net.window() + ", input has " + input.window());
    }
    int window = net.window();
    int[][] raster = new int[window][];
    int[] counts = new int[window];
    for (int i = 0; i < input.size(); i++) {
      if (input.fired(i)) {
        counts[input.get(i)]++;
      }
    }
    for (int s = 0; s < window; s++) {
      raster[s] = new int[counts[s]];
      counts[s] = 0;
    }
    for (int i = 0; i < input.size(); i++) {
      if (input.fired(i)) {
        int s = input.get(i);
        raster[s][counts[s]++] = i;
      }
    }
    List<SpikeTimes> times = new ArrayList<>();
    double[] potentials = null;
    long repeats = 0;
    for (int k = 0; k < net.layers().size(); k++) {
      FixedPointLayer layer = net.layers().get(k);
      LayerResult r = runLayer(layer, transposed.get(k), raster, k == net.layers().size() - 1);
      times.add(new SpikeTimes(window, r.first));
      repeats += r.repeats;
      raster = r.raster;
      potentials = r.potentials;
    }
    return new NetworkRun(times, potentials, repeats);
  }

  private record LayerResult(int[] first, int[][] raster, long repeats, double[] potentials) {}

  private LayerResult runLayer(FixedPointLayer l, int[] wT, int[][] in, boolean recordPotentials) {
    DatapathWidths w = net.widths();
    int window = net.window();
    int n = l.size();
    long[] u = new long[n];
    long[] v = new long[n];
    long[] sum = new long[n];
    long[] selfSum = new long[n];
    long[] selfTotal = new long[n];
    for (int j = 0; j < n; j++) {
      for (int m : l.selfMant()[j]) {
        selfTotal[j] += m;
      }
    }
    int[] first = new int[n];
    Arrays.fill(first, window);
    int[][] out = new int[window][];
    int[] spiking = new int[n];
    double[] potentials = recordPotentials ? new double[n] : null;
    long repeats = 0;
    boolean oneShot = l.fireOnce() == FireOnce.ONE_SHOT_FLAG;
    for (int s = 0; s < window; s++) {
      Arrays.fill(sum, 0);
      Arrays.fill(selfSum, 0);
      if (s >= 1) {
        for (int i : in[s - 1]) {
          int base = i * n;
          for (int j = 0; j < n; j++) {
            sum[j] += wT[base + j];
          }
        }
        for (int j : out[s - 1]) {
          selfSum[j] += selfTotal[j];
        }
      }
      int count = 0;
      for (int j = 0; j < n; j++) {
        long a = CubaRules.shiftedInput(sum[j], l.weightExp()) + CubaRules.shiftedInput(selfSum[j], l.selfExp());
        u[j] = CubaRules.nextCurrent(u[j], a, l.du(), w);
        if (oneShot && first[j] < window) {
          continue; // a spent one-shot compartment holds v and never fires again
        }
        long vn = CubaRules.nextVoltage(v[j], u[j], l.dv(), l.biasMant(), l.biasExp(), w);
        if (CubaRules.spikes(vn, l.vthMant(), w)) {
          vn = 0;
          spiking[count++] = j;
          if (first[j] == window) {
            first[j] = s;
          } else {
            repeats++;
          }
        }
        v[j] = vn;
      }
      out[s] = Arrays.copyOf(spiking, count);
      if (recordPotentials && s == window - 2) {
        for (int j = 0; j < n; j++) {
          potentials[j] = v[j];
        }
      }
    }
    return new LayerResult(first, out, repeats, potentials);
  }
}
