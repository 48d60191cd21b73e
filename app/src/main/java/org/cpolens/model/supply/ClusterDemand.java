package org.cpolens.model.supply;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.eval.BomLine;
import org.cpolens.model.eval.OpticsLayer;

/**
 * Unit demand counted in whole clusters of one architecture's bill of materials: each component's
 * units = its basis count x its per-basis figure x clusters per year. Lasers, laser modules and
 * engines are the architecture's own (on CPO, the switch side), as the market counts them.
 */
public final class ClusterDemand {
    private ClusterDemand() {
    }

    /** The counts of one cluster the demand rules refer to. */
    public static Map<DemandBasis, Double> basisCounts(BillOfMaterials b) {
        Map<DemandBasis, Double> m = new EnumMap<>(DemandBasis.class);
        m.put(DemandBasis.SWITCHES, (double) b.switchCount());
        m.put(DemandBasis.SWITCH_PORTS, (double) b.ends(OpticsLayer.SWITCH));
        m.put(DemandBasis.HOST_MODULES, (double) b.ends(OpticsLayer.NIC));
        m.put(DemandBasis.LASERS, b.own(BomLine::lasers));
        m.put(DemandBasis.LASER_MODULES, b.own(BomLine::laserModules));
        m.put(DemandBasis.ENGINES, b.own(BomLine::engines));
        return m;
    }

    /** Demand of every component with a demand model, in catalog order. */
    public static ComponentDemand derive(SupplyChain chain, BillOfMaterials b, int year, double clustersPerYear) {
        return derive(chain, basisCounts(b), year, clustersPerYear);
    }

    /** Demand of every component with a demand model, from the counts its rules refer to (of one cluster, or of a year). */
    public static ComponentDemand derive(SupplyChain chain, Map<DemandBasis, Double> counts, int year,
                                         double clustersPerYear) {
        if (!(clustersPerYear >= 0) || Double.isInfinite(clustersPerYear)) {
            throw new IllegalArgumentException("clustersPerYear must be >= 0, got " + clustersPerYear);
        }
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
}
