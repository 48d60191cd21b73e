package org.cpolens.model.tco;

import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityCosts;
import org.cpolens.model.units.Units;

/**
 * The one place the cost model reads the fault simulation's results: an architecture's
 * {@link ReliabilityCosts} (the simulation's means per year: lost accelerator-hours, technician
 * hours, parts by part, spares held) as the per-year quantities {@link TcoKernel} prices
 * ({@link AnalyticReliability}'s layout). The part prices are the cost model's own (catalog/tco.yaml).
 */
public final class ReliabilityAdapter {
    private ReliabilityAdapter() {
    }

    public static double[] quantities(ArchitectureReliability a) {
        ReliabilityCosts c = a.costs();
        double[] r = new double[AnalyticReliability.OUTPUTS];
        r[AnalyticReliability.LOST_HOURS] = c.lostAcceleratorHoursPerYear();
        r[AnalyticReliability.TECHNICIAN_HOURS] = c.technicianHoursPerYear();
        r[AnalyticReliability.INTERRUPTIONS] = a.interruptionsPerDay().mean() * Units.HOURS_PER_YEAR / Units.HOURS_PER_DAY;
        for (Part p : Part.values()) {
            r[AnalyticReliability.PARTS + p.ordinal()] = c.partsPerYear().getOrDefault(p, 0.0);
            r[AnalyticReliability.SPARES + p.ordinal()] = c.sparesHeld().getOrDefault(p, 0);
        }
        return r;
    }
}
