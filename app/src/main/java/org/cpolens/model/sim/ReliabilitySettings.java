package org.cpolens.model.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.catalog.OpticsArchitecture;

/**
 * A scenario's reliability section resolved over the catalog, before any fabric exists: the
 * pipeline places it on the evaluated fabric with {@link ReliabilityInputs#of}.
 *
 * @param architectures what to simulate, baseline first: the scenario's own plus the catalog's
 *                      {@code alsoCompare}, or the section's own list
 */
public record ReliabilitySettings(List<OpticsArchitecture> architectures, Map<FaultKind, FailureMode> failureModes,
                                  Map<Part, RepairSpec> repairs, JobModel job, ServicePolicy service, double defaultDays,
                                  int defaultTrials, List<String> notes) {
    public ReliabilitySettings {
        architectures = List.copyOf(architectures);
        failureModes = Map.copyOf(new EnumMap<>(failureModes));
        repairs = Map.copyOf(new EnumMap<>(repairs));
        notes = List.copyOf(notes);
    }

    public FailureMode mode(FaultKind kind) {
        return failureModes.get(kind);
    }
}
