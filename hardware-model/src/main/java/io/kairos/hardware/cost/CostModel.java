package io.kairos.hardware.cost;

import io.kairos.hardware.HardwareModelException;
import io.kairos.hardware.sim.SampleResult;
import io.kairos.hardware.spec.ChipSpec;

/** Facade: prices a simulated sample with the {@link TimingModel} and then the {@link EnergyModel}. */
public final class CostModel {
    private final TimingModel timing;
    private final EnergyModel energy;

    public CostModel(ChipSpec spec) {
        this.timing = new TimingModel(spec);
        this.energy = new EnergyModel(spec);
    }

    public CostReport estimate(SampleResult sample) {
        if (sample.events() == null) {
            throw new HardwareModelException("cannot price a sample simulated without events; run it with recordEvents = true");
        }
        TimingReport t = timing.time(sample.events());
        return new CostReport(t, energy.estimate(sample.events(), t.latency()));
    }

    public TimingModel timing() {
        return timing;
    }

    public EnergyModel energy() {
        return energy;
    }
}
