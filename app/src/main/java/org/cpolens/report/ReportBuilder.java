package org.cpolens.report;

import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.report.KeyFigures.KeyFigure;
import static org.cpolens.report.Tables.fmt;

/**
 * Assembles the report of {@code cpolens analyze} from a pipeline run: each {@link ReportSection}
 * builds its part, in the order it declares; the builder adds the executive summary (the
 * interconnect's headline and each section's lead figure) before them and the sources appendix
 * (every section's sources, once each) after them, and collects summary.json.
 *
 * <pre>{@code
 * ReportModel report = ReportBuilder.of(run, catalogs.risks()).build();
 * }</pre>
 */
public final class ReportBuilder {
    /** Every section of the report, whatever stages a run has: each builds only from what it finds. */
    public static final List<ReportSection> STANDARD = List.of(new ComparisonSection(), new WattsSection(),
            new SensitivitySection(), new MarketSection(), new SupplySection(), new SignalsSection(),
            new ReliabilitySection(), new TcoSection(), new RisksSection());

    /** Reading order of the section ids of a full run. */
    public static final List<String> SECTION_ORDER = sectionOrder(STANDARD);

    /** Where a section added with {@link #add(Section, List, List)} goes when its id is not a standard one. */
    private static final int CONTRIBUTED_ORDER = 85;

    private final ReportContext context;
    private final List<ReportSection> sections = new ArrayList<>(STANDARD);

    public ReportBuilder(ReportContext context) {
        this.context = context;
    }

    /** The report of one pipeline run with the risk catalog. */
    public static ReportBuilder of(AnalysisResult run, List<Risk> risks) {
        return new ReportBuilder(new ReportContext(run, risks, InterconnectEvaluator.standard()));
    }

    private static List<String> sectionOrder(List<ReportSection> sections) {
        List<String> ids = new ArrayList<>();
        ids.add("summary");
        sections.stream().sorted(java.util.Comparator.comparingInt(ReportSection::order)).forEach(x -> ids.add(x.id()));
        ids.add("sources");
        return List.copyOf(ids);
    }

    /** Adds a section of the caller's own, placed by its order. */
    public ReportBuilder add(ReportSection section) {
        sections.add(section);
        return this;
    }

