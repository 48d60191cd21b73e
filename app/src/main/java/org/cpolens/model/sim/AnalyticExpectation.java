package org.cpolens.model.sim;

import java.util.Map;

/**
 * Closed-form expectations printed beside the simulation. Failure and interruption counts are exact
 * (expected failures = devices x cumulative hazard over the horizon, which for a constant rate is
 * devices x rate x time); goodput is a first-order approximation:
 * {@code tau/(tau+C) x (1 - lambda x (D + (tau+C)/2))}.
 *
 * @param switchAndCableInterruptions over the whole horizon, NICs excluded (Meta's Llama 3 category)
 * @param lostGpuHours                over the whole horizon
 */
public record AnalyticExpectation(double failuresPerDay, double interruptionsPerDay, double switchAndCableInterruptions,
                                  double nicInterruptions, double goodput, double lostGpuHours,
                                  double partsReplacedPerYear, double technicianHoursPerYear,
                                  Map<Part, Double> partsPerYear) {
    public AnalyticExpectation {
        partsPerYear = Map.copyOf(partsPerYear);
    }
}
