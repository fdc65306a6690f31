package io.kairos.hardware.cost;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency and energy per inference over many samples: mean, median and 95th percentile. Per-op
 * detail stays in the individual {@link CostReport}s.
 */
public record CostSummary(
        String chip,
        int samples,
        Stats latencyNs,
        Stats dynamicEnergyPj,
        Stats staticEnergyPj,
        Stats totalEnergyPj) {

    /** Mean, median (nearest rank) and 95th percentile (nearest rank). */
    public record Stats(double mean, double median, double p95) {
        static Stats of(double[] xs) {
            double[] s = xs.clone();
            Arrays.sort(s);
            double mean = Arrays.stream(s).average().orElse(0);
            return new Stats(mean, rank(s, 0.5), rank(s, 0.95));
        }

        private static double rank(double[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    public static CostSummary of(List<CostReport> reports) {
        int n = reports.size();
        double[] lat = new double[n];
        double[] dyn = new double[n];
        double[] stat = new double[n];
        double[] tot = new double[n];
        for (int i = 0; i < n; i++) {
            CostReport r = reports.get(i);
            lat[i] = r.timing().latency().value();
            dyn[i] = r.energy().dynamic().value();
            stat[i] = r.energy().staticEnergy().value();
            tot[i] = r.energy().total().value();
        }
        String chip = n == 0 ? "" : reports.get(0).energy().chip();
        return new CostSummary(chip, n, Stats.of(lat), Stats.of(dyn), Stats.of(stat), Stats.of(tot));
    }

    public String toText() {
        return String.format(Locale.ROOT,
                "ESTIMATE per inference on %s over %d samples (mean / median / p95):%n"
                        + "  latency        %10.3f / %10.3f / %10.3f us%n"
                        + "  dynamic energy %10.4f / %10.4f / %10.4f uJ%n"
                        + "  static energy  %10.4f / %10.4f / %10.4f uJ%n"
                        + "  total energy   %10.4f / %10.4f / %10.4f uJ%n",
                chip, samples, latencyNs.mean / 1e3, latencyNs.median / 1e3, latencyNs.p95 / 1e3,
                dynamicEnergyPj.mean / 1e6, dynamicEnergyPj.median / 1e6, dynamicEnergyPj.p95 / 1e6,
                staticEnergyPj.mean / 1e6, staticEnergyPj.median / 1e6, staticEnergyPj.p95 / 1e6,
                totalEnergyPj.mean / 1e6, totalEnergyPj.median / 1e6, totalEnergyPj.p95 / 1e6);
    }
}
