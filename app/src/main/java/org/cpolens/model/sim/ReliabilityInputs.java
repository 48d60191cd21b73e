package org.cpolens.model.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;

/**
 * Everything a reliability run needs, resolved: the built fabric, the architectures to compare
 * (baseline first), the failure law of every fault kind, the repair of every part, the job and the
 * site policy.
 *
 * @param engineGbps   optical engine capacity per architecture id; key {@code default} for the rest
 * @param defaultDays  horizon when the caller gives none
 * @param defaultTrials trials when the caller gives none
 * @param notes        model assumptions in words, listed beside the results
 */
public record ReliabilityInputs(String scenarioName, Fabric fabric, long accelerators, OpticsArchitecture baseline,
                                List<OpticsArchitecture> architectures, Map<FaultKind, FailureMode> failureModes,
                                Map<Part, RepairSpec> repairs, JobModel job, ServicePolicy service,
                                Map<String, Figure> engineGbps, double defaultDays, int defaultTrials, List<String> notes) {
    public static final String DEFAULT_ENGINE = "default";

    public ReliabilityInputs {
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(baseline, "baseline");
        architectures = List.copyOf(architectures);
        failureModes = Map.copyOf(new EnumMap<>(failureModes));
        repairs = Map.copyOf(new EnumMap<>(repairs));
        engineGbps = Map.copyOf(engineGbps);
        notes = List.copyOf(notes);
        for (FaultKind k : FaultKind.values()) {
            if (!failureModes.containsKey(k)) {
                throw new IllegalArgumentException("no failure mode for " + k.key());
            }
        }
        for (Part p : Part.values()) {
            if (!repairs.containsKey(p)) {
                throw new IllegalArgumentException("no repair for " + p.key());
            }
        }
        if (!engineGbps.containsKey(DEFAULT_ENGINE)) {
            throw new IllegalArgumentException("no default optical engine capacity");
        }
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("no architecture to simulate");
        }
        if (accelerators < 1) {
            throw new IllegalArgumentException("accelerators must be >= 1");
        }
    }

    public FailureMode mode(FaultKind kind) {
        return failureModes.get(kind);
    }

    public RepairSpec repair(Part part) {
        return repairs.get(part);
    }

    public Figure engineGbps(OpticsArchitecture a) {
        Figure f = engineGbps.get(a.id());
        return f != null ? f : engineGbps.get(DEFAULT_ENGINE);
    }

    /** The same inputs with one failure mode replaced. */
    public ReliabilityInputs with(FailureMode mode) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(failureModes);
        m.put(mode.kind(), mode);
        return new ReliabilityInputs(scenarioName, fabric, accelerators, baseline, architectures, m, repairs, job, service,
                engineGbps, defaultDays, defaultTrials, notes);
    }

    /** The same inputs with every failure rate multiplied by {@code factor}. */
    public ReliabilityInputs withRatesScaled(double factor) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(FaultKind.class);
        for (FailureMode f : failureModes.values()) {
            m.put(f.kind(), f.withFit(f.fit().value() * factor));
        }
        return new ReliabilityInputs(scenarioName, fabric, accelerators, baseline, architectures, m, repairs, job, service,
                engineGbps, defaultDays, defaultTrials, notes);
    }

    public ReliabilityInputs with(JobModel newJob) {
        return new ReliabilityInputs(scenarioName, fabric, accelerators, baseline, architectures, failureModes, repairs,
                newJob, service, engineGbps, defaultDays, defaultTrials, notes);
    }

    public ReliabilityInputs with(ServicePolicy newService) {
        return new ReliabilityInputs(scenarioName, fabric, accelerators, baseline, architectures, failureModes, repairs,
                job, newService, engineGbps, defaultDays, defaultTrials, notes);
    }

    public ReliabilityInputs withArchitectures(List<OpticsArchitecture> archs) {
        return new ReliabilityInputs(scenarioName, fabric, accelerators, baseline, archs, failureModes, repairs, job,
                service, engineGbps, defaultDays, defaultTrials, notes);
    }
}
