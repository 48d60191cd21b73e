package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpolens.model.catalog.Status;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;
import org.junit.jupiter.api.Test;

/** The report section the integrator puts into {@code analyze}. */
class ReliabilitySectionTest {
    private static final ReliabilityResult RESULT = ReliabilitySimulator.run(Analysis.reliabilityInputs(
            ScenarioLoader.parse(YamlDoc.parse("small.yaml", """
                    name: small
                    cluster: { endpoints: 512, endpointGbps: 800, accelerators: 2048 }
                    fabric: { switch: tomahawk5-64x800g, tiers: 2 }
                    architectures: [pluggable-dsp-800g, cpo-bailly-800g, cpo-embedded-laser-800g]
                    """), Catalogs.bundled())), 4, 40, 30);

    @Test
    void sectionHasBarChartsPerArchitectureTablesAndBilingualTitles() {
        Section s = ReliabilitySection.section(RESULT);
        assertThat(s.id()).isEqualTo("reliability");
        assertThat(s.title().zhTw()).isNotEqualTo(s.title().en()).isNotBlank();
        List<Chart> charts = s.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
        assertThat(charts).extracting(Chart::id).containsExactly("reliabilityInterruptions", "reliabilityGoodput",
                "reliabilityEngineRate");
        assertThat(charts.subList(0, 2)).allMatch(c -> c.kind() == ChartKind.BAR && c.categories().size() == 3);
        assertThat(charts.get(0).series().get(0).values()[0])
                .isEqualTo(RESULT.architectures().get(0).interruptionsPerDay().mean());
        assertThat(s.blocks()).filteredOn(DataTable.class::isInstance).extracting(b -> ((DataTable) b).id())
                .contains("reliability", "reliabilityParts", "reliabilityInputs", "reliabilityRateBasis",
                        "reliabilityEngineRate", "reliabilityLinkFlaps", "reliabilityCosts");
    }

    /**
     * The "CPO vs pluggable" chart: one line per CPO architecture over the engine-rate factors, the
     * ratio of its interruptions to the baseline's, plus the baseline's flat 1; the value at 1x is the
     * headline run's own ratio.
     */
    @Test
    void engineRateChartShowsTheRatioToTheBaselineAtEachFactor() {
        Chart c = ReliabilitySection.section(RESULT).blocks().stream().filter(Chart.class::isInstance)
                .map(Chart.class::cast).filter(x -> x.id().equals("reliabilityEngineRate")).findFirst().orElseThrow();
        assertThat(c.kind()).isEqualTo(ChartKind.LINE);
        assertThat(c.categories()).extracting(Text::en).containsExactly("0.1x", "0.25x", "0.5x", "0.75x", "1x");
        assertThat(c.series()).extracting(x -> x.name().en())
                .containsExactly("cpo-bailly-800g", "cpo-embedded-laser-800g", "pluggable-dsp-800g (= 1)");
        double ratioAtOne = RESULT.architecture("cpo-bailly-800g").orElseThrow().interruptionsPerDay().mean()
                / RESULT.architectures().get(0).interruptionsPerDay().mean();
        assertThat(c.series().get(0).values()[4]).isCloseTo(ratioAtOne, org.assertj.core.data.Offset.offset(1e-12));
        // fewer engine failures, fewer interruptions relative to the baseline
        assertThat(c.series().get(0).values()[0]).isLessThan(c.series().get(0).values()[4]);
    }

    @Test
    void theRateBasisTableNamesBoundsFittedAndAssumedRatesInBothLanguages() {
        DataTable t = ReliabilityViews.rateBasisTable(RESULT);
        assertThat(t.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("failureModes.opticalEngine");
            assertThat(((Text) row.get(3)).en()).isEqualTo("upper bound (95%)");
            assertThat(((Text) row.get(3)).zhTw()).isEqualTo("上限值（95%）");
        });
        assertThat(t.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("job.fabricInterruptProbability");
            assertThat(((Text) row.get(3)).en()).isEqualTo("fitted");
        });
        assertThat(t.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("linkFlaps.rates.cpo");
            assertThat(((Text) row.get(3)).en()).startsWith("upper bound");
        });
        assertThat(t.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("failureModes.laser");
            assertThat(((Text) row.get(3)).en()).isEqualTo("assumption");
        });
    }

    @Test
    void keyFiguresHaveStableKeysForBaselineElsAndEmbedded() {
        assertThat(ReliabilitySection.keyFigures(RESULT)).extracting(KeyFigures.KeyFigure::key).containsExactly(
                "reliabilityInterruptionsPerDayBaseline", "reliabilityGoodputBaseline",
                "reliabilitySwitchReplacementsPerYearBaseline",
                "reliabilityInterruptionsPerDayCpoEls", "reliabilityGoodputCpoEls",
                "reliabilitySwitchReplacementsPerYearCpoEls",
                "reliabilityInterruptionsPerDayCpoEmbedded", "reliabilityGoodputCpoEmbedded",
                "reliabilitySwitchReplacementsPerYearCpoEmbedded");
    }

    @Test
    void everySourceHasAStatusWordAndAssumptionsAreListed() {
        List<SourceEntry> sources = ReliabilityViews.sources(RESULT);
        assertThat(sources).isNotEmpty().allMatch(e -> Status.fromWord(e.status()).isPresent() && !e.source().isBlank());
        assertThat(sources).anyMatch(e -> e.figure().equals("reliability.failureModes.opticalEngine.fit")
                && e.status().equals("secondary"));
        @SuppressWarnings("unchecked")
        List<Object> assumptions = (List<Object>) ReliabilityViews.json(RESULT).get("assumptions");
        assertThat(assumptions).hasSize((int) sources.stream().filter(e -> e.status().equals("assumption")).count());
    }
}
