package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MarketEngine;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class MarketSectionTest {
    private static final MarketResult R = MarketEngine.run(
            Analysis.marketInputs(ScenarioLoader.load(ScenarioLoader.DEFAULT_SCENARIO, Catalogs.bundled())), 3L, 1_000);

    @Test
    void sectionReadsLikeASellSideModel() {
        Section s = MarketSection.section(R);
        assertThat(s.id()).isEqualTo("market");
        assertThat(s.title().zhTw()).isNotBlank().isNotEqualTo(s.title().en());
        List<Chart> charts = s.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        // the bottom-up beside every forecast on a log axis, in US$M
        Chart log = chart(charts, ChartKind.LOG_LINE);
        assertThat(log.unit()).isEqualTo("US$M");
        assertThat(log.series()).extracting(x -> x.name().en()).contains("Morgan Stanley (base case) (optics)",
                "Bottom-up P50: Engines only", "Bottom-up P50: Engines + laser modules", "Bottom-up P50: Whole CPO system premium");
        Chart fan = chart(charts, ChartKind.FAN);
        assertThat(fan.series()).extracting(x -> x.name().en()).startsWith("p10", "p50", "p90");
        assertThat(fan.series().get(1).values()[4]).isEqualTo(R.year(2030).p50() / 1e6);
        // the value per layer, stacked
        Chart layers = chart(charts, ChartKind.STACKED_BAR);
        assertThat(layers.series()).extracting(x -> x.name().en()).containsExactly("Switch side", "NIC side", "Scale-up");
        // the bridge: each bar in exactly one of total, change, forecast
        Chart bridge = chart(charts, ChartKind.WATERFALL);
        assertThat(bridge.series()).extracting(x -> x.name().en()).containsExactly("total", "change", "forecast");
        for (int i = 0; i < bridge.categories().size(); i++) {
            int values = 0;
            for (Series x : bridge.series()) {
                values += Double.isNaN(x.values()[i]) ? 0 : 1;
            }
            assertThat(values).as(bridge.categories().get(i).en()).isEqualTo(1);
        }
        assertThat(bridge.categories().get(0).en()).startsWith("Single-fabric model");
        Chart tornado = chart(charts, ChartKind.TORNADO);
        assertThat(tornado.series()).extracting(Series::name).extracting(t -> t.en()).containsExactly("low", "high", "base");
        assertThat(tornado.series().get(2).values()).containsOnly(R.sensitivity().get(0).baseRevenueUsd() / 1e6);
        for (Chart c : charts) {
            assertThat(c.title().zhTw()).isNotBlank().isNotEqualTo(c.title().en());
            for (Series x : c.series()) {
                assertThat(x.values()).hasSize(c.categories().size());
            }
        }
        assertThat(s.blocks()).filteredOn(DataTable.class::isInstance).extracting(b -> ((DataTable) b).id())
                .contains("marketForecasts", "marketBridge", "marketHindcast", "marketLayers", "marketPlatforms",
                        "marketReadings", "marketNotCompared");
        assertThat(s.blocks().stream().filter(KeyFigures.class::isInstance)).hasSize(1);
        // the inputs are counted by status in the summary paragraph
        Paragraph p = (Paragraph) s.blocks().stream().filter(Paragraph.class::isInstance).findFirst().orElseThrow();
        assertThat(p.text().en()).contains("Inputs by status").contains("assumptions of");
        assertThat(p.text().zhTw()).contains("假設");
    }

    private static Chart chart(List<Chart> charts, ChartKind kind) {
        return charts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void keyFiguresHaveStableCamelCaseKeys() {
        List<KeyFigures.KeyFigure> k = MarketSection.keyFigures(R);
        assertThat(k).extracting(KeyFigures.KeyFigure::key).contains("marketP50Revenue2030Usd", "marketP10Revenue2030Usd",
                "marketP90Revenue2030Usd", "marketP50Revenue2030EnginesUsd", "marketP50Revenue2030OpticsUsd",
                "marketP50Revenue2030SystemUsd", "marketBottomUpRevenue2030Usd", "marketFleetAccelerators2030",
                "marketScaleUpShareOfValue2030", "marketSingleFabricRevenue2030Usd", "marketForecastsImpossible",
                "marketHindcast800g2025Ratio", "marketHindcast1600g2026Ratio", "marketInputsAssumed", "marketInputs");
        assertThat(k).allSatisfy(f -> assertThat(f.key()).matches("[a-z][A-Za-z0-9]*"));
        assertThat(value(k, "marketP50Revenue2030Usd")).isEqualTo(R.year(2030).p50());
        assertThat(value(k, "marketP50Revenue2030OpticsUsd")).isEqualTo(R.year(2030).band(ValueScope.OPTICS).p50());
        assertThat(value(k, "marketInputsAssumed")).isLessThan(value(k, "marketInputs")).isPositive();
    }

    private static double value(List<KeyFigures.KeyFigure> k, String key) {
        return k.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    @Test
    void sourcesListEveryInputWithSourceAndStatus() {
        List<SourceEntry> s = MarketSection.sources(R);
        assertThat(s).extracting(SourceEntry::figure).contains("market.bridgeFrom.portsPerAccelerator",
                "market.bridgeFrom.deployments.2026", "fleet.tpu.shipments.2026", "fleet.rubin-ultra.readings.cpo.weight",
                "market.layers.switch.p", "market.layers.scaleUp.midpointYear", "market.price.annualDecline",
                "market.price.systemGrossMargin", "market.sources.morgan-stanley-base",
                "market.sources.morgan-stanley-base.scope", "market.notCompared.goldman-sachs",
                "market.hindcast.2025.800G", "market.risks.yield.probability");
        assertThat(s).allSatisfy(e -> {
            assertThat(e.source()).isNotBlank();
            assertThat(e.status()).isIn("stated", "secondary", "reconstructed", "assumption", "computed");
        });
    }

    @Test
    void tablesKeepNumbersAsNumbers() {
        List<DataTable> t = MarketViews.tables(R);
        assertThat(t).extracting(DataTable::id).startsWith("marketYears", "marketLayers", "marketPlatforms",
                "marketForecasts", "marketBridge", "marketHindcast");
        Object p50 = t.get(0).rows().get(4).get(14);
        assertThat(p50).isInstanceOf(Number.class);
        assertThat(((Number) p50).doubleValue()).isEqualTo(R.year(2030).p50() / 1e6);
        for (DataTable table : t) {
            assertThat(table.title().zhTw()).as(table.id()).isNotBlank().isNotEqualTo(table.title().en());
            table.columns().forEach(c -> assertThat(c.header().zhTw()).as(table.id() + "." + c.key()).isNotBlank());
        }
    }
}
