package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpolens.io.RiskLoader;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.Sensitivity;
import org.cpolens.report.KeyFigures.KeyFigure;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {
    private final Evaluation e = ReportFixture.broadcom();

    private static <T extends Block> List<T> blocks(Section s, Class<T> type) {
        return s.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Chart chart(ReportModel m, String section, String id) {
        return blocks(m.section(section).orElseThrow(), Chart.class).stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void everyOwnSectionIsPresentInOrder() {
        ReportModel m = ReportFixture.report();
        assertThat(m.sectionIds()).containsExactly("summary", "comparison", "watts", "sensitivity", "risks", "sources");
        for (Section s : m.sections()) {
            assertThat(s.blocks()).as(s.id()).isNotEmpty();
            assertThat(s.title().en()).as(s.id()).isNotBlank();
            assertThat(s.title().zhTw()).as(s.id()).isNotBlank().isNotEqualTo(s.title().en());
        }
    }

    @Test
    void headlineNumbersAreTheEngines() {
        ReportModel m = ReportFixture.report();
        ArchitectureResult base = e.baseline();
        ArchitectureResult cpo = e.architecture("cpo-bailly-800g").orElseThrow();
        Map<String, Object> s = m.summary();
        assertThat(s.get("scenario")).isEqualTo("broadcom-32k");
        assertThat(s.get("seed")).isEqualTo(ReportFixture.SEED);
        assertThat(s.get("cpoArchitecture")).isEqualTo("cpo-bailly-800g");
        assertThat(num(s.get("baselineOpticsPowerKw"))).isCloseTo(base.opticsPowerKw(), within(1e-6));
        assertThat(num(s.get("cpoOpticsPowerKw"))).isCloseTo(cpo.opticsPowerKw(), within(1e-6));
        assertThat(num(s.get("opticsPowerSavedKw"))).isCloseTo(base.opticsPowerKw() - cpo.opticsPowerKw(), within(1e-6));
        assertThat(num(s.get("opticsPowerSavedPercent")))
                .isCloseTo(100 * (base.opticsPowerKw() - cpo.opticsPowerKw()) / base.opticsPowerKw(), within(1e-6));
        assertThat(s.get("extraAcceleratorsAtSamePower")).isEqualTo(cpo.extraAcceleratorsAtSamePower());
        // the seed article's headline, quoting Broadcom: 832 kW -> 366 kW, within 0.1%
        assertThat(num(s.get("baselineOpticsPowerKw"))).isCloseTo(832, within(832 * 0.001));
        assertThat(num(s.get("cpoOpticsPowerKw"))).isCloseTo(366, within(366 * 0.001));

        KeyFigures k = blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0);
        assertThat(k.figures()).extracting(KeyFigure::key).containsExactly("baselineOpticsPowerKw", "cpoOpticsPowerKw",
                "opticsPowerSavedKw", "opticsPowerSavedPercent", "extraAcceleratorsAtSamePower");
        assertThat(k.figures()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
        assertThat(k.figures().get(0).source()).contains(e.interconnect().baseline().figure(org.cpolens.model.catalog.ArchitectureFigure.SWITCH_PORT_WATTS).source());
    }

    @Test
    void comparisonChartsCarryTheEnginesNumbers() {
        ReportModel m = ReportFixture.report();
        int n = e.architectures().size();
        Chart power = chart(m, "comparison", "power");
        Chart pj = chart(m, "comparison", "energyPerBit");
        Chart lasers = chart(m, "comparison", "lasers");
        Chart edge = chart(m, "comparison", "edge");
        Chart capex = chart(m, "comparison", "capex");
        assertThat(power.categories()).hasSize(n);
        for (int i = 0; i < n; i++) {
            ArchitectureResult a = e.architectures().get(i);
            assertThat(power.categories().get(i).en()).isEqualTo(a.id());
            assertThat(power.series().get(0).values()[i]).isEqualTo(a.opticsPowerKw());
            assertThat(power.series().get(1).values()[i]).isEqualTo(a.networkPowerKw());
            assertThat(pj.series().get(1).values()[i]).isEqualTo(a.picojoulesPerBit());
            assertThat(lasers.series().get(0).values()[i]).isEqualTo(a.lasers());
            assertThat(edge.series().get(0).values()[i]).isEqualTo(a.edgeMm() / 1000);
            assertThat(capex.series().get(0).values()[i]).isEqualTo(a.capexUsd() / 1e6);
        }
        assertThat(blocks(m.section("comparison").orElseThrow(), DataTable.class)).extracting(DataTable::id)
                .contains("compare", "fabric");
    }

    @Test
    void wattsStackAddsUpToNetworkPowerPerArchitecture() {
        Chart w = chart(ReportFixture.report(), "watts", "wattsByTier");
        assertThat(w.kind()).isEqualTo(ChartKind.STACKED_BAR);
        assertThat(w.series()).extracting(s -> s.name().en()).contains("Host side: NIC optics", "Switches before optics");
        for (int i = 0; i < e.architectures().size(); i++) {
            double sum = 0;
            for (Series s : w.series()) {
                sum += s.values()[i];
            }
            assertThat(sum).isCloseTo(e.architectures().get(i).networkPowerKw(), within(1e-9));
        }
    }

    @Test
    void tornadoShowsTheSensitivityMath() {
        ReportModel m = ReportFixture.report();
        Chart t = chart(m, "sensitivity", "savingKw");
        assertThat(t.kind()).isEqualTo(ChartKind.TORNADO);
        Sensitivity.Result r = Sensitivity.oneAtATime(org.cpolens.model.eval.InterconnectEvaluator.standard(), e,
                "cpo-bailly-800g", SensitivitySection.FRACTION);
        Sensitivity.Swing first = r.swings().get(0);
        assertThat(t.categories().get(0).en()).startsWith(first.architectureId() + "." + first.figure());
        assertThat(t.series()).extracting(s -> s.name().en()).containsExactly("low: input -20%", "high: input +20%", "base");
        assertThat(t.series().get(0).values()[0]).isEqualTo(first.low().savedKw());
        assertThat(t.series().get(1).values()[0]).isEqualTo(first.high().savedKw());
        assertThat(t.series().get(2).values()).containsOnly(r.baseSaving().savedKw());
        // only figures that move the kW saving are drawn: the two switch-side watt figures
        assertThat(t.categories()).hasSize(2);
    }

    @Test
    void everySeedRiskIsTiedToAnInput() {
        ReportModel m = ReportFixture.report();
        DataTable t = blocks(m.section("risks").orElseThrow(), DataTable.class).get(0);
        List<Risk> risks = RiskLoader.bundled();
        assertThat(risks).extracting(Risk::id).containsExactly("yield", "thermal", "fiber-coupling", "cost", "standards",
                "serviceability", "adoption-delay");
        assertThat(t.rows()).hasSize(risks.size());
        for (Risk r : risks) {
            assertThat(r.titleZhTw()).isNotBlank();
            assertThat(r.claimZhTw()).isNotBlank();
            assertThat(r.source()).startsWith("seed");
            assertThat(r.inputPath()).isNotBlank();
        }
        // the yield row shows the CPO engine cost it moves, from the scenario
        OpticsArchitecture cpo = e.interconnect().architectures().get(3);
        List<Object> yield = t.rows().get(0);
        assertThat(yield.get(3)).isEqualTo("architectures[cpo-bailly-800g].overrides.costPerPortUsd");
        assertThat(yield.get(5)).isEqualTo(cpo.value(org.cpolens.model.catalog.ArchitectureFigure.COST_PER_PORT_USD));
    }

    @Test
    void sourcesListEveryFigureOfTheScenario() {
        ReportModel m = ReportFixture.report();
        List<String> figures = m.sources().stream().map(SourceEntry::figure).toList();
        for (OpticsArchitecture a : e.interconnect().architectures()) {
            for (String f : InterconnectViews.figuresOf(a).keySet()) {
                assertThat(figures).contains(a.id() + "." + f);
            }
        }
        assertThat(figures).contains("tomahawk5-64x800g.basePowerW", "cluster.wattsPerAccelerator");
        assertThat(m.sources()).allSatisfy(s -> {
            assertThat(s.source()).isNotBlank();
            assertThat(s.status()).isIn("stated", "secondary", "reconstructed", "assumption");
        });
        // the overridden 5.55 W says so
        SourceEntry cpo = m.sources().stream().filter(s -> s.figure().equals("cpo-bailly-800g.switchPortWatts"))
                .findFirst().orElseThrow();
        assertThat(cpo.value()).isEqualTo("5.55");
        assertThat(cpo.status()).isEqualTo("assumption");
        DataTable t = blocks(m.section("sources").orElseThrow(), DataTable.class).get(0);
        assertThat(t.rows()).hasSize(m.sources().size());
        assertThat(t.rows().get(0).get(1)).isInstanceOf(Double.class);
    }

    @Test
    void contributedSectionsGoInPlaceWithTheirFiguresAndSources() {
        Section reliability = new Section("reliability", Text.of("Reliability", "可靠度"),
                List.of(Paragraph.of("r", "r")));
        Section market = new Section("market", Text.of("Market", "市場"), List.of(Paragraph.of("m", "m")));
        Section extra = new Section("custom", Text.of("Custom", "自訂"), List.of(Paragraph.of("c", "c")));
        SourceEntry src = new SourceEntry("market.cagr", "1.72", "", "Morgan Stanley (seed)", "stated", "");
        KeyFigure kf = new KeyFigure("cpoMarket2030BillionUsd", Text.of("CPO market 2030", "2030 CPO 市場"), 9.3,
                "BUSD", "Morgan Stanley (seed)", "stated");
        ReportModel m = ReportFixture.builder(7)
                .add(reliability, List.of(), List.of())
                .add(extra, List.of(), List.of())
                .add(market, List.of(src, src), List.of(kf))
                .build();
        assertThat(m.sectionIds()).containsExactly("summary", "comparison", "watts", "sensitivity", "market",
                "reliability", "custom", "risks", "sources");
        assertThat(num(m.summary().get("cpoMarket2030BillionUsd"))).isEqualTo(9.3);
        assertThat(m.summary()).containsEntry("seed", 7L);
        assertThat(new ArrayList<>(m.summary().keySet())).endsWith("cpoMarket2030BillionUsd");
        KeyFigures k = blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0);
        assertThat(k.figures()).extracting(KeyFigure::key).contains("cpoMarket2030BillionUsd");
        assertThat(m.sources()).filteredOn(s -> s.figure().equals("market.cagr")).hasSize(1);
    }

    /** The executive summary stays a handful: the headline plus each section's first (lead) figure. */
    @Test
    void onlyEachSectionsLeadFigureJoinsTheExecutiveSummary() {
        Section market = new Section("market", Text.of("Market", "市場"), List.of(Paragraph.of("m", "m")));
        KeyFigure lead = new KeyFigure("leadFigure", Text.same("lead"), 1, "", "s", "computed");
        KeyFigure other = new KeyFigure("otherFigure", Text.same("other"), 2, "", "s", "computed");
        ReportModel m = ReportFixture.builder(7).add(market, List.of(), List.of(lead, other)).build();
        KeyFigures k = blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0);
        assertThat(k.figures()).extracting(KeyFigure::key).contains("leadFigure").doesNotContain("otherFigure");
        assertThat(m.summary()).containsKeys("leadFigure", "otherFigure");
    }

    @Test
    void refusesDuplicateSectionsAndKeys() {
        ReportBuilder twice = ReportFixture.builder(1).add(new Section("comparison", Text.same("x"), List.of()),
                List.of(), List.of());
        assertThatThrownBy(twice::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comparison");
        ReportBuilder b = ReportFixture.builder(1);
        KeyFigure dup = new KeyFigure("cpoOpticsPowerKw", Text.same("x"), 1, "", "s", "stated");
        b.add(new Section("market", Text.same("m"), List.of()), List.of(), List.of(dup));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpoOpticsPowerKw");
    }

    @Test
    void summaryNumbersAreWrittenPlain() {
        assertThat(ReportBuilder.jsonNumber(168427612.476451234).toString()).isEqualTo("168427612.476451");
        assertThat(ReportBuilder.jsonNumber(332.0)).isEqualTo(332L);
        assertThat(ReportBuilder.jsonNumber(1.5e-9).toString()).isEqualTo("0");
        assertThat(ReportBuilder.jsonNumber(Double.NaN)).isNull();
        String json = Json.write(java.util.Map.of("x", ReportBuilder.jsonNumber(2.417994974725e8)));
        assertThat(json).contains("241799497.4725").doesNotContain("E");
    }

    @Test
    void summaryJsonIsByteIdenticalForTheSameInputs() {
        String a = ReportFixture.report().summaryJson();
        String b = ReportFixture.builder(ReportFixture.SEED).build().summaryJson();
        assertThat(a).isEqualTo(b).contains("\"opticsPowerSavedKw\"").doesNotContainIgnoringCase("time");
        assertThat(ReportFixture.builder(99).build().summaryJson()).contains("\"seed\" : 99");
    }
}
