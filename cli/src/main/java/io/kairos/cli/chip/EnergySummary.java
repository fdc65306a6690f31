package io.kairos.cli.chip;

import io.kairos.hardware.cost.CostReport;
import io.kairos.hardware.cost.EnergyReport;
import io.kairos.hardware.cost.OpKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Timing and energy ESTIMATES per inference, averaged over samples: each figure is the mean of the
 * hardware model's per-sample {@link CostReport}s (docs/hardware-model.md). Dynamic energy (per
 * operation, with its breakdowns) and static energy (static power times latency) are separate.
 *
 * @param chip chip spec name
 * @param samples samples averaged
 * @param mode {@code full window} or {@code early exit}
 * @param steps mean time steps run
 * @param cycles mean cycles
 * @param latencyUs mean latency, microseconds
 * @param latencyP95Us 95th percentile latency (nearest rank)
 * @param dynamicUj mean dynamic energy, microjoules
 * @param staticUj mean static energy
 * @param totalUj mean total energy
 * @param totalP95Uj 95th percentile total energy (nearest rank)
 * @param byKind mean count and energy per operation kind (sums to {@code dynamicUj})
 * @param byLayer mean dynamic energy per layer (sums to {@code dynamicUj})
 * @param byCore mean dynamic energy per core (sums to {@code dynamicUj})
 * @param assumptions what the estimate rests on
 */
