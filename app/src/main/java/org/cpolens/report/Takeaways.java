package org.cpolens.report;

import static org.cpolens.report.Tables.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;
import org.cpolens.report.KeyFigures.Better;
import org.cpolens.report.KeyFigures.KeyFigure;
import org.cpolens.report.KeyFigures.Reference;
import org.cpolens.report.KeyFigures.Role;

/**
 * The first page: a verdict, the takeaway figures of every section with their deltas against the
 * baseline and the best non-CPO choice (or a published range), the top risks, the share of
 * assumptions and where the numbers come from. Nothing here knows a section: figures arrive as
 * {@link ReportSection.Contribution#takeaways}, so a section added later joins by contributing
 * its own.
 */
final class Takeaways {
    private Takeaways() {
    }

    static Section section(ReportContext context, Evaluation e, ArchitectureResult target, List<KeyFigure> takeaways,
                           List<ReportBuilder.RankedRisk> risks, Map<String, Integer> counts, int total,
                           Provenance provenance) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Callout("verdict", verdict(e, target, takeaways)));
        blocks.add(new KeyFigures(takeaways));
        blocks.add(new Paragraph(cluster(context, e, target)));
        String description = context.run().scenario().description();
        String descriptionZh = context.run().scenario().descriptionZhTw();
        if (!description.isEmpty() || !descriptionZh.isEmpty()) {
            blocks.add(new Paragraph(Text.of(description, descriptionZh.isEmpty() ? description : descriptionZh)));
        }
        blocks.add(risksTable(risks, target));
        blocks.add(statusTable(counts, total));
        blocks.add(new Callout("provenance", provenance(provenance)));
        return new Section("summary", Text.of("Key takeaways", "重點摘要"), blocks);
    }

    // ---- the verdict

    static Text verdict(Evaluation e, ArchitectureResult t, List<KeyFigure> takeaways) {
        ArchitectureResult base = e.baseline();
        Text tName = Names.architecture(t.architecture());
        Text baseName = Names.architecture(base.architecture());
        double saved = base.opticsPowerKw() - t.opticsPowerKw();
        double pct = base.opticsPowerKw() == 0 ? 0 : 100.0 * Math.abs(saved) / base.opticsPowerKw();
        String scenario = e.interconnect().name();
        StringBuilder en = new StringBuilder(fmt("On `%s`, %s uses %s%% %s optics power than %s (%s kW against %s kW).",
                scenario, tName.en(), Numbers.readable(pct), saved >= 0 ? "less" : "more", baseName.en(),
                Tables.display(t.opticsPowerKw(), "en"), Tables.display(base.opticsPowerKw(), "en")));
        StringBuilder zh = new StringBuilder(fmt("在 `%s` 上，%s 的光學功耗比 %s %s %s%%（%s kW 對 %s kW）。",
                scenario, tName.zhTw(), baseName.zhTw(), saved >= 0 ? "少" : "多", Numbers.readable(pct),
                Tables.display(t.opticsPowerKw(), "en"), Tables.display(base.opticsPowerKw(), "en")));
        List<Text> ahead = new ArrayList<>();
        List<Text> behind = new ArrayList<>();
        List<Text> level = new ArrayList<>();
        for (KeyFigure f : takeaways) {
            Optional<Reference> other = reference(f, Role.BEST_OTHER);
            if (other.isEmpty() || f.better() == Better.NONE) {
                continue;
            }
            Reference r = other.get();
            double d = relative(f.value(), r.value());
            Text clause = Text.of(fmt("%s (%s vs %s)", lower(f.label().en()), signed(d, f, r, "en"), r.name().en()),
                    fmt("%s（%s，對比 %s）", f.label().zhTw(), signed(d, f, r, "zh-TW"), r.name().zhTw()));
            if (Math.abs(f.value() - r.value()) <= 1e-9 * Math.max(1, Math.abs(r.value())) || Math.abs(d) < 0.05) {
                level.add(clause);
            } else if ((f.better() == Better.LOWER) == (f.value() < r.value())) {
                ahead.add(clause);
            } else {
                behind.add(clause);
            }
        }
        if (!ahead.isEmpty() || !behind.isEmpty() || !level.isEmpty()) {
            en.append(" Against the best non-CPO choice on each figure, it is");
            zh.append("與各項目最佳的非 CPO 方案相比，它");
            List<String> partsEn = new ArrayList<>();
            List<String> partsZh = new ArrayList<>();
            if (!ahead.isEmpty()) {
                partsEn.add(" ahead on " + join(ahead, "en"));
                partsZh.add("在" + join(ahead, "zh-TW") + "上領先");
            }
            if (!level.isEmpty()) {
                partsEn.add(" level on " + join(level, "en"));
                partsZh.add("在" + join(level, "zh-TW") + "上持平");
            }
            if (!behind.isEmpty()) {
                partsEn.add(" behind on " + join(behind, "en"));
                partsZh.add("在" + join(behind, "zh-TW") + "上落後");
            }
            en.append(String.join(";", partsEn)).append('.');
            zh.append(String.join("；", partsZh)).append('。');
        }
        for (KeyFigure f : takeaways) {
            Optional<Reference> lo = reference(f, Role.RANGE_LOW);
            Optional<Reference> hi = reference(f, Role.RANGE_HIGH);
            if (lo.isEmpty() || hi.isEmpty()) {
                continue;
            }
            double v = f.value();
            String whereEn = v < lo.get().value() ? "below" : v > hi.get().value() ? "above" : "within";
            String whereZh = v < lo.get().value() ? "低於" : v > hi.get().value() ? "高於" : "落在";
            en.append(fmt(" %s: %s, %s the published range of the same scope (%s to %s).", f.label().en(),
                    money(v, f.unit(), "en"), whereEn, money(lo.get().value(), f.unit(), "en"),
                    money(hi.get().value(), f.unit(), "en")));
            zh.append(fmt("%s為 %s，%s同範疇公開預測的區間（%s 至 %s）%s。", f.label().zhTw(), money(v, f.unit(), "zh-TW"),
                    whereZh, money(lo.get().value(), f.unit(), "zh-TW"), money(hi.get().value(), f.unit(), "zh-TW"),
                    whereZh.equals("落在") ? "之內" : ""));
        }
        return Text.of(en.toString(), zh.toString());
    }

    private static String join(List<Text> parts, String lang) {
        List<String> s = parts.stream().map(t -> t.in(lang)).toList();
        if (lang.equals("zh-TW")) {
            return String.join("、", s);
        }
        if (s.size() == 1) {
            return s.get(0);
        }
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }

    static Optional<Reference> reference(KeyFigure f, Role role) {
        return f.references().stream().filter(r -> r.role() == role).findFirst();
    }

    /** (v - ref) / |ref| in percent; NaN when the reference is zero. */
    static double relative(double v, double ref) {
        return ref == 0 ? Double.NaN : 100.0 * (v - ref) / Math.abs(ref);
    }

    /**
     * "−5.4%"; for counts and rates (units "", "1/yr", "1/d") or a zero reference, the difference in
     * the figure's unit ("+143.6 per year"), which reads better than a percentage of a small count.
     */
    private static String signed(double relative, KeyFigure f, Reference r, String lang) {
        if (Double.isNaN(relative) || absolute(f.unit())) {
            double d = f.value() - r.value();
            return (d >= 0 ? "+" : "−") + amount(Math.abs(d), f.unit(), lang);
        }
        return (relative >= 0 ? "+" : "−") + Numbers.readable(Math.abs(relative)) + "%";
    }

    static boolean absolute(String unit) {
        return unit.isEmpty() || unit.startsWith("1/");
    }

    /**
     * Money in sentences: US$168.4M or US$5.0B for English readers, 1.68 億美元 for Chinese ones;
     * other units as {@link #amount}.
     */
    static String money(double v, String unit, String lang) {
        if (!unit.equals("MUSD") && !unit.equals("US$M")) {
            return amount(v, unit, lang);
        }
        if (lang.equals("zh-TW")) {
            return Numbers.readable(Units.hundredMillionsFromMillions(v)) + " 億美元";
        }
        return Math.abs(v) >= 1000 ? "US$" + Numbers.readable(Units.billionsFromMillions(v)) + "B"
                : "US$" + Numbers.readable(v) + "M";
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A value in the reader's unit: "168.4 US$M", "16.8 億美元", "56.01%". */
    static String amount(double v, String unit, String lang) {
        Names.UnitLabel u = Names.unit(unit);
        double shown = v * (lang.equals("zh-TW") ? u.zhScale() : u.enScale());
        String label = u.label().in(lang);
        if (label.isEmpty()) {
            return Tables.display(shown, "en");
        }
        return Tables.display(shown, "en") + (label.equals("%") ? "" : " ") + label;
    }

    // ---- the cluster in one paragraph

    private static Text cluster(ReportContext context, Evaluation e, ArchitectureResult t) {
        ArchitectureResult base = e.baseline();
        double hostShare = t.opticsPowerW() == 0 ? 0 : 100.0 * t.hostOpticsW() / t.opticsPowerW();
        Text sw = Names.switchSystem(e.interconnect().switchSystem());
        Text tName = Names.architecture(t.architecture());
        Text baseName = Names.architecture(base.architecture());
        var c = e.interconnect().cluster();
        String en = fmt("Scenario `%s`: %,d endpoints at %s Gb/s (%,d accelerators) on a %d-tier folded Clos of %,d %s "
                        + "switches. %s replaces the %,d switch-side ends only: the %,d host-side modules stay %s and take "
                        + "%s kW, %s%% of the optics power that remains.",
                e.interconnect().name(), e.fabric().endpoints(), Numbers.plain(c.endpointGbps()), c.accelerators(),
                e.fabric().tierCount(), e.fabric().switchCount(), sw.en(), tName.en(), t.switchSidePorts(),
                t.hostSideModules(), baseName.en(), Tables.display(Units.kilowatts(t.hostOpticsW()), "en"),
                Tables.display(hostShare, "en"));
        String zh = fmt("情境 `%s`：%,d 個 %s Gb/s 端點（%,d 顆加速器），%d 層折疊式 Clos（胖樹）網路，共 %,d 台 %s 交換器。"
                        + "%s 只取代 %,d 個交換器端埠：%,d 個主機端模組仍為 %s，耗電 %s kW，占剩餘光學功耗的 %s%%。",
                e.interconnect().name(), e.fabric().endpoints(), Numbers.plain(c.endpointGbps()), c.accelerators(),
                e.fabric().tierCount(), e.fabric().switchCount(), sw.zhTw(), tName.zhTw(), t.switchSidePorts(),
                t.hostSideModules(), baseName.zhTw(), Tables.display(Units.kilowatts(t.hostOpticsW()), "en"),
                Tables.display(hostShare, "en"));
        return Text.of(en, zh);
    }

    // ---- risks and statuses

    private static DataTable risksTable(List<ReportBuilder.RankedRisk> risks, ArchitectureResult target) {
        List<Column> cols = List.of(
                Column.of("risk", "Risk", "風險", ""),
                Column.of("input", "Model input it moves", "影響的模型輸入", ""),
                Column.of("swingKw", "Swing of the power saving at ±20% of that input", "該輸入 ±20% 時節省功耗的變動幅度", "kW"),
                Column.of("where", "Where to change it", "調整位置", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ReportBuilder.RankedRisk r : risks) {
            rows.add(java.util.Arrays.asList(Text.of(r.risk().titleEn(), r.risk().titleZhTw()),
                    Text.of(r.risk().inputEn(), r.risk().inputZhTw()), r.swingKw(),
                    r.risk().inputPath().replace("[cpo]", "[" + target.id() + "]")));
        }
        return new DataTable("topRisks", Text.of("Top risks: the inputs that move the saving most", "主要風險：最能左右節省幅度的輸入"),
                cols, rows);
    }

    private static DataTable statusTable(Map<String, Integer> counts, int total) {
        List<Column> cols = List.of(
                Column.of("status", "Status", "狀態", ""),
                Column.of("figures", "Figures", "數字個數", ""),
                Column.of("share", "Share", "占比", "%"));
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((word, n) -> {
            if (n > 0) {
                rows.add(List.of(Names.status(word), (long) n, total == 0 ? 0.0 : 100.0 * n / total));
            }
        });
        return new DataTable("figuresByStatus", Text.of(fmt("The %,d figures of the Sources appendix by status", total),
                fmt("資料來源附錄 %,d 個數字的狀態分布", total)), cols, rows);
    }

    private static Text provenance(Provenance p) {
        String asOfEn = p.asOf().isEmpty() ? "no source is dated" : "as of " + p.asOf() + " (the newest date the sources cite)";
        String asOfZh = p.asOf().isEmpty() ? "來源皆未載日期" : "資料截至 " + p.asOf() + "（來源引用的最新日期）";
        String digest = p.catalogDigest().isEmpty() ? "" : p.shortDigest();
        return Text.of(
                String.format(Locale.ROOT, "%s · CPO Lens %s · catalog SHA-256 `%s` · seed %d", capital(asOfEn),
                        p.toolVersion(), digest.isEmpty() ? "not computed" : digest, p.seed()),
                String.format(Locale.ROOT, "%s・CPO Lens %s・資料目錄 SHA-256 `%s`・亂數種子 %d", asOfZh, p.toolVersion(),
                        digest.isEmpty() ? "未計算" : digest, p.seed()));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
