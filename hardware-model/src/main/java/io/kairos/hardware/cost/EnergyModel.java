package io.kairos.hardware.cost;

import io.kairos.hardware.sim.EventTrace;
import io.kairos.hardware.sim.NetworkImage;
import io.kairos.hardware.spec.ChipSpec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prices the events of an {@link EventTrace} in energy (docs/hardware-model.md):
 * <pre>
 *   E_dynamic = e_synop * synops + e_active * active + e_idle * idle
 *             + sum over messages (e_tile + e_ew * ewHops + e_ns * nsHops + e_chip * chipCrossings)
 *             + e_barrier * steps
 *   E_static  = static_power_per_chip_w * chips used * latency
 * </pre>
 * Every mapped compartment is serviced every step until the sample ends, active or idle, so the
 * idle cost of a large, mostly silent network shows.
 */
public final class EnergyModel {
    private final ChipSpec spec;
    private final Map<OpKind, Double> unit = new EnumMap<>(OpKind.class);

    public EnergyModel(ChipSpec spec) {
        this.spec = spec;
        ChipSpec.Energy e = spec.energy();
        unit.put(OpKind.SYNOP, e.synopEnergyPj());
        unit.put(OpKind.COMPARTMENT_ACTIVE, e.compartmentActiveEnergyPj());
        unit.put(OpKind.COMPARTMENT_IDLE, e.compartmentIdleEnergyPj());
        unit.put(OpKind.SPIKE_IN_TILE, e.spikeInTileEnergyPj());
        unit.put(OpKind.HOP_EW, e.hopEwEnergyPj());
        unit.put(OpKind.HOP_NS, e.hopNsEnergyPj());
        unit.put(OpKind.CHIP_LINK, spec.multiChip().interChipHopEnergyPj());
        unit.put(OpKind.BARRIER, e.barrierEnergyPj());
    }

    /** Energy of one sample; {@code latency} (from the timing model) prices the static term. */
    public EnergyReport estimate(EventTrace trace, Nanoseconds latency) {
        NetworkImage net = trace.network();
        int nCores = trace.cores();
        int nLayers = net.layerCount() + 1;
        long[] count = new long[OpKind.values().length];
        double[] coreSyn = new double[nCores];
        double[] coreCmp = new double[nCores];
        double[] coreSpk = new double[nCores];
        double[] layerSpk = new double[nLayers];
        List<Picojoules> perStep = new ArrayList<>(trace.steps());
        double eSyn = unit.get(OpKind.SYNOP);
        double eAct = unit.get(OpKind.COMPARTMENT_ACTIVE);
        double eIdle = unit.get(OpKind.COMPARTMENT_IDLE);
        double eBar = unit.get(OpKind.BARRIER);
        for (int t = 0; t < trace.steps(); t++) {
            double step = eBar;
            for (int c = 0; c < nCores; c++) {
                long syn = trace.synops(t, c);
                long act = trace.activeCompartments(t, c);
                long idle = trace.idleCompartments(t, c);
                count[OpKind.SYNOP.ordinal()] += syn;
                count[OpKind.COMPARTMENT_ACTIVE.ordinal()] += act;
                count[OpKind.COMPARTMENT_IDLE.ordinal()] += idle;
                coreSyn[c] += syn * eSyn;
                double cmp = act * eAct + idle * eIdle;
                coreCmp[c] += cmp;
                step += syn * eSyn + cmp;
            }
            for (int i = 0; i < trace.messageCount(t); i++) {
                int r = trace.messageRoute(t, i);
                double e = messageEnergy(net, r, count);
                coreSpk[net.routeSourceCore(r)] += e;
                layerSpk[net.layerOf(net.routeSourceCompartment(r))] += e;
                step += e;
            }
            count[OpKind.BARRIER.ordinal()]++;
            perStep.add(new Picojoules(step));
        }

        List<EnergyReport.KindLine> kinds = new ArrayList<>();
        double dynamic = 0;
        for (OpKind k : OpKind.values()) {
            double e = count[k.ordinal()] * unit.get(k);
            dynamic += e;
            kinds.add(new EnergyReport.KindLine(k, count[k.ordinal()], unit.get(k), new Picojoules(e)));
        }

        // Per layer: compartment updates from each compartment's active-step count.
        double[] layerCmp = new double[nLayers];
        for (int g = 0; g < net.compartmentCount(); g++) {
            int act = trace.activeSteps(g);
            layerCmp[net.layerOf(g)] += act * eAct + (trace.steps() - act) * eIdle;
        }
        List<EnergyReport.GroupLine> layers = new ArrayList<>();
        for (int l = 0; l < nLayers; l++) {
            double syn = trace.layerSynops(l) * eSyn;
            if (l == nLayers - 1 && syn == 0 && layerCmp[l] == 0 && layerSpk[l] == 0) {
                continue; // no unassigned compartments
            }
            layers.add(group(net.layerName(l), syn, layerCmp[l], layerSpk[l]));
        }
        List<EnergyReport.GroupLine> cores = new ArrayList<>();
        for (int c = 0; c < nCores; c++) {
            cores.add(group("core " + c + " (chip " + net.coreChip(c) + ", tile " + net.coreTileX(c) + "," + net.coreTileY(c) + ")",
                    coreSyn[c], coreCmp[c], coreSpk[c]));
        }

        Watts staticPower = new Watts(spec.energy().staticPowerPerChipW() * net.chipsUsed());
        Picojoules stat = staticPower.over(latency);
        Picojoules dyn = new Picojoules(dynamic);
        return new EnergyReport(spec.name(), trace.steps(), latency, dyn, stat, dyn.plus(stat), kinds, layers, cores,
                perStep, assumptions(net));
    }

    private double messageEnergy(NetworkImage net, int r, long[] count) {
        int ew = net.routeEwHops(r);
        int ns = net.routeNsHops(r);
        int chips = net.routeChipCrossings(r);
        count[OpKind.SPIKE_IN_TILE.ordinal()]++;
        count[OpKind.HOP_EW.ordinal()] += ew;
        count[OpKind.HOP_NS.ordinal()] += ns;
        count[OpKind.CHIP_LINK.ordinal()] += chips;
        return unit.get(OpKind.SPIKE_IN_TILE) + ew * unit.get(OpKind.HOP_EW) + ns * unit.get(OpKind.HOP_NS)
                + chips * unit.get(OpKind.CHIP_LINK);
    }

    private static EnergyReport.GroupLine group(String name, double syn, double cmp, double spk) {
        return new EnergyReport.GroupLine(name, new Picojoules(syn), new Picojoules(cmp), new Picojoules(spk),
                new Picojoules(syn + cmp + spk));
    }

    private List<String> assumptions(NetworkImage net) {
        List<String> a = new ArrayList<>();
        a.add("This is an estimate from per-operation figures of chip spec '" + spec.name() + "' (" + spec.description() + ").");
        a.add("Dynamic energy = operation counts x per-operation energy; it is a lower bound (D18 Table 2 synop energy is a minimum).");
        a.add("Every mapped compartment (" + net.compartmentCount() + ") is serviced every step until the sample ends, active or idle.");
        a.add("Static energy = " + spec.energy().staticPowerPerChipW() + " W per chip x " + net.chipsUsed()
                + " chip(s) x latency; it is a separate term.");
        if (spec.energy().barrierEnergyPj() == 0) {
            a.add("Barrier synchronisation energy is not published and is counted as 0.");
        }
        a.add("External input spikes are injected at their destination cores: no NoC energy is charged for them.");
        a.add("Learning, host (x86) processors, I/O and off-chip memory are not modelled.");
        return a;
    }
}