    /**
     * Adds a section built elsewhere: placed where the standard section of its id would stand, or
     * just before the risks when its id is not a standard one.
     */
    public ReportBuilder add(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures) {
        int order = STANDARD.stream().filter(x -> x.id().equals(section.id())).mapToInt(ReportSection::order)
                .findFirst().orElse(CONTRIBUTED_ORDER);
        ReportSection.Contribution c = new ReportSection.Contribution(section, sources, keyFigures);
        return add(new ReportSection() {
            @Override
            public String id() {
                return section.id();
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Contribution> build(ReportContext ignored) {
                return Optional.of(c);
            }
        });
    }

    public ReportModel build() {
        Evaluation evaluation = context.evaluation();
        long seed = context.run().seed();
        ArchitectureResult target = target(evaluation);
        List<ReportSection> inOrder = new ArrayList<>(sections);
        inOrder.sort(java.util.Comparator.comparingInt(ReportSection::order));
        List<Section> built = new ArrayList<>();
        List<SourceEntry> contributedSources = new ArrayList<>();
        List<KeyFigure> figures = new ArrayList<>(headline(evaluation));
        List<KeyFigure> executive = new ArrayList<>(headline(evaluation));
        Set<String> ids = new LinkedHashSet<>(List.of("summary", "sources"));
        Set<String> keys = new LinkedHashSet<>();
        figures.forEach(f -> keys.add(f.key()));
        for (ReportSection rs : inOrder) {
            Optional<ReportSection.Contribution> c = rs.build(context);
            if (c.isEmpty()) {
                continue;
            }
            Section section = c.get().section();
            if (!ids.add(section.id())) {
                throw new IllegalArgumentException("the report already has a section '" + section.id() + "'");
            }
            built.add(section);
            contributedSources.addAll(c.get().sources());
            for (KeyFigure f : c.get().keyFigures()) {
                if (!keys.add(f.key())) {
                    throw new IllegalArgumentException("key figure '" + f.key() + "' is contributed twice");
                }
                figures.add(f);
            }
            if (!c.get().keyFigures().isEmpty()) {
                executive.add(c.get().keyFigures().get(0));
            }
        }
        List<SourceEntry> sources = sources(evaluation, contributedSources);
        List<Section> ordered = new ArrayList<>();
        ordered.add(summary(evaluation, executive, target));
        ordered.addAll(built);
        ordered.add(sourcesSection(sources));

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenario", evaluation.interconnect().name());
        summary.put("seed", seed);
        summary.put("baselineArchitecture", evaluation.baseline().id());
        summary.put("cpoArchitecture", target.id());
        for (KeyFigure f : figures) {
            summary.put(f.key(), jsonNumber(f.value()));
        }
        return new ReportModel(evaluation.interconnect().name(), seed, ordered, sources, summary);
    }

    /**
     * The interconnect's headline as JSON: the first keys of summary.json and the {@code headline}
     * of the dashboard's {@code /api/compare}, so both show the same numbers.
     */
    public static Map<String, Object> headlineJson(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baselineArchitecture", e.baseline().id());
        m.put("cpoArchitecture", target(e).id());
        for (KeyFigure f : headline(e)) {
            m.put(f.key(), jsonNumber(f.value()));
        }
        return m;
    }

    /**
     * Whole numbers (counts) as JSON integers, others rounded to 6 decimals and written in plain
     * notation (never 1.68E8), so the bytes are stable and any JSON reader takes them.
     */
    static Object jsonNumber(double v) {
        return Numbers.json(v);
    }

    // ---- headline

    /** The architecture the report sets against the baseline: the first CPO, else the last listed. */
    public static ArchitectureResult target(Evaluation e) {
        return e.studied();
    }

    /**
     * The interconnect's headline figures: what summary.json, the executive summary and the
     * dashboard show. Savings are of optics power (switch power before optics is the same for both).
     */
    public static List<KeyFigure> headline(Evaluation e) {
        ArchitectureResult base = e.baseline();
        ArchitectureResult t = target(e);
        OpticsArchitecture baseArch = base.architecture();
        OpticsArchitecture tArch = t.architecture();
        double saved = base.opticsPowerKw() - t.opticsPowerKw();
        double percent = base.opticsPowerKw() == 0 ? 0 : 100.0 * saved / base.opticsPowerKw();
        List<KeyFigure> out = new ArrayList<>();
        out.add(new KeyFigure("baselineOpticsPowerKw",
                Text.of("Optics power, " + base.id(), "光學功耗(" + base.id() + ")"), base.opticsPowerKw(), "kW",
                fmt("%,d modules x %s W: %s", base.opticalModules(), Numbers.plain(baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()),
                        baseArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source()), "computed"));
        out.add(new KeyFigure("cpoOpticsPowerKw",
                Text.of("Optics power, " + t.id(), "光學功耗(" + t.id() + ")"), t.opticsPowerKw(), "kW",
                fmt("%,d switch-side ports x %s W: %s; %,d host-side modules stay %s", t.switchSidePorts(),
                        Numbers.plain(tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).value()), tArch.figure(ArchitectureFigure.SWITCH_PORT_WATTS).source(), t.hostSideModules(),
                        base.id()), "computed"));
        out.add(new KeyFigure("opticsPowerSavedKw", Text.of("Optics power saved", "節省的光學功耗"), saved, "kW",
                "model output: the two figures above", "computed"));
        out.add(new KeyFigure("opticsPowerSavedPercent", Text.of("Share of optics power saved", "光學功耗節省比例"), percent, "%",
                "model output: saved / baseline optics power", "computed"));
        if (t.extraAcceleratorsAtSamePower() >= 0) {
            out.add(new KeyFigure("extraAcceleratorsAtSamePower",
                    Text.of("Extra accelerators the saved power feeds", "省下電力可多供電的加速器"),
                    t.extraAcceleratorsAtSamePower(), "",
                    fmt("model output: saved network power / %s W per accelerator (scenario %s)",
                            Numbers.plain(e.interconnect().cluster().wattsPerAccelerator()), e.interconnect().name()), "computed"));
        }
        return out;
    }

