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
        assertThat(m.sectionIds()).containsExactly("summary", "comparison", "watts", "sensitivity", "risks", "sources",
                "glossary");
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

        // the first page: the comparison's takeaways, then the share of assumptions
        KeyFigures k = blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0);
        assertThat(k.figures()).extracting(KeyFigure::key).containsExactly("cpoOpticsPowerKw", "cpoNetworkPowerKw",
                "cpoOpticsCapexMusd", "extraAcceleratorsAtSamePower", "assumptionSharePercent");
        assertThat(k.figures()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
        assertThat(num(s.get("cpoNetworkPowerKw"))).isCloseTo(cpo.networkPowerKw(), within(1e-6));
        assertThat(num(s.get("cpoOpticsCapexMusd"))).isCloseTo(cpo.capexUsd() / 1e6, within(1e-6));
        List<KeyFigure> headline = ReportBuilder.headline(e);
        assertThat(headline.get(0).source()).contains(e.interconnect().baseline().figure(org.cpolens.model.catalog.ArchitectureFigure.SWITCH_PORT_WATTS).source());
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
            assertThat(power.categories().get(i)).isEqualTo(Names.architecture(a.architecture()));
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
        assertThat(t.categories().get(0).en()).startsWith(Names.figure(first.architectureId() + "." + first.figure(),
                java.util.Map.of(first.architectureId(), e.result(first.architectureId()).orElseThrow().architecture()))
                .orElseThrow().en());
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
            assertThat(s.status()).isIn("stated", "secondary", "reconstructed", "assumption", "fitted", "not-found");
        });
        // the overridden 5.55 W says so
        SourceEntry cpo = m.sources().stream().filter(s -> s.figure().equals("cpo-bailly-800g.switchPortWatts"))
                .findFirst().orElseThrow();
        assertThat(cpo.value()).isEqualTo("5.55");
        assertThat(cpo.status()).isEqualTo("assumption");
        DataTable t = blocks(m.section("sources").orElseThrow(), DataTable.class).get(0);
        assertThat(t.rows()).hasSize(m.sources().size());
        assertThat(t.rows().get(0).get(2)).isInstanceOf(Double.class);
        // statuses read in both languages
        assertThat(t.rows().get(0).get(4)).isEqualTo(Names.status(m.sources().get(0).status()));
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
                "reliability", "custom", "risks", "sources", "glossary");
        assertThat(num(m.summary().get("cpoMarket2030BillionUsd"))).isEqualTo(9.3);
        assertThat(m.summary()).containsEntry("seed", 7L);
        List<String> keys = new ArrayList<>(m.summary().keySet());
        assertThat(keys.indexOf("cpoMarket2030BillionUsd")).isGreaterThan(keys.indexOf("extraAcceleratorsAtSamePower"))
                .isLessThan(keys.indexOf("asOf"));
        KeyFigures k = blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0);
        assertThat(k.figures()).extracting(KeyFigure::key).contains("cpoMarket2030BillionUsd");
        assertThat(m.sources()).filteredOn(s -> s.figure().equals("market.cagr")).hasSize(1);
    }

    /** The first page stays a handful: each section's takeaways, or its first (lead) figure when it gives none. */
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

    private static Callout callout(ReportModel m, String kind) {
        return blocks(m.section("summary").orElseThrow(), Callout.class).stream().filter(c -> c.kind().equals(kind))
                .findFirst().orElseThrow();
    }

    private static KeyFigure takeaway(ReportModel m, String key) {
        return blocks(m.section("summary").orElseThrow(), KeyFigures.class).get(0).figures().stream()
                .filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** Each takeaway is read against the baseline and the best non-CPO choice, with the engine's numbers. */
    @Test
    void takeawaysAreReadAgainstTheBaselineAndTheBestNonCpoChoice() {
        ReportModel m = ReportFixture.report();
        ArchitectureResult lpo = e.architecture("lpo-800g").orElseThrow();
        // LPO has the lowest network power of the non-CPO architectures of broadcom-32k
        assertThat(e.architectures().stream().filter(a -> !a.kind().isCpo())
                .mapToDouble(ArchitectureResult::networkPowerKw).min().orElseThrow()).isEqualTo(lpo.networkPowerKw());
        KeyFigure network = takeaway(m, "cpoNetworkPowerKw");
        assertThat(network.better()).isEqualTo(KeyFigures.Better.LOWER);
        assertThat(network.references()).extracting(KeyFigures.Reference::role)
                .containsExactly(KeyFigures.Role.BASELINE, KeyFigures.Role.BEST_OTHER);
        assertThat(network.references().get(0).value()).isEqualTo(e.baseline().networkPowerKw());
        assertThat(network.references().get(1).value()).isEqualTo(lpo.networkPowerKw());
        assertThat(network.references().get(1).name()).isEqualTo(Names.architecture(lpo.architecture()));
        // the verdict says where CPO stands against that choice, in both languages
        Text verdict = callout(m, "verdict").text();
        double d = 100 * (network.value() - lpo.networkPowerKw()) / lpo.networkPowerKw();
        assertThat(verdict.en()).contains("ahead on").contains("network power")
                .contains(org.cpolens.model.units.Numbers.readable(Math.abs(d)) + "% vs LPO 800G");
        assertThat(verdict.zhTw()).contains("領先").contains("線性可插拔 LPO 800G").doesNotContain("(").doesNotContain(",");
    }

    /** A section added later (a cost of ownership, say) joins the first page and the verdict by its takeaways alone. */
    @Test
    void aSectionAddedLaterJoinsTheFirstPageByItsTakeaways() {
        KeyFigure tco = new KeyFigure("tcoPerAcceleratorYearUsd", Text.of("Cost of ownership", "總持有成本"), 90, "USD",
                "test data", "computed").against(KeyFigures.Better.LOWER, List.of(
                new KeyFigures.Reference(KeyFigures.Role.BASELINE, Text.of("Base", "基準"), 120),
                new KeyFigures.Reference(KeyFigures.Role.BEST_OTHER, Text.of("Other", "其他"), 100)));
        ReportSection section = new ReportSection() {
            @Override
            public String id() {
                return "tco";
            }

            @Override
            public int order() {
                return 75;
            }

            @Override
            public java.util.Optional<Contribution> build(ReportContext context) {
                return java.util.Optional.of(new Contribution(new Section("tco", Text.of("TCO", "總持有成本"),
                        List.of(Paragraph.of("t", "t"))), List.of(), List.of(), List.of(tco)));
            }
        };
        ReportModel m = ReportFixture.builder(7).add(section).build();
        assertThat(takeaway(m, "tcoPerAcceleratorYearUsd").value()).isEqualTo(90);
        assertThat(num(m.summary().get("tcoPerAcceleratorYearUsd"))).isEqualTo(90);
        assertThat(callout(m, "verdict").text().en()).contains("cost of ownership (−10.00% vs Other)");
        assertThat(m.sectionIds()).containsSubsequence("sensitivity", "tco", "risks");
    }

    @Test
    void theFirstPageCountsStatusesAndTheShareOfAssumptions() {
        ReportModel m = ReportFixture.report();
        DataTable t = blocks(m.section("summary").orElseThrow(), DataTable.class).stream()
                .filter(x -> x.id().equals("figuresByStatus")).findFirst().orElseThrow();
        long total = t.rows().stream().mapToLong(r -> (Long) r.get(1)).sum();
        assertThat(total).isEqualTo(m.sources().size());
        long assumptions = m.sources().stream().filter(x -> x.status().equals("assumption")).count();
        assertThat(takeaway(m, "assumptionSharePercent").value())
                .isCloseTo(100.0 * assumptions / m.sources().size(), within(1e-9));
        @SuppressWarnings("unchecked")
        Map<String, Object> byStatus = (Map<String, Object>) m.summary().get("figuresByStatus");
        assertThat(((Number) byStatus.get("assumption")).longValue()).isEqualTo(assumptions);
        // every input of the appendix travels in summary.json, for the next run to compare against
        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = (Map<String, Object>) m.summary().get("inputs");
        assertThat(num(inputs.get("cpo-bailly-800g.switchPortWatts"))).isEqualTo(5.55);
    }

    @Test
    void asOfIsTheNewestDateTheSourcesCiteNeverTheClock() {
        List<SourceEntry> s = List.of(
                new SourceEntry("a", "1", "", "press release 2024-03", "stated", ""),
                new SourceEntry("b", "1", "", "Broadcom, 2025-10-01", "stated", "a forecast for 2026-2030"),
                new SourceEntry("c", "1", "", "no date", "assumption", "value 12025-11-30x"));
        assertThat(ReportBuilder.asOf(s)).isEqualTo("2025-10-01");
        assertThat(ReportBuilder.asOf(List.of(s.get(2)))).isEmpty();
        ReportModel m = ReportFixture.report();
        assertThat(m.provenance().asOf()).isEqualTo(ReportBuilder.asOf(m.sources()));
        assertThat(m.summary()).containsEntry("asOf", m.provenance().asOf());
    }

    @Test
    void provenanceNamesTheToolVersionCatalogDigestAndSeed() {
        String digest = "ab".repeat(32);
        ReportModel m = ReportFixture.builder(42).catalogDigest(digest).toolVersion("9.9.9").build();
        Text p = callout(m, "provenance").text();
        assertThat(p.en()).contains("abababababab").contains("9.9.9").contains("seed 42");
        assertThat(p.zhTw()).contains("abababababab").contains("亂數種子 42");
        assertThat(m.summary()).containsEntry("catalogDigest", digest).containsEntry("toolVersion", "9.9.9");
    }

    @Test
    void theTopRisksAreThoseWhoseInputMovesTheSavingMost() {
        ReportModel m = ReportFixture.report();
        DataTable t = blocks(m.section("summary").orElseThrow(), DataTable.class).stream()
                .filter(x -> x.id().equals("topRisks")).findFirst().orElseThrow();
        assertThat(t.rows()).hasSize(ReportBuilder.TOP_RISKS);
        // the thermal risk moves the CPO's switch-side watts, the input with the widest swing
        Sensitivity.Result r = Sensitivity.oneAtATime(org.cpolens.model.eval.InterconnectEvaluator.standard(), e,
                "cpo-bailly-800g", SensitivitySection.FRACTION);
        double watts = r.swings().stream().filter(x -> x.architectureId().equals("cpo-bailly-800g")
                && x.figure().equals("switchPortWatts")).findFirst().orElseThrow().widthKw();
        assertThat(((Text) t.rows().get(0).get(0)).en()).isEqualTo("Heat in the package");
        assertThat(num(t.rows().get(0).get(2))).isEqualTo(watts);
        for (int i = 1; i < t.rows().size(); i++) {
            Object prev = t.rows().get(i - 1).get(2);
            Object cur = t.rows().get(i).get(2);
            if (prev != null && cur != null) {
                assertThat(num(cur)).isLessThanOrEqualTo(num(prev));
            }
        }
    }

    /** With an earlier summary.json, the report opens with what changed: the run, the figures, the inputs. */
    @Test
    void anEarlierSummaryGivesWhatChangedSinceTheLastRun() throws Exception {
        ReportModel before = ReportFixture.builder(1).build();
        Map<String, Object> earlier = Json.MAPPER.readValue(before.summaryJson(),
                new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() { });
        ReportModel same = ReportFixture.builder(1).previous(earlier).build();
        assertThat(same.sectionIds()).startsWith("summary", "changes");
        assertThat(blocks(same.section("changes").orElseThrow(), Callout.class)).isNotEmpty();
        assertThat(blocks(same.section("changes").orElseThrow(), DataTable.class)).isEmpty();

        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = new java.util.LinkedHashMap<>((Map<String, Object>) earlier.get("inputs"));
        inputs.put("cpo-bailly-800g.switchPortWatts", 6.5);
        Map<String, Object> edited = new java.util.LinkedHashMap<>(earlier);
        edited.put("inputs", inputs);
        edited.put("seed", 9);
        edited.put("cpoOpticsPowerKw", 400.0);
        ReportModel changed = ReportFixture.builder(1).previous(edited).build();
        List<DataTable> tables = blocks(changed.section("changes").orElseThrow(), DataTable.class);
        DataTable figures = tables.stream().filter(x -> x.id().equals("changedFigures")).findFirst().orElseThrow();
        assertThat(figures.rows()).extracting(r -> r.get(0)).contains("seed", "cpoOpticsPowerKw");
        List<Object> optics = figures.rows().stream().filter(r -> r.get(0).equals("cpoOpticsPowerKw")).findFirst().orElseThrow();
        assertThat(num(optics.get(2))).isEqualTo(400.0);
        assertThat(num(optics.get(3))).isCloseTo(e.architecture("cpo-bailly-800g").orElseThrow().opticsPowerKw(), within(1e-6));
        DataTable in = tables.stream().filter(x -> x.id().equals("changedInputs")).findFirst().orElseThrow();
        assertThat(in.rows()).containsExactly(java.util.Arrays.asList("cpo-bailly-800g.switchPortWatts", 6.5, 5.55));
    }
}
