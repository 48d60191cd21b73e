package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.YearResult;

/**
 * Component demand per year from the market engine: each year's CPO units of every layer of the
 * fleet (switches, switch-side ports, engines, lasers, laser modules, and the NIC-side pluggables
 * kept beside CPO switches) go through the supply catalog's demand rules, so the market and the
 * supply chain count the same hardware.
 */
public final class MarketDemand {
    private MarketDemand() {
    }

    public static List<ComponentDemand> fromMarket(SupplyChain chain, MarketResult market) {
        List<ComponentDemand> out = new ArrayList<>();
        for (YearResult y : market.years()) {
            out.add(ClusterDemand.derive(chain, counts(market, y), y.year(), 1));
        }
        return out;
    }

    /** The counts of one market year the demand rules refer to. */
    public static Map<DemandBasis, Double> counts(MarketResult market, YearResult y) {
        Map<DemandBasis, Double> m = new EnumMap<>(DemandBasis.class);
        m.put(DemandBasis.SWITCHES, y.cpoSwitches());
        m.put(DemandBasis.SWITCH_PORTS, market.layer(y.year(), OpticsLayer.SWITCH).ports());
        m.put(DemandBasis.HOST_MODULES, y.hostModules());
        m.put(DemandBasis.LASERS, y.lasers());
        m.put(DemandBasis.LASER_MODULES, y.laserSourceModules());
        m.put(DemandBasis.ENGINES, y.engines());
        return m;
    }
}
