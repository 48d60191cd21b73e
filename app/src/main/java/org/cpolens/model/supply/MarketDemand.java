package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.YearResult;

/**
 * Component demand per year from the market engine: each year's bottom-up CPO ports are counted as
 * clusters of the evaluated scenario (ports / the CPO architecture's switch-side ports), and the supply
 * catalog's demand rules turn those clusters into units, so the market and the supply chain count the
 * same hardware.
 */
public final class MarketDemand {
    private MarketDemand() {
    }

    public static List<ComponentDemand> fromMarket(SupplyChain chain, Evaluation evaluation, MarketResult market) {
        String arch = market.inputs().demand().architectureId();
        ArchitectureResult r = evaluation.architecture(arch).orElseThrow(() -> new IllegalArgumentException(
                "market architecture " + arch + " is not in scenario " + evaluation.scenario().name()));
        List<ComponentDemand> out = new ArrayList<>();
        for (YearResult y : market.years()) {
            double clusters = y.ports() / r.switchSidePorts();
            out.add(ClusterDemand.derive(chain, evaluation, arch, y.year(), clusters));
        }
        return out;
    }
}
