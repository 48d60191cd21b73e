package org.cpolens.model.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.BillOfMaterials;

/**
 * Everything a reliability run needs, resolved: the bill of materials of every architecture to
 * compare (baseline first) on the scenario's fabric, the failure law of every fault kind, the
 * repair of every part, the job and the site policy.
 *
 * @param boms          each compared architecture's bill of materials, by id
 * @param defaultDays   horizon when the caller gives none
 * @param defaultTrials trials when the caller gives none
 * @param notes         model assumptions in words, listed beside the results
 */
public record ReliabilityInputs(String scenarioName, long accelerators, OpticsArchitecture baseline,
                                List<OpticsArchitecture> architectures, Map<String, BillOfMaterials> boms,
                                Map<FaultKind, FailureMode> failureModes, Map<Part, RepairSpec> repairs, JobModel job,
                                ServicePolicy service, double defaultDays, int defaultTrials, List<String> notes) {
    public ReliabilityInputs {
        Objects.requireNonNull(baseline, "baseline");
        architectures = List.copyOf(architectures);
        boms = Map.copyOf(boms);
        failureModes = Map.copyOf(new EnumMap<>(failureModes));
        repairs = Map.copyOf(new EnumMap<>(repairs));
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
        if (architectures.isEmpty()) {
            throw new IllegalArgumentException("no architecture to simulate");
        }
        for (OpticsArchitecture a : architectures) {
            if (!boms.containsKey(a.id())) {
                throw new IllegalArgumentException("no bill of materials for " + a.id());
            }
        }
        if (accelerators < 1) {
            throw new IllegalArgumentException("accelerators must be >= 1");
        }
    }

    /** The settings of a scenario placed on its evaluated fabric. */
    public static ReliabilityInputs of(ReliabilitySettings s, String scenarioName, long accelerators,
                                       OpticsArchitecture baseline, Map<String, BillOfMaterials> boms) {
        return new ReliabilityInputs(scenarioName, accelerators, baseline, s.architectures(), boms, s.failureModes(),
                s.repairs(), s.job(), s.service(), s.defaultDays(), s.defaultTrials(), s.notes());
    }

    public FailureMode mode(FaultKind kind) {
        return failureModes.get(kind);
    }

    public RepairSpec repair(Part part) {
        return repairs.get(part);
    }

    public BillOfMaterials bom(OpticsArchitecture a) {
        return boms.get(a.id());
    }

    /** The same inputs with one failure mode replaced. */
    public ReliabilityInputs with(FailureMode mode) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(failureModes);
        m.put(mode.kind(), mode);
        return new ReliabilityInputs(scenarioName, accelerators, baseline, architectures, boms, m, repairs, job, service,
                defaultDays, defaultTrials, notes);
    }

    /** The same inputs with every failure rate multiplied by {@code factor}. */
    public ReliabilityInputs withRatesScaled(double factor) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(FaultKind.class);
        for (FailureMode f : failureModes.values()) {
            m.put(f.kind(), f.withFit(f.fit().value() * factor));
        }
        return new ReliabilityInputs(scenarioName, accelerators, baseline, architectures, boms, m, repairs, job, service,
                defaultDays, defaultTrials, notes);
    }

    public ReliabilityInputs with(JobModel newJob) {
        return new ReliabilityInputs(scenarioName, accelerators, baseline, architectures, boms, failureModes, repairs,
                newJob, service, defaultDays, defaultTrials, notes);
    }

    public ReliabilityInputs with(ServicePolicy newService) {
        return new ReliabilityInputs(scenarioName, accelerators, baseline, architectures, boms, failureModes, repairs,
                job, newService, defaultDays, defaultTrials, notes);
    }

    /** The same inputs comparing a subset of the architectures (each must have a bill of materials). */
    public ReliabilityInputs withArchitectures(List<OpticsArchitecture> archs) {
        return new ReliabilityInputs(scenarioName, accelerators, baseline, archs, boms, failureModes, repairs, job,
                service, defaultDays, defaultTrials, notes);
    }
}