    private static Section summary(Evaluation e, List<KeyFigure> figures, ArchitectureResult t) {
        ArchitectureResult base = e.baseline();
        double hostShare = t.opticsPowerKw() == 0 ? 0 : 100.0 * t.hostOpticsW() / t.opticsPowerW();
        String en = fmt("Scenario %s: %,d endpoints at %s Gb/s (%,d accelerators) on a %d-tier folded Clos of %,d %s "
                        + "switches. With %s the optics take %s kW; with %s, %s kW. %s replaces the %,d switch-side ends "
                        + "only: the %,d host-side modules stay %s and take %s kW, %s%% of what remains.",
                e.interconnect().name(), e.fabric().endpoints(), Numbers.plain(e.interconnect().cluster().endpointGbps()),
                e.interconnect().cluster().accelerators(), e.fabric().tierCount(), e.fabric().switchCount(),
                e.interconnect().switchSystem().id(), base.id(), Tables.display(base.opticsPowerKw(), "en"), t.id(),
                Tables.display(t.opticsPowerKw(), "en"), t.id(), t.switchSidePorts(), t.hostSideModules(), base.id(),
                Tables.display(Units.kilowatts(t.hostOpticsW()), "en"), Tables.display(hostShare, "en"));
        String zh = fmt("情境 %s:%,d 個 %s Gb/s 端點(%,d 顆加速器),%d 層 folded Clos,共 %,d 台 %s 交換器。"
                        + "採用 %s 時光學功耗為 %s kW;採用 %s 時為 %s kW。%s 只取代 %,d 個交換器端埠:"
                        + "%,d 個主機端模組仍為 %s,耗電 %s kW,占剩餘光學功耗的 %s%%。",
                e.interconnect().name(), e.fabric().endpoints(), Numbers.plain(e.interconnect().cluster().endpointGbps()),
                e.interconnect().cluster().accelerators(), e.fabric().tierCount(), e.fabric().switchCount(),
                e.interconnect().switchSystem().id(), base.id(), Tables.display(base.opticsPowerKw(), "en"), t.id(),
                Tables.display(t.opticsPowerKw(), "en"), t.id(), t.switchSidePorts(), t.hostSideModules(), base.id(),
                Tables.display(Units.kilowatts(t.hostOpticsW()), "en"), Tables.display(hostShare, "en"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new KeyFigures(figures));
        blocks.add(Paragraph.of(en, zh));
        if (!e.interconnect().description().isEmpty()) {
            blocks.add(new Paragraph(Text.same(e.interconnect().description())));
        }
        return new Section("summary", Text.of("Executive summary", "重點摘要"), blocks);
    }

    // ---- sources

    private static List<SourceEntry> sources(Evaluation evaluation, List<SourceEntry> contributedSources) {
        List<SourceEntry> out = new ArrayList<>();
        var sw = evaluation.interconnect().switchSystem();
        InterconnectViews.figuresOf(sw).forEach((k, f) -> out.add(entry(sw.id() + "." + k, f)));
        var ic = evaluation.interconnect();
        List<OpticsArchitecture> used = new ArrayList<>(ic.architectures());
        ic.nic().ifPresent(used::add);
        ic.scaleUp().ifPresent(su -> used.add(su.architecture()));
        Set<String> listed = new java.util.HashSet<>();
        for (OpticsArchitecture a : used) {
            if (listed.add(a.id())) {
                InterconnectViews.figuresOf(a).forEach((k, f) -> out.add(entry(a.id() + "." + k, f)));
            }
        }
        out.add(entry("faceplateWidthMm", ic.faceplateWidthMm()));
        var c = ic.cluster();
        if (c.hasAcceleratorPower()) {
            out.add(new SourceEntry("cluster.wattsPerAccelerator", Tables.plain(c.wattsPerAccelerator()), "W",
                    "scenario " + evaluation.interconnect().name(), "assumption",
                    "set in the scenario file; see its comments"));
        }
        Set<SourceEntry> seen = new LinkedHashSet<>(out);
        for (SourceEntry s : contributedSources) {
            if (seen.add(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static SourceEntry entry(String name, Figure f) {
        return new SourceEntry(name, Tables.plain(f.value()), f.unit(), f.source(), f.status().word(), f.note());
    }

    private static Section sourcesSection(List<SourceEntry> sources) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("note", "Note", "備註", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceEntry s : sources) {
            rows.add(java.util.Arrays.asList(s.figure(), numberOrText(s.value()), s.unit(), s.source(), s.status(),
                    s.note()));
        }
        return new Section("sources", Text.of("Sources", "資料來源"), List.of(
                Paragraph.of("Every figure this report used, with its source and status (stated, secondary, "
                                + "reconstructed, assumption). Assumptions are modelling choices without a source: override them.",
                        "本報告用到的每個數字及其來源與狀態(stated 原文陳述、secondary 二手、reconstructed 推算、"
                                + "assumption 假設)。假設值沒有來源,請依需要覆寫。"),
                new DataTable("sources", Text.of("Sources appendix", "資料來源附錄"), cols, rows)));
    }

    /** A figure's value as a number when it reads as one, so the XLSX cell is numeric. */
    static Object numberOrText(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.trim()).doubleValue();
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
