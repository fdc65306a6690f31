package io.kairos.hardware.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Locale;

/**
 * An ESTIMATE of the energy of one inference (one sample), with the assumptions it rests on.
 * Dynamic energy is per-operation energy times operation counts; static energy is static power
 * times elapsed time, always kept as a separate term.
 *
 * @param chip          spec name
 * @param steps         time steps the sample ran
 * @param latency       elapsed time used for the static term (from the timing model)
 * @param dynamic       sum of all per-operation energy
 * @param staticEnergy  {@code static_power_per_chip_w * chips * latency}
 * @param total         {@code dynamic + staticEnergy}
 * @param byKind        count and energy per operation kind
 * @param byLayer       dynamic energy per layer (synops by target layer, compartments by layer,
 *                      messages by source layer); compartments in no layer appear as "(no layer)"
 * @param byCore        dynamic energy per core (synops by receiving core, messages by sending core)
 * @param perStep       dynamic energy of each step
 * @param assumptions   what the numbers rest on, in sentences
 */
public record EnergyReport(
        String chip,
        int steps,
        Nanoseconds latency,
        Picojoules dynamic,
        Picojoules staticEnergy,
        Picojoules total,
        List<KindLine> byKind,
        List<GroupLine> byLayer,
        List<GroupLine> byCore,
        List<Picojoules> perStep,
        List<String> assumptions) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public EnergyReport {
        byKind = List.copyOf(byKind);
        byLayer = List.copyOf(byLayer);
        byCore = List.copyOf(byCore);
        perStep = List.copyOf(perStep);
        assumptions = List.copyOf(assumptions);
    }

    /** One operation kind: how many, at what unit energy, for how much. */
    public record KindLine(OpKind kind, long count, double unitPj, Picojoules energy) {
    }

    /**
     * Dynamic energy of a layer or a core, split into synaptic, compartment and spike-traffic
     * energy (spike traffic = in-tile + hops + chip links).
     */
    public record GroupLine(String name, Picojoules synaptic, Picojoules compartments, Picojoules spikes, Picojoules total) {
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise energy report", e);
        }
    }

    /** A plain-text table. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Energy ESTIMATE for one inference on %s (%d steps, %.3f us)%n",
                chip, steps, latency.microseconds()));
        sb.append(String.format(Locale.ROOT, "%-20s %14s %10s %14s %7s%n", "operation", "count", "pJ each", "energy uJ", "share"));
        for (KindLine k : byKind) {
            sb.append(String.format(Locale.ROOT, "%-20s %14d %10.2f %14.6f %6.1f%%%n", k.kind().name().toLowerCase(Locale.ROOT),
                    k.count(), k.unitPj(), k.energy().microjoules(), share(k.energy())));
        }
        sb.append(String.format(Locale.ROOT, "%-20s %14s %10s %14.6f %6.1f%%%n", "dynamic", "", "", dynamic.microjoules(),
                share(dynamic)));
        sb.append(String.format(Locale.ROOT, "%-20s %14s %10s %14.6f %6.1f%%%n", "static", "", "", staticEnergy.microjoules(),
                share(staticEnergy)));
        sb.append(String.format(Locale.ROOT, "%-20s %14s %10s %14.6f%n", "total", "", "", total.microjoules()));
        group(sb, "layer", byLayer);
        group(sb, "core", byCore);
        sb.append("Assumptions:\n");
        for (String a : assumptions) {
            sb.append("  - ").append(a).append('\n');
        }
        return sb.toString();
    }

    private void group(StringBuilder sb, String what, List<GroupLine> lines) {
        sb.append(String.format(Locale.ROOT, "%-32s %14s %14s %14s %14s%n", what, "synaptic uJ", "compartment uJ",
                "spikes uJ", "dynamic uJ"));
        for (GroupLine g : lines) {
            sb.append(String.format(Locale.ROOT, "%-32s %14.6f %14.6f %14.6f %14.6f%n", g.name(), g.synaptic().microjoules(),
                    g.compartments().microjoules(), g.spikes().microjoules(), g.total().microjoules()));
        }
    }

    private double share(Picojoules e) {
        return total.value() == 0 ? 0 : 100 * e.value() / total.value();
    }
}
