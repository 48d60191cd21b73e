package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MarketEngine;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class MarketSectionTest {
    private static final MarketResult R = MarketEngine.run(
            Analysis.marketInputs(ScenarioLoader.load(ScenarioLoader.DEFAULT_SCENARIO, Catalogs.bundled())), 3L, 1_000);

    @Test
    void sectionHasTheChartsTheReportDraws() {
        Section s = MarketSection.section(R);
        assertThat(s.id()).isEqualTo("market");
        assertThat(s.title().en()).isNotBlank();
        assertThat(s.title().zhTw()).isNotBlank().isNotEqualTo(s.title().en());
        List<Chart> charts = s.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        Chart line = chart(charts, ChartKind.LINE);
        assertThat(line.series()).extracting(x -> x.name().en()).contains("Morgan Stanley (base case)",
                "Bottom-up (this model)");
        Chart fan = chart(charts, ChartKind.FAN);
        assertThat(fan.series()).extracting(x -> x.name().en()).startsWith("p10", "p50", "p90");
        double[] p50 = fan.series().get(1).values();
        assertThat(p50[4]).isEqualTo(R.year(2030).p50() / 1e9);
        Chart tornado = chart(charts, ChartKind.TORNADO);
        assertThat(tornado.series()).extracting(Series::name).extracting(t -> t.en()).containsExactly("low", "high", "base");
        // the bars split at the base revenue, the same on every row
        assertThat(tornado.series().get(2).values()).containsOnly(R.sensitivity().get(0).baseRevenueUsd() / 1e6);
        assertThat(tornado.categories()).hasSize(6);
        for (Chart c : charts) {
            assertThat(c.title().zhTw()).isNotBlank().isNotEqualTo(c.title().en());
            for (Series x : c.series()) {
                assertThat(x.values()).hasSize(c.categories().size()).doesNotContain(Double.NaN);
            }
        }
        assertThat(s.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(DataTable.class,
                t -> assertThat(t.id()).isEqualTo("marketReconciliation")));
        assertThat(s.blocks().stream().filter(KeyFigures.class::isInstance)).hasSize(1);
    }

    private static Chart chart(List<Chart> charts, ChartKind kind) {
        return charts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void keyFiguresHaveStableCamelCaseKeys() {
        List<KeyFigures.KeyFigure> k = MarketSection.keyFigures(R);
        assertThat(k).extracting(KeyFigures.KeyFigure::key).contains("marketP50Revenue2030Usd", "marketP10Revenue2030Usd",
                "marketP90Revenue2030Usd", "marketBottomUpRevenue2030Usd", "marketPortsPerAccelerator");
        assertThat(k).allSatisfy(f -> assertThat(f.key()).matches("[a-z][A-Za-z0-9]*"));
        assertThat(k.stream().filter(f -> f.key().equals("marketP50Revenue2030Usd")).findFirst().orElseThrow().value())
                .isEqualTo(R.year(2030).p50());
    }

    @Test
    void sourcesListEveryInputWithSourceAndStatus() {
        List<SourceEntry> s = MarketSection.sources(R);
        assertThat(s).extracting(SourceEntry::figure).contains("market.portsPerAccelerator", "market.deployments.2026",
                "market.adoption.p", "market.price.learningRate", "market.sources.morgan-stanley-base",
                "market.risks.yield.probability");
        assertThat(s).allSatisfy(e -> {
            assertThat(e.source()).isNotBlank();
            assertThat(e.status()).isIn("stated", "secondary", "reconstructed", "assumption", "computed");
        });
    }

    @Test
    void tablesKeepNumbersAsNumbers() {
        List<DataTable> t = MarketViews.tables(R);
        assertThat(t).extracting(DataTable::id).startsWith("marketYears", "marketTopDown", "marketReconciliation",
                "marketSensitivity");
        Object revenue = t.get(0).rows().get(4).get(10);
        assertThat(revenue).isInstanceOf(Number.class);
        assertThat(((Number) revenue).doubleValue()).isEqualTo(R.year(2030).revenueUsd() / 1e6);
    }
}
