package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.supply.ExposureCalculator;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.ClusterDemand;
import org.cpolens.model.supply.SupplyChain;
import org.junit.jupiter.api.Test;

class SupplyViewsTest {
    private static final SupplyChain CHAIN = CompanyCatalogLoader.bundled();
    private static final ExposureResult X = ExposureCalculator.compute(CHAIN, org.cpolens.model.pipeline.Analysis.demand(
            ReportFixture.scenario(), CHAIN, ReportFixture.broadcom(), java.util.Optional.empty()));

    @Test
    void sectionHoldsTheBilingualGraphAndTheTables() {
        Section s = SupplySection.section(CHAIN, X);
        assertThat(s.id()).isEqualTo("supply");
        assertThat(s.title().zhTw()).isEqualTo("供應鏈與公司曝險");
        GraphChart g = (GraphChart) s.blocks().stream().filter(b -> b instanceof GraphChart).findFirst().orElseThrow();
        assertThat(g.categories()).extracting(Text::en).containsExactly("Upstream: materials and chips",
                "Midstream: engines and packaging", "Downstream: systems", "Components");
        GraphChart.Node lm = g.nodes().stream().filter(n -> n.id().equals("company:landmark")).findFirst().orElseThrow();
        assertThat(lm.label()).isEqualTo(Text.of("LandMark Optoelectronics (3081)", "聯亞光電 (3081)"));
        assertThat(lm.category()).isZero();
        GraphChart.Node fau = g.nodes().stream().filter(n -> n.id().equals("component:fau")).findFirst().orElseThrow();
        assertThat(fau.category()).isEqualTo(3);
        assertThat(g.edges()).hasSize(CHAIN.edges().size());
        assertThat(s.blocks()).filteredOn(b -> b instanceof DataTable).extracting(b -> ((DataTable) b).id())
                .containsExactly("supplyExposure", "supplySinglePoints", "supplyReported", "supplyDemand");
    }

    @Test
    void sourcesCarryEveryPriceAndTheReconstructedLandmarkTotal() {
        List<SourceEntry> src = SupplySection.sources(CHAIN, X);
        assertThat(src).filteredOn(e -> e.figure().equals("supply.component.fau.priceUsd"))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo("assumption"));
        SourceEntry total = src.stream().filter(e -> e.figure().equals("supply.company.landmark.exposure.siph.2025.totalRevenue"))
                .findFirst().orElseThrow();
        assertThat(total.status()).isEqualTo("reconstructed");
        assertThat(Double.parseDouble(total.value())).isBetween(3.456e9, 3.458e9);
        assertThat(src).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }

    @Test
    void summaryJsonHasStableTopLevelKeys() {
        Map<String, Object> j = SupplyViews.json(CHAIN, X);
        assertThat(j.keySet()).containsExactly("companies", "singlePointsOfFailure", "demand", "twdPerUsd", "exposure",
                "revenueUsdByCompany", "reported");
    }
}
