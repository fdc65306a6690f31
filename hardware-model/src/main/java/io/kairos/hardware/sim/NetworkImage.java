package io.kairos.hardware.sim;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.spec.ChipSpec;
import io.kairos.hardware.tables.Axon;
import io.kairos.hardware.tables.AxonRef;
import io.kairos.hardware.tables.Compartment;
import io.kairos.hardware.tables.CompartmentRef;
import io.kairos.hardware.tables.Core;
import io.kairos.hardware.tables.CoreTables;
import io.kairos.hardware.tables.CoreTablesValidator;
import io.kairos.hardware.tables.Layer;
import io.kairos.hardware.tables.Segment;
import io.kairos.hardware.tables.Synapse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validated core tables flattened into int arrays for the simulator's hot loops and for the cost
 * models. Cores, compartments and axons get dense global indices in table order (core {@code i}
 * of {@code tables.cores()} is global core {@code i}; its compartments follow those of core
 * {@code i-1}). Routes are numbered likewise, and each route's hop counts are precomputed.
 *
 * <p>Route geometry (docs/hardware-model.md): on one chip a message travels X then Y between
 * tiles, {@code |dx|} east-west and {@code |dy|} north-south hops. Between chips it travels to the
 * source chip's gateway tile (0, 0), crosses one chip-to-chip link, and travels from tile (0, 0)
 * of the destination chip.
 */
public final class NetworkImage {
    final ChipSpec spec;
    final CoreTables tables;
    final CubaDatapath datapath;

    final int nCores;
    final int[] coreChip;
    final int[] coreTileX;
    final int[] coreTileY;
    final int[] compOffset;
    final int[] axonOffset;

    final int nComp;
    /** Row length of the simulator's accumulator ring: nComp rounded up to whole 64-bit words. */
    final int accStride;
    /**
     * Compartments that must be updated every step even without input or current: those with a
     * bias or a voltage leak (one bit each). All others are no-ops when a = u = 0.
     */
    final long[] alwaysUpdate;
    final int[] compCore;
    final int[] uFactor;
    final int[] vFactor;
    final int[] bias;
    final int[] threshold;
    final int[] refractory;
    final boolean[] oneShot;
    final int[] compLayer;

    final int nAxons;
    final int[] axonCore;
    final int[] synStart;
    final int[] synTargetOff;
    final int[] synInc;
    final int[] axonWords;
    final int[] axonLayerStart;
    final int[] axonLayerId;
    final int[] axonLayerCount;
    final int maxDelay;

    final int[] routeStart;
    final int[] routeAxon;
    final int[] routeSrcCore;
    final int[] routeDstCore;
    final int[] routeEw;
    final int[] routeNs;
    final int[] routeChipCross;

    final int[] inputStart;
    final int[] inputAxon;

    final int[] outputComp;
    final int nLayers;
    final int[][] layerComps;
    final String[] layerNames;

