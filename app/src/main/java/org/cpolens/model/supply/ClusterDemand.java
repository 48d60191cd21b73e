package org.cpolens.model.supply;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.InputException;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.fabric.Fabric;

/**
 * Unit demand counted in whole clusters of one fabric built with one architecture: each
 * component's units = its basis count x its per-basis figure x clusters per year. (Named apart
 * from the market's {@code FabricDemand}, which is the per-accelerator view of the same fabric.)
 */
public final class ClusterDemand {
    private ClusterDemand() {
    }

    /** The fabric counts the demand rules refer to, for one cluster. */
    public static Map<DemandBasis, Double> basisCounts(Fabric fabric, ArchitectureResult result, double portsPerEngine) {
        if (!(portsPerEngine > 0)) {
            throw new IllegalArgumentException("portsPerEngine must be > 0, got " + portsPerEngine);
        }
        Map<DemandBasis, Double> m = new EnumMap<>(DemandBasis.class);
        m.put(DemandBasis.SWITCHES, (double) fabric.switchCount());
        m.put(DemandBasis.SWITCH_PORTS, (double) result.switchSidePorts());
        m.put(DemandBasis.HOST_MODULES, (double) result.hostSideModules());
        m.put(DemandBasis.LASERS, (double) result.lasers());
        m.put(DemandBasis.LASER_MODULES, (double) result.laserModules());
        // whole engines: a partly used engine is still bought
        m.put(DemandBasis.ENGINES, Math.ceil(result.switchSidePorts() / portsPerEngine));
        return m;
    }

    /** Demand of every component with a demand model, in catalog order. */
    public static ComponentDemand derive(SupplyChain chain, Fabric fabric, ArchitectureResult result, int year,
                                         double clustersPerYear, double portsPerEngine) {
        if (!(clustersPerYear >= 0) || Double.isInfinite(clustersPerYear)) {
            throw new IllegalArgumentException("clustersPerYear must be >= 0, got " + clustersPerYear);
        }
        Map<DemandBasis, Double> counts = basisCounts(fabric, result, portsPerEngine);
        Map<String, Double> units = new LinkedHashMap<>();
        for (Component c : chain.components()) {
            DemandRule rule = c.demand();
            if (rule.basis() == DemandBasis.NONE) {
                continue;
            }
            units.put(c.id(), counts.get(rule.basis()) * rule.perBasis().orElseThrow().value() * clustersPerYear);
        }
        return new ComponentDemand(year, units);
    }

    /**
     * The catalog's default demand on an evaluated scenario: its {@code defaultDemand} architecture
     * (or, when the scenario lacks it, the scenario's first CPO architecture), year, clusters per
     * year and ports per engine.
     */
    public static ComponentDemand defaultFor(SupplyChain chain, Evaluation evaluation) {
        DefaultDemand d = chain.defaultDemand();
        String arch = evaluation.architecture(d.architecture()).map(ArchitectureResult::id)
                .or(() -> evaluation.architectures().stream().filter(a -> "cpo".equals(a.kind())).map(ArchitectureResult::id)
                        .findFirst())
                .orElse(d.architecture());
        return derive(chain, evaluation, arch, (int) d.year().value(), d.clustersPerYear().value());
    }

    /** Demand from {@code architectureId} of an evaluated scenario. */
    public static ComponentDemand derive(SupplyChain chain, Evaluation evaluation, String architectureId, int year,
                                         double clustersPerYear) {
        ArchitectureResult r = evaluation.architecture(architectureId)
                .orElseThrow(() -> InputException.field("--architecture", architectureId,
                        "not an architecture of scenario " + evaluation.scenario().name(),
                        "use one of " + String.join(", ", evaluation.architectures().stream().map(ArchitectureResult::id).toList())));
        return derive(chain, evaluation.fabric(), r, year, clustersPerYear, chain.defaultDemand().portsPerEngine().value());
    }
}
