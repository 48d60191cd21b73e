package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.report.KeyFigures.KeyFigure;

/**
 * Several scenarios' reports side by side: each one's verdict, then one row per takeaway figure
 * (the first page's, in the first scenario's order, then any the others add) with a column per
 * scenario. Each scenario keeps its own full report; this page points to them.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /**
     * @param reports the scenarios' reports, in the order given on the command line
     * @param folders where each full report was written, relative to the comparison page
     */
    public static ReportModel of(List<ReportModel> reports, List<String> folders) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("Each scenario's first-page figures, side by side. Each scenario's full report is in its own "
                        + "folder: " + String.join(", ", folders.stream().map(f -> "`" + f + "/report.html`").toList()) + ".",
                "各情境重點摘要的數字並列比較；各情境的完整報告在各自的資料夾："
                        + String.join("、", folders.stream().map(f -> "`" + f + "/report.html`").toList()) + "。"));
        Map<String, KeyFigure> rows = new LinkedHashMap<>();
        List<Map<String, Double>> values = new ArrayList<>();
        for (ReportModel m : reports) {
            Map<String, Double> v = new LinkedHashMap<>();
            for (KeyFigure f : takeaways(m)) {
                rows.putIfAbsent(f.key(), f);
                v.put(f.key(), f.value());
            }
            values.add(v);
            verdict(m).ifPresent(t -> blocks.add(new Callout("verdict", Text.of(t.en(), t.zhTw()))));
        }
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("figure", "Figure", "項目", ""));
        cols.add(Column.of("unit", "Unit", "單位", ""));
        for (ReportModel m : reports) {
            cols.add(Column.of(m.scenario(), m.scenario(), m.scenario(), ""));
        }
        List<List<Object>> table = new ArrayList<>();
        for (KeyFigure f : rows.values()) {
            List<Object> row = new ArrayList<>();
            row.add(f.label());
            row.add(Names.unit(f.unit()).label());
            for (Map<String, Double> v : values) {
                row.add(v.get(f.key()));
            }
            table.add(row);
        }
        blocks.add(new DataTable("sideBySide", Text.of("Key figures by scenario", "各情境重點數字"), cols, table));
        List<List<Object>> prov = new ArrayList<>();
        for (ReportModel m : reports) {
            prov.add(List.of(m.scenario(), m.provenance().asOf(), m.provenance().toolVersion(), m.provenance().shortDigest(),
                    m.seed()));
        }
        blocks.add(new DataTable("provenance", Text.of("Where the numbers come from", "數字出處"), List.of(
                Column.of("scenario", "Scenario", "情境", ""), Column.of("asOf", "As of", "資料截至", ""),
                Column.of("toolVersion", "CPO Lens", "CPO Lens", ""), Column.of("catalogDigest", "Catalog SHA-256", "資料目錄 SHA-256", ""),
                Column.of("seed", "Seed", "亂數種子", "")), prov));
        Section s = new Section("sideBySide", Text.of("Scenarios side by side", "情境並列比較"), blocks);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenarios", reports.stream().map(ReportModel::scenario).toList());
        ReportModel first = reports.get(0);
        return new ReportModel(String.join(" · ", reports.stream().map(ReportModel::scenario).toList()), first.seed(),
                List.of(s), List.of(), summary, first.provenance(), List.of());
    }

    private static List<KeyFigure> takeaways(ReportModel m) {
        return m.section("summary").map(s -> s.blocks().stream().filter(KeyFigures.class::isInstance)
                .map(KeyFigures.class::cast).flatMap(k -> k.figures().stream()).toList()).orElse(List.of());
    }

    private static java.util.Optional<Text> verdict(ReportModel m) {
        return m.section("summary").flatMap(s -> s.blocks().stream().filter(b -> b instanceof Callout c
                && c.kind().equals("verdict")).map(b -> ((Callout) b).text()).findFirst());
    }
}