    /** Validates {@code tables} against {@code spec} and flattens them. */
    public NetworkImage(ChipSpec spec, CoreTables tables) {
        CoreTablesValidator.validate(tables, spec, "in memory");
        this.spec = spec;
        this.tables = tables;
        this.datapath = new CubaDatapath(spec);
        List<Core> cores = tables.cores();
        nCores = cores.size();
        coreChip = new int[nCores];
        coreTileX = new int[nCores];
        coreTileY = new int[nCores];
        compOffset = new int[nCores + 1];
        axonOffset = new int[nCores + 1];
        Map<Long, Integer> coreIndex = new HashMap<>();
        int synTotal = 0;
        int routeTotal = 0;
        int dmax = 0;
        for (int c = 0; c < nCores; c++) {
            Core core = cores.get(c);
            coreChip[c] = core.chip();
            coreTileX[c] = core.tileX();
            coreTileY[c] = core.tileY();
            compOffset[c + 1] = compOffset[c] + core.compartments().size();
            axonOffset[c + 1] = axonOffset[c] + core.axons().size();
            coreIndex.put(key(core.chip(), core.core()), c);
            synTotal = Math.addExact(synTotal, (int) core.synapseCount());
            routeTotal = Math.addExact(routeTotal, (int) core.outputEdgeCount());
            for (Axon a : core.axons()) {
                for (Synapse s : a.synapses()) {
                    dmax = Math.max(dmax, s.delay());
                }
            }
        }
        maxDelay = dmax;
        nComp = compOffset[nCores];
        accStride = (nComp + 63) & ~63;
        alwaysUpdate = new long[accStride >> 6];
        nAxons = axonOffset[nCores];

        // Layers first: synapse accounting per layer needs each compartment's layer.
        nLayers = tables.layers().size();
        layerComps = new int[nLayers][];
        layerNames = new String[nLayers];
        compLayer = new int[nComp];
        java.util.Arrays.fill(compLayer, nLayers);
        for (int l = nLayers - 1; l >= 0; l--) {
            Layer layer = tables.layers().get(l);
            layerNames[l] = layer.name();
            int[] comps = new int[layer.size()];
            int k = 0;
            for (Segment s : layer.segments()) {
                int base = compOffset[coreIndex.get(key(s.chip(), s.core()))] + s.first();
                for (int i = 0; i < s.count(); i++) {
                    comps[k++] = base + i;
                    compLayer[base + i] = l;
                }
            }
            layerComps[l] = comps;
        }

        compCore = new int[nComp];
        uFactor = new int[nComp];
        vFactor = new int[nComp];
        bias = new int[nComp];
        threshold = new int[nComp];
        refractory = new int[nComp];
        oneShot = new boolean[nComp];
        axonCore = new int[nAxons];
        synStart = new int[nAxons + 1];
        synTargetOff = new int[synTotal];
        synInc = new int[synTotal];
        axonWords = new int[nAxons];
        axonLayerStart = new int[nAxons + 1];
        int[] layerTally = new int[nLayers + 1];
        int[] axonLayerIdTmp = new int[Math.max(1, synTotal)];
        int[] axonLayerCountTmp = new int[Math.max(1, synTotal)];
        int pairs = 0;
        int bps = spec.bitsPerSynapse();
        int wordBits = spec.timing().synapseWordBits();
        int s = 0;
        for (int c = 0; c < nCores; c++) {
            Core core = cores.get(c);
            for (int i = 0; i < core.compartments().size(); i++) {
                Compartment k = core.compartments().get(i);
                int g = compOffset[c] + i;
                compCore[g] = c;
                uFactor[g] = datapath.currentFactor(k.du());
                vFactor[g] = datapath.voltageFactor(k.dv());
                bias[g] = datapath.bias(k.biasMant(), k.biasExp());
                threshold[g] = datapath.threshold(k.vthMant());
                refractory[g] = k.refractoryDelay();
                oneShot[g] = k.oneShot();
                if (bias[g] != 0 || vFactor[g] != (1 << spec.neuron().decayBits())) {
                    alwaysUpdate[g >>> 6] |= 1L << g;
                }
            }
            for (int a = 0; a < core.axons().size(); a++) {
                Axon axon = core.axons().get(a);
                int ga = axonOffset[c] + a;
                axonCore[ga] = c;
                synStart[ga] = s;
                for (Synapse y : axon.synapses()) {
                    // Delay and target folded into one offset into the accumulator ring (see ChipSimulator).
                    synTargetOff[s] = y.delay() * accStride + compOffset[c] + y.compartment();
                    synInc[s] = datapath.synapticIncrement(y.weight(), axon.weightExp());
                    layerTally[compLayer[compOffset[c] + y.compartment()]]++;
                    s++;
                }
                axonWords[ga] = (int) ((axon.synapses().size() * (long) bps + wordBits - 1) / wordBits);
                axonLayerStart[ga] = pairs;
                for (int l = 0; l <= nLayers; l++) {
                    if (layerTally[l] > 0) {
                        axonLayerIdTmp[pairs] = l;
                        axonLayerCountTmp[pairs] = layerTally[l];
                        pairs++;
                        layerTally[l] = 0;
                    }
                }
            }
        }
        synStart[nAxons] = s;
        axonLayerStart[nAxons] = pairs;
        axonLayerId = java.util.Arrays.copyOf(axonLayerIdTmp, pairs);
        axonLayerCount = java.util.Arrays.copyOf(axonLayerCountTmp, pairs);

        routeStart = new int[nComp + 1];
        routeAxon = new int[routeTotal];
        routeSrcCore = new int[routeTotal];
        routeDstCore = new int[routeTotal];
        routeEw = new int[routeTotal];
        routeNs = new int[routeTotal];
        routeChipCross = new int[routeTotal];
        int r = 0;
        for (int c = 0; c < nCores; c++) {
            Core core = cores.get(c);
            for (int i = 0; i < core.routes().size(); i++) {
                routeStart[compOffset[c] + i] = r;
                for (AxonRef d : core.routes().get(i)) {
                    int dc = coreIndex.get(key(d.chip(), d.core()));
                    routeAxon[r] = axonOffset[dc] + d.axon();
                    routeSrcCore[r] = c;
                    routeDstCore[r] = dc;
                    if (coreChip[c] == coreChip[dc]) {
                        routeEw[r] = Math.abs(coreTileX[c] - coreTileX[dc]);
                        routeNs[r] = Math.abs(coreTileY[c] - coreTileY[dc]);
                    } else {
                        routeEw[r] = coreTileX[c] + coreTileX[dc];
                        routeNs[r] = coreTileY[c] + coreTileY[dc];
                        routeChipCross[r] = 1;
                    }
                    r++;
                }
            }
        }
        routeStart[nComp] = r;

        int nIn = tables.inputs().size();
        inputStart = new int[nIn + 1];
        int inTotal = 0;
        for (var p : tables.inputs()) {
            inTotal += p.destinations().size();
        }
        inputAxon = new int[inTotal];
        int q = 0;
        for (int p = 0; p < nIn; p++) {
            inputStart[p] = q;
            for (AxonRef d : tables.inputs().get(p).destinations()) {
                inputAxon[q++] = axonOffset[coreIndex.get(key(d.chip(), d.core()))] + d.axon();
            }
        }
        inputStart[nIn] = q;

        outputComp = new int[tables.outputs().size()];
        for (int o = 0; o < outputComp.length; o++) {
            CompartmentRef ref = tables.outputs().get(o);
            outputComp[o] = compOffset[coreIndex.get(key(ref.chip(), ref.core()))] + ref.compartment();
        }
    }

