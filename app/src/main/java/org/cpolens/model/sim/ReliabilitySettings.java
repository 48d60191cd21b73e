package org.cpolens.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;

/**
 * A scenario's reliability section resolved over the catalog, before any fabric exists: the
 * pipeline places it on the evaluated fabric with {@link ReliabilityInputs#of}.
 *
 * @param architectures      what to simulate, baseline first: the scenario's own plus the catalog's
 *                           {@code alsoCompare}, or the section's own list
 * @param failureModes       one failure law per fault kind
 * @param repairs            one repair per part
 * @param flaps              link flaps and soft failures
 * @param engineRateFactors  fractions of the optical-engine rate at which the sensitivity is simulated,
 *                           ascending, the last 1; empty = no sensitivity run
 * @param knownArchitectures every architecture a line of a bill of materials may name (the catalog's and
 *                           the scenario's), by id: the lines' families, engine sizes and prices come from here
 * @param partPrices         price of one part, for parts whose price the catalog gives or assumes; a pluggable
 *                           module is priced from its architecture's port price instead
 * @param fieldExposures     the catalog's field exposures, for the record beside the bound in use
 */
public record ReliabilitySettings(List<OpticsArchitecture> architectures, Map<FaultKind, FailureMode> failureModes,
                                  Map<Part, RepairSpec> repairs, JobModel job, ServicePolicy service, double defaultDays,
                                  int defaultTrials, List<String> notes, LinkFlapModel flaps,
                                  List<Double> engineRateFactors, Map<String, OpticsArchitecture> knownArchitectures,
                                  Map<Part, Figure> partPrices, List<FieldExposure> fieldExposures) {
    public ReliabilitySettings {
        architectures = List.copyOf(architectures);
        failureModes = Map.copyOf(new EnumMap<>(failureModes));
        repairs = Map.copyOf(new EnumMap<>(repairs));
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(flaps, "flaps");
        engineRateFactors = List.copyOf(engineRateFactors);
        knownArchitectures = Collections.unmodifiableMap(new LinkedHashMap<>(knownArchitectures));
        partPrices = partPrices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(partPrices));
        fieldExposures = List.copyOf(fieldExposures);
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
        double last = 0;
        for (double f : engineRateFactors) {
            if (!(f > last) || f > 1) {
                throw org.cpolens.model.InputException.field("simulation.engineRateFactors", f,
                        "must be ascending, above 0 and at most 1", "e.g. [0.1, 0.25, 0.5, 1]");
            }
            last = f;
        }
        if (!engineRateFactors.isEmpty() && last != 1) {
            throw org.cpolens.model.InputException.field("simulation.engineRateFactors", last, "must end at 1",
                    "1 is the rate itself, e.g. [0.1, 0.25, 0.5, 1]");
        }
        for (OpticsArchitecture a : architectures) {
            if (!knownArchitectures.containsKey(a.id())) {
                Map<String, OpticsArchitecture> m = new LinkedHashMap<>(knownArchitectures);
                m.put(a.id(), a);
                knownArchitectures = Collections.unmodifiableMap(m);
            }
        }
    }

    public FailureMode mode(FaultKind kind) {
        return failureModes.get(kind);
    }

    public Optional<OpticsArchitecture> architecture(String id) {
        return Optional.ofNullable(knownArchitectures.get(id));
    }

    public ReliabilitySettings withArchitectures(List<OpticsArchitecture> archs) {
        return new ReliabilitySettings(archs, failureModes, repairs, job, service, defaultDays, defaultTrials, notes,
                flaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings with(FailureMode mode) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(failureModes);
        m.put(mode.kind(), mode);
        return new ReliabilitySettings(architectures, m, repairs, job, service, defaultDays, defaultTrials, notes,
                flaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings withModes(Map<FaultKind, FailureMode> modes) {
        return new ReliabilitySettings(architectures, modes, repairs, job, service, defaultDays, defaultTrials, notes,
                flaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings with(JobModel newJob) {
        return new ReliabilitySettings(architectures, failureModes, repairs, newJob, service, defaultDays,
                defaultTrials, notes, flaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings with(ServicePolicy newService) {
        return new ReliabilitySettings(architectures, failureModes, repairs, job, newService, defaultDays,
                defaultTrials, notes, flaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings with(LinkFlapModel newFlaps) {
        return new ReliabilitySettings(architectures, failureModes, repairs, job, service, defaultDays, defaultTrials,
                notes, newFlaps, engineRateFactors, knownArchitectures, partPrices, fieldExposures);
    }

    public ReliabilitySettings withEngineRateFactors(List<Double> factors) {
        return new ReliabilitySettings(architectures, failureModes, repairs, job, service, defaultDays, defaultTrials,
                notes, flaps, factors, knownArchitectures, partPrices, fieldExposures);
    }

    /** The rate factors to simulate, ascending, 1 last; a copy the caller may change. */
    public List<Double> factors() {
        return new ArrayList<>(engineRateFactors);
    }
}