public record EnergySummary(
    String chip,
    int samples,
    String mode,
    double steps,
    double cycles,
    double latencyUs,
    double latencyP95Us,
    double dynamicUj,
    double staticUj,
    double totalUj,
    double totalP95Uj,
    List<KindMean> byKind,
    List<GroupMean> byLayer,
    List<GroupMean> byCore,
    List<String> assumptions) {

  /** Mean count and energy of one operation kind per inference. */
  public record KindMean(String kind, double count, double unitPj, double energyUj) {}

  /** Mean dynamic energy of one layer or core per inference, by what it was spent on. */
  public record GroupMean(String name, double synapticUj, double compartmentsUj, double spikesUj, double totalUj) {}

  /** Sums per-sample reports; {@link #summary} gives the means. Not thread-safe. */
  public static final class Accumulator {
    private final String mode;
    private final List<Double> latency = new ArrayList<>();
    private final List<Double> total = new ArrayList<>();
    private double steps;
    private double cycles;
    private double dynamic;
    private double stat;
    private final Map<OpKind, double[]> kinds = new LinkedHashMap<>(); // count, energy pJ, unit pJ
    private final Map<String, double[]> layers = new LinkedHashMap<>();
    private final Map<String, double[]> cores = new LinkedHashMap<>();
    private String chip = "";
    private List<String> assumptions = List.of();

    public Accumulator(String mode) {
      this.mode = mode;
    }

    public void add(CostReport r) {
      EnergyReport e = r.energy();
      chip = e.chip();
      assumptions = e.assumptions();
      latency.add(r.timing().latency().value());
      total.add(e.total().value());
      steps += e.steps();
      cycles += r.timing().totalCycles();
      dynamic += e.dynamic().value();
      stat += e.staticEnergy().value();
      for (EnergyReport.KindLine k : e.byKind()) {
        double[] a = kinds.computeIfAbsent(k.kind(), x -> new double[3]);
        a[0] += k.count();
        a[1] += k.energy().value();
        a[2] = k.unitPj();
      }
      addGroups(layers, e.byLayer());
      addGroups(cores, e.byCore());
    }

    private static void addGroups(Map<String, double[]> into, List<EnergyReport.GroupLine> lines) {
      for (EnergyReport.GroupLine g : lines) {
        double[] a = into.computeIfAbsent(g.name(), x -> new double[4]);
        a[0] += g.synaptic().value();
        a[1] += g.compartments().value();
        a[2] += g.spikes().value();
        a[3] += g.total().value();
      }
    }

    public int samples() {
      return latency.size();
    }

    public EnergySummary summary() {
      int n = latency.size();
      if (n == 0) {
        throw new IllegalStateException("no samples priced");
      }
      double uj = 1e-6 / n;
      List<KindMean> k = new ArrayList<>();
      kinds.forEach((kind, a) -> k.add(new KindMean(kind.name().toLowerCase(Locale.ROOT), a[0] / n, a[2], a[1] * uj)));
      return new EnergySummary(chip, n, mode, steps / n, cycles / n,
          latency.stream().mapToDouble(Double::doubleValue).sum() / n / 1e3, p95(latency) / 1e3,
          dynamic * uj, stat * uj, (dynamic + stat) * uj, p95(total) / 1e6, k, groups(layers, uj), groups(cores, uj),
          assumptions);
    }

    private static List<GroupMean> groups(Map<String, double[]> m, double uj) {
      List<GroupMean> out = new ArrayList<>();
      m.forEach((name, a) -> out.add(new GroupMean(name, a[0] * uj, a[1] * uj, a[2] * uj, a[3] * uj)));
      return out;
    }

    private static double p95(List<Double> xs) {
      double[] s = xs.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(s);
      int i = (int) Math.ceil(0.95 * s.length) - 1;
      return s[Math.max(0, Math.min(s.length - 1, i))];
    }
  }

  /** The headline lines: steps, latency, energy split into dynamic and static. */
  public String headline() {
    return String.format(Locale.ROOT,
        "ESTIMATE per inference on %s (%s), mean over %d samples:%n"
            + "  time steps      %10.1f%n"
            + "  cycles          %10.0f%n"
            + "  latency         %10.3f us   (p95 %.3f us)%n"
            + "  dynamic energy  %10.4f uJ   (per-operation energy x operation counts; a lower bound)%n"
            + "  static energy   %10.4f uJ   (static power x chips x latency)%n"
            + "  total energy    %10.4f uJ   (p95 %.4f uJ)%n",
        chip, mode, samples, steps, cycles, latencyUs, latencyP95Us, dynamicUj, staticUj, totalUj, totalP95Uj);
  }

  /** Headline plus where the dynamic energy goes (per operation kind, layer and core) and the assumptions. */
  public String toText() {
    var sb = new StringBuilder(headline());
    sb.append(String.format(Locale.ROOT, "dynamic energy by operation:%n  %-20s %14s %9s %12s %7s%n",
        "operation", "count", "pJ each", "uJ", "share"));
    for (KindMean k : byKind) {
      sb.append(String.format(Locale.ROOT, "  %-20s %14.1f %9.2f %12.6f %6.1f%%%n", k.kind(), k.count(), k.unitPj(),
          k.energyUj(), share(k.energyUj())));
    }
    group(sb, "layer", byLayer);
    group(sb, "core", byCore);
    sb.append("assumptions (this is an estimate, not a measurement):\n");
    for (String a : assumptions) {
      sb.append("  - ").append(a).append('\n');
    }
    return sb.toString();
  }

  /** Headline plus the per-kind and per-layer tables (no per-core table, no assumptions list). */
  public String toShortText() {
    var sb = new StringBuilder(headline());
    sb.append(String.format(Locale.ROOT, "where the dynamic energy goes:%n"));
    for (KindMean k : byKind) {
      if (k.energyUj() > 0) {
        sb.append(String.format(Locale.ROOT, "  %-20s %12.6f uJ %6.1f%%%n", k.kind(), k.energyUj(), share(k.energyUj())));
      }
    }
    for (GroupMean g : byLayer) {
      sb.append(String.format(Locale.ROOT, "  layer %-14s %12.6f uJ %6.1f%%%n", g.name(), g.totalUj(), share(g.totalUj())));
    }
    return sb.toString();
  }

  private void group(StringBuilder sb, String what, List<GroupMean> lines) {
    sb.append(String.format(Locale.ROOT, "dynamic energy by %s:%n  %-28s %12s %14s %12s %12s%n", what, what,
        "synaptic uJ", "compartment uJ", "spikes uJ", "total uJ"));
    for (GroupMean g : lines) {
      sb.append(String.format(Locale.ROOT, "  %-28s %12.6f %14.6f %12.6f %12.6f%n", g.name(), g.synapticUj(),
          g.compartmentsUj(), g.spikesUj(), g.totalUj()));
    }
  }

  private double share(double uj) {
    return dynamicUj == 0 ? 0 : 100 * uj / dynamicUj;
  }
}
