package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.eval.BillOfMaterials;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.YearResult;

/**
 * Component demand per year from the market engine: each year's bottom-up CPO ports are counted as
 * clusters of the CPO architecture's bill of materials (ports / its own ports), and the supply
 * catalog's demand rules turn those clusters into units, so the market and the supply chain count
 * the same hardware.
 */
public final class MarketDemand {
    private MarketDemand() {
    }

    public static List<ComponentDemand> fromMarket(SupplyChain chain, BillOfMaterials cpo, MarketResult market) {
        List<ComponentDemand> out = new ArrayList<>();
        for (YearResult y : market.years()) {
            double clusters = y.ports() / cpo.ownEnds();
            out.add(ClusterDemand.derive(chain, cpo, y.year(), clusters));
        }
        return out;
    }
}
