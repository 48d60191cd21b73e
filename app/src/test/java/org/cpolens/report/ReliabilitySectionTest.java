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
        assertThat(charts).extracting(Chart::id).containsExactly("reliabilityInterruptions", "reliabilityGoodput");
        assertThat(charts).allMatch(c -> c.kind() == ChartKind.BAR && c.categories().size() == 3);
        assertThat(charts.get(0).series().get(0).values()[0])
                .isEqualTo(RESULT.architectures().get(0).interruptionsPerDay().mean());
        assertThat(s.blocks()).filteredOn(DataTable.class::isInstance).extracting(b -> ((DataTable) b).id())
                .contains("reliability", "reliabilityParts", "reliabilityInputs");
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
