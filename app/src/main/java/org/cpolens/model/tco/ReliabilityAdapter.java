package org.cpolens.model.tco;

import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Estimate;
import org.cpolens.model.sim.Part;
import org.cpolens.model.units.Units;

/**
 * The one place the cost model reads the fault simulation: an architecture's simulated outcome
 * as the per-year quantities {@link TcoKernel} prices ({@link AnalyticReliability}'s layout). The
 * simulation reports lost accelerator-hours over its horizon and the rest per year; spares are for
 * the service level over one resupply time.
 */
public final class ReliabilityAdapter {
    private ReliabilityAdapter() {
    }

    /** Means of {@code a}, simulated over {@code days}, per year. */
    public static double[] quantities(ArchitectureReliability a, double days) {
        double[] r = new double[AnalyticReliability.OUTPUTS];
        r[AnalyticReliability.LOST_HOURS] = a.lostGpuHours().mean() * Units.HOURS_PER_YEAR / (days * Units.HOURS_PER_DAY);
        r[AnalyticReliability.TECHNICIAN_HOURS] = a.technicianHoursPerYear().mean();
        r[AnalyticReliability.INTERRUPTIONS] = a.interruptionsPerDay().mean() * Units.HOURS_PER_YEAR / Units.HOURS_PER_DAY;
        for (Part p : Part.values()) {
            Estimate e = a.partsPerYear().get(p);
            r[AnalyticReliability.PARTS + p.ordinal()] = e == null ? 0 : e.mean();
            Integer s = a.spares().get(p);
            r[AnalyticReliability.SPARES + p.ordinal()] = s == null ? 0 : s;
        }
        return r;
    }
}
