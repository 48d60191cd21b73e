package org.cpolens.model.pipeline;

import java.util.List;
import java.util.Optional;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.tco.TcoResult;

/**
 * What one run of the pipeline produced; a stage that was not asked for is empty.
 *
 * @param seed the seed every random draw came from
 */
public record AnalysisResult(Scenario scenario, long seed, Evaluation evaluation, Optional<MarketResult> market,
                             Optional<SupplyOutcome> supply, Optional<SignalsReport> signals,
                             Optional<ReliabilityResult> reliability, Optional<TcoResult> tco) {

    /**
     * The supply stage: the catalog it read, the component demand it used and the exposure.
     */
    public record SupplyOutcome(SupplyChain chain, List<ComponentDemand> demand, ExposureResult exposure) {
        public SupplyOutcome {
            demand = List.copyOf(demand);
        }
    }
}
