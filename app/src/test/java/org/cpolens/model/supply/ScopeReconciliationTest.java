package org.cpolens.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.market.YearResult;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The supply chain counts the market's units, and its revenue at stake is set against the market by scope. */
class ScopeReconciliationTest {
    private static final Catalogs CATALOGS = Catalogs.bundled();
    private static final AnalysisResult RUN = run();

    private static AnalysisResult run() {
        Scenario s = ScenarioLoader.load(ScenarioLoader.DEFAULT_SCENARIO, CATALOGS);
        return Analysis.run(s, CATALOGS.supplyChain(), null, Analysis.Options.defaults(s,
                Set.of(Analysis.Stage.MARKET, Analysis.Stage.SUPPLY)).withMarketTrials(10), Analysis.Progress.NONE);
    }

    /** The supply stage's units are the market's: engines, laser modules and lasers of every layer, per year. */
    @Test
    void supplyCountsTheMarketsUnits() {
        MarketResult m = RUN.market().orElseThrow();
        ExposureResult x = RUN.supply().orElseThrow().exposure();
        for (ComponentDemand d : x.demands()) {
            YearResult y = m.year(d.year());
            assertThat(d.unitsOf("optical-engine")).isCloseTo(y.engines(), within(1e-6));
            assertThat(d.unitsOf("external-laser-source")).isCloseTo(y.laserSourceModules(), within(1e-6));
            assertThat(d.unitsOf("laser-diode")).isCloseTo(y.lasers(), within(1e-6));
            assertThat(d.unitsOf("cpo-switch-system")).isCloseTo(y.cpoSwitches(), within(1e-6));
        }
    }

    /**
     * By scope, 2030: engines only = the optical-engine component's revenue at stake (engines x the
     * catalog's US$3,840 each); engines + laser modules adds the external laser sources (x US$1,000); the
     * ratio to the market is the catalog's unit prices against the market's per-Gb/s prices for the same
     * units; the sum over every component double-counts and is kept apart.
     */
    @Test
    void revenueAtStakeReconcilesToTheMarketByScope() {
        MarketResult m = RUN.market().orElseThrow();
        ExposureResult x = RUN.supply().orElseThrow().exposure();
        ScopeReconciliation r = ScopeReconciliation.of(x, m).orElseThrow();
        assertThat(r.year()).isEqualTo(2030);
        YearResult y = m.year(2030);
        ScopeReconciliation.Row engines = row(r, ValueScope.ENGINES);
        assertThat(engines.marketUsd()).isEqualTo(y.revenueUsd(ValueScope.ENGINES));
        assertThat(engines.supplyUsd()).isCloseTo(y.engines() * 3840, within(y.engines() * 3840 * 1e-9));
        ScopeReconciliation.Row optics = row(r, ValueScope.OPTICS);
        assertThat(optics.supplyUsd()).isCloseTo(y.engines() * 3840 + y.laserSourceModules() * 1000,
                within(optics.supplyUsd() * 1e-9));
        assertThat(optics.ratio()).isCloseTo(optics.supplyUsd() / y.revenueUsd(ValueScope.OPTICS), within(1e-12));
        assertThat(row(r, ValueScope.SYSTEM).likeForLike()).isFalse();
        // companies' shares of a scope add up to the supply side of that scope
        double shares = r.companies().stream().filter(c -> c.scope() == ValueScope.OPTICS)
                .mapToDouble(ScopeReconciliation.CompanyRow::revenueUsd).sum();
        assertThat(shares).isCloseTo(optics.supplyUsd(), within(optics.supplyUsd() * 1e-9));
        assertThat(r.doubleCountedUsd()).isGreaterThan(optics.supplyUsd());
    }

    private static ScopeReconciliation.Row row(ScopeReconciliation r, ValueScope s) {
        return r.scopes().stream().filter(x -> x.scope() == s).findFirst().orElseThrow();
    }
}
