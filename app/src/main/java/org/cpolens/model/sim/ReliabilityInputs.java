package org.cpolens.model.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.BillOfMaterials;

/**
 * Everything a reliability run needs, resolved: the scenario's reliability settings and the bill of
 * materials of every architecture to compare (baseline first) on the scenario's fabric.
 *
 * @param boms     each compared architecture's bill of materials, by id
 * @param settings failure laws, repairs, the job, the site, flaps, the sensitivity factors
 */
public record ReliabilityInputs(String scenarioName, long accelerators, OpticsArchitecture baseline,
                                Map<String, BillOfMaterials> boms, ReliabilitySettings settings) {
    public ReliabilityInputs {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(settings, "settings");
        boms = Map.copyOf(boms);
        if (settings.architectures().isEmpty()) {
            throw new IllegalArgumentException("no architecture to simulate");
        }
        for (OpticsArchitecture a : settings.architectures()) {
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
        return new ReliabilityInputs(scenarioName, accelerators, baseline, boms, s);
    }

    /** The architectures compared, baseline first. */
    public List<OpticsArchitecture> architectures() {
        return settings.architectures();
    }

    public Map<FaultKind, FailureMode> failureModes() {
        return settings.failureModes();
    }

    public Map<Part, RepairSpec> repairs() {
        return settings.repairs();
    }

    public JobModel job() {
        return settings.job();
    }

    public ServicePolicy service() {
        return settings.service();
    }

    public LinkFlapModel flaps() {
        return settings.flaps();
    }

    /** Horizon when the caller gives none. */
    public double defaultDays() {
        return settings.defaultDays();
    }

    /** Trials when the caller gives none. */
    public int defaultTrials() {
        return settings.defaultTrials();
    }

    /** Model assumptions in words, listed beside the results. */
    public List<String> notes() {
        return settings.notes();
    }

    public FailureMode mode(FaultKind kind) {
        return settings.mode(kind);
    }

    public RepairSpec repair(Part part) {
        return settings.repairs().get(part);
    }

    public BillOfMaterials bom(OpticsArchitecture a) {
        return boms.get(a.id());
    }

    /** The architecture a line of a bill names, when the catalog or the scenario defines it. */
    public Optional<OpticsArchitecture> architecture(String id) {
        return settings.architecture(id);
    }

    public Optional<Figure> partPrice(Part part) {
        return Optional.ofNullable(settings.partPrices().get(part));
    }

    /** The same inputs with one failure mode replaced. */
    public ReliabilityInputs with(FailureMode mode) {
        return withSettings(settings.with(mode));
    }

    /** The same inputs with every failure rate multiplied by {@code factor}. */
    public ReliabilityInputs withRatesScaled(double factor) {
        Map<FaultKind, FailureMode> m = new EnumMap<>(FaultKind.class);
        for (FailureMode f : settings.failureModes().values()) {
            m.put(f.kind(), f.withFit(f.fit().value() * factor));
        }
        return withSettings(settings.withModes(m));
    }

    /** The same inputs with the optical-engine rate multiplied by {@code factor} (the sensitivity's step). */
    public ReliabilityInputs withEngineRateScaled(double factor) {
        FailureMode e = mode(FaultKind.OPTICAL_ENGINE);
        return with(e.withFit(e.fit().value() * factor));
    }

    public ReliabilityInputs with(JobModel newJob) {
        return withSettings(settings.with(newJob));
    }

    public ReliabilityInputs with(ServicePolicy newService) {
        return withSettings(settings.with(newService));
    }

    public ReliabilityInputs with(LinkFlapModel newFlaps) {
        return withSettings(settings.with(newFlaps));
    }

    /** The same inputs comparing a subset of the architectures (each must have a bill of materials). */
    public ReliabilityInputs withArchitectures(List<OpticsArchitecture> archs) {
        return withSettings(settings.withArchitectures(archs));
    }

    /** The same inputs without the engine-rate sensitivity runs (or with other factors). */
    public ReliabilityInputs withEngineRateFactors(List<Double> factors) {
        return withSettings(settings.withEngineRateFactors(factors));
    }

    public ReliabilityInputs withSettings(ReliabilitySettings s) {
        return new ReliabilityInputs(scenarioName, accelerators, baseline, boms, s);
    }
}