    private static long key(int chip, int core) {
        return ((long) chip << 32) | (core & 0xffffffffL);
    }

    public ChipSpec spec() {
        return spec;
    }

    public CoreTables tables() {
        return tables;
    }

    public int coreCount() {
        return nCores;
    }

    public int compartmentCount() {
        return nComp;
    }

    public int inputPortCount() {
        return inputStart.length - 1;
    }

    /** Global index of compartment {@code c} of global core {@code core}. */
    public int compartmentIndex(int core, int c) {
        return compOffset[core] + c;
    }

    /** The (chip, core, compartment) of global compartment {@code g}. */
    public CompartmentRef compartmentRef(int g) {
        int c = compCore[g];
        Core core = tables.cores().get(c);
        return new CompartmentRef(core.chip(), core.core(), g - compOffset[c]);
    }

    /** Number of compartments mapped on global core {@code core}. */
    public int compartmentsOnCore(int core) {
        return compOffset[core + 1] - compOffset[core];
    }

    public int coreChip(int core) {
        return coreChip[core];
    }

    public int coreTileX(int core) {
        return coreTileX[core];
    }

    public int coreTileY(int core) {
        return coreTileY[core];
    }

    /** Chips that hold at least one mapped core. */
    public int chipsUsed() {
        return (int) java.util.Arrays.stream(coreChip).distinct().count();
    }

    public int routeCount() {
        return routeAxon.length;
    }

    public int routeSourceCore(int route) {
        return routeSrcCore[route];
    }

    public int routeDestinationCore(int route) {
        return routeDstCore[route];
    }

    public int routeEwHops(int route) {
        return routeEw[route];
    }

    public int routeNsHops(int route) {
        return routeNs[route];
    }

    public int routeChipCrossings(int route) {
        return routeChipCross[route];
    }

    /** The global compartment whose routing table holds {@code route}. */
    public int routeSourceCompartment(int route) {
        int lo = 0;
        int hi = nComp - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (routeStart[mid] <= route) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public int layerCount() {
        return nLayers;
    }

    public String layerName(int layer) {
        return layer == nLayers ? "(no layer)" : layerNames[layer];
    }

    /** Layer of a global compartment; {@link #layerCount()} for compartments in no layer. */
    public int layerOf(int compartment) {
        return compLayer[compartment];
    }

    /** Index of the layer with this name, or an exception listing the names. */
    public int layerIndex(String name) {
        for (int l = 0; l < nLayers; l++) {
            if (layerNames[l].equals(name)) {
                return l;
            }
        }
        throw new HardwareModelException("no layer named '" + name + "'; layers: " + String.join(", ", layerNames));
    }

    /** Global compartment indices of a layer's neurons, in neuron order (a copy). */
    public int[] layerCompartments(int layer) {
        return layerComps[layer].clone();
    }

    /** Synapse-memory words fetched when global axon {@code axon} receives a spike. */
    public int axonWords(int axon) {
        return axonWords[axon];
    }
}
