package org.cpolens.model.sim;

import java.util.List;
import java.util.Map;

/**
 * One architecture's simulated outcome.
 *
 * @param checkpointIntervalHours  compute time between checkpoints used (input or Young/Daly)
 * @param interruptionsPerDay      network-caused job interruptions per day
 * @param switchAndCableInterruptions over the horizon, NICs excluded (for the Llama 3 calibration)
 * @param nicInterruptions         over the horizon
 * @param goodput                  useful fraction of wall time, all interruptions and checkpoint writes counted
 * @param lostGpuHours             accelerator-hours not spent on useful work over the horizon
 * @param partsReplacedPerYear     all parts
 * @param technicianHoursPerYear   all repairs
 * @param partsPerYear             by part, parts with no demand left out
 * @param spares                   spares per part to cover demand over its resupply time at the service level
 * @param linkFlaps                link flaps and soft failures: their own event class
 * @param costs                    per year: lost accelerator-hours, technician hours, parts, spares (and
 *                                 dollars where priced), for other models to read
 */
public record ArchitectureReliability(String id, String name, org.cpolens.model.catalog.ArchitectureKind kind, boolean hotSwappable,
                                      boolean externalLaserSource, List<ComponentClass> components,
                                      double checkpointIntervalHours, Estimate interruptionsPerDay,
                                      Estimate switchAndCableInterruptions, Estimate nicInterruptions, Estimate goodput,
                                      Estimate lostGpuHours, Estimate partsReplacedPerYear,
                                      Estimate technicianHoursPerYear, Map<Part, Estimate> partsPerYear,
                                      Map<Part, Integer> spares, AnalyticExpectation analytic, LinkFlaps linkFlaps,
                                      ReliabilityCosts costs) {
    public ArchitectureReliability {
        components = List.copyOf(components);
        partsPerYear = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(partsPerYear));
        spares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spares));
    }

    public int sparesTotal() {
        int n = 0;
        for (int s : spares.values()) {
            n += s;
        }
        return n;
    }

    public long deviceCount() {
        long n = 0;
        for (ComponentClass c : components) {
            n += c.count();
        }
        return n;
    }
}
