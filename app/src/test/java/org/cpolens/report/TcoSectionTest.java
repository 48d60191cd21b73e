package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoSettings;
import org.junit.jupiter.api.Test;

/** The report's "Cost of ownership" section: present, bilingual, with the break-even marked on its chart. */
class TcoSectionTest {
    @Test
    void sectionCarriesTheBreakEvenOnItsChart() {
        Scenario s = ScenarioLoader.load("broadcom-32k", Catalogs.bundled());
        // without LPO, whose longer-lived modules no CPO price ties here (see noTieIsSaid)
        s = s.with(s.interconnect().withArchitectures(s.architectures().stream()
                .filter(a -> !a.id().equals("lpo-800g")).toList()));
        s = s.with(s.tco().with(TcoSettings.ReliabilitySource.ANALYTIC).with(TcoInput.REPLACEMENT_COST_SHARE, 0.2));
        AnalysisResult run = Analysis.run(s, null, null, Analysis.Options.defaults(s,
                EnumSet.of(Analysis.Stage.TCO)).withTcoTrials(200), Analysis.Progress.NONE);
        ReportModel m = ReportBuilder.of(run, List.of()).build();
        Section sec = m.sections().stream().filter(x -> x.id().equals("tco")).findFirst().orElseThrow();
        assertThat(sec.title().en()).isEqualTo("Cost of ownership");
        assertThat(sec.title().zhTw()).isEqualTo("總持有成本");
        assertThat(ReportBuilder.SECTION_ORDER).containsSubsequence("reliability", "tco", "risks");

        TcoResult r = run.tco().orElseThrow();
        TcoResult.BreakEven b = r.targetBreakEven().orElseThrow();
        Chart chart = sec.blocks().stream().filter(x -> x instanceof Chart c && c.id().equals("tcoBreakEven"))
                .map(Chart.class::cast).findFirst().orElseThrow();
        assertThat(chart.title().en()).contains("break-even").contains(Tables.display(b.priceUsdPerPort(), "en"));
        double[] mine = chart.series().get(0).values();
        double[] mark = chart.series().get(2).values();
        int marked = -1;
        for (int i = 0; i < mark.length; i++) {
            if (!Double.isNaN(mark[i])) {
                assertThat(marked).as("one point marked").isEqualTo(-1);
                marked = i;
            }
        }
        assertThat(marked).isNotNegative();
        assertThat(chart.categories().get(marked).en()).contains("break-even");
        // at the marked price the CPO's line meets the rival's
        assertThat(mine[marked]).isCloseTo(mark[marked], within(1e-6 * mark[marked]));
        for (Block bl : sec.blocks()) {
            if (bl instanceof Paragraph p) {
                assertThat(p.text().zhTw()).isNotBlank();
            }
        }
        assertThat(m.summary()).containsKeys("tcoAdvantageUsdPerAcceleratorYear", "tcoBreakEvenUsdPerPort",
                "tcoUsdPerAcceleratorYearBaseline");
        assertThat(m.sources()).anyMatch(e -> e.figure().equals("tco.pue") && e.source().contains("Uptime"));
    }

    /** When no price of zero or more ties, the chart says so instead of marking a point. */
    @Test
    void noTieIsSaid() {
        Scenario s = ScenarioLoader.load("broadcom-32k", Catalogs.bundled());
        s = s.with(s.tco().with(TcoSettings.ReliabilitySource.ANALYTIC));
        AnalysisResult run = Analysis.run(s, null, null, Analysis.Options.defaults(s,
                EnumSet.of(Analysis.Stage.TCO)).withTcoTrials(50), Analysis.Progress.NONE);
        TcoResult.BreakEven b = run.tco().orElseThrow().targetBreakEven().orElseThrow();
        assertThat(b.priceUsdPerPort()).as("LPO out of reach").isNegative();
        Section sec = TcoSection.section(run.tco().orElseThrow());
        Chart chart = sec.blocks().stream().filter(x -> x instanceof Chart c && c.id().equals("tcoBreakEven"))
                .map(Chart.class::cast).findFirst().orElseThrow();
        assertThat(chart.title().en()).contains("no price per port of zero or more ties");
        assertThat(chart.title().zhTw()).contains("無法");
        assertThat(java.util.Arrays.stream(chart.series().get(2).values()).allMatch(Double::isNaN)).isTrue();
    }
}
