package org.cpolens.report;

import static org.cpolens.report.Tables.fmt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "What changed since the last run": this run's summary.json against the one already in the
 * output folder, in two tables: the run and its headline figures, then the inputs (the Sources
 * appendix's values) that changed, appeared or went away.
 */
final class Changes {
    /** Keys of summary.json that describe the run rather than measure anything. */
    static final List<String> RUN_KEYS = List.of("scenario", "seed", "baselineArchitecture", "cpoArchitecture", "asOf",
            "toolVersion", "catalogDigest");
    private static final Set<String> NOT_FIGURES = Set.of("figuresByStatus", "inputs");

    private Changes() {
    }

    static Section section(Map<String, Object> before, Map<String, Object> after, Map<String, Text> labels) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(fmt("Against the summary.json already in the output folder (scenario `%s`, seed %s).",
                        before.getOrDefault("scenario", "?"), before.getOrDefault("seed", "?")),
                fmt("與輸出資料夾中既有的 summary.json 比較（情境 `%s`，亂數種子 %s）。",
                        before.getOrDefault("scenario", "?"), before.getOrDefault("seed", "?"))));
        List<List<Object>> figures = new ArrayList<>();
        for (String k : RUN_KEYS) {
            Object a = before.get(k);
            Object b = after.get(k);
            if (!Objects.equals(text(a), text(b))) {
                figures.add(java.util.Arrays.asList(k, labels.getOrDefault(k, runLabel(k)), text(a), text(b), null, null));
            }
        }
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String k : keys) {
            if (RUN_KEYS.contains(k) || NOT_FIGURES.contains(k)) {
                continue;
            }
            Double a = number(before.get(k));
            Double b = number(after.get(k));
            if (Objects.equals(a, b)) {
                continue;
            }
            Double delta = a != null && b != null ? b - a : null;
            Double pct = delta != null && a != 0 ? 100.0 * delta / Math.abs(a) : null;
            figures.add(java.util.Arrays.asList(k, labels.getOrDefault(k, Text.same(k)), a, b, delta, pct));
        }
        List<List<Object>> inputs = new ArrayList<>();
        Map<?, ?> in0 = before.get("inputs") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> in1 = after.get("inputs") instanceof Map<?, ?> m ? m : Map.of();
        Set<Object> ids = new LinkedHashSet<>(in1.keySet());
        ids.addAll(in0.keySet());
        for (Object id : ids) {
            String a = text(in0.get(id));
            String b = text(in1.get(id));
            if (!Objects.equals(a, b)) {
                inputs.add(java.util.Arrays.asList(String.valueOf(id), numberOr(in0.get(id)), numberOr(in1.get(id))));
            }
        }
        if (figures.isEmpty() && inputs.isEmpty()) {
            blocks.add(Callout.of("note", "Nothing changed since the last run: the same inputs give the same headline figures.",
                    "自上次執行以來沒有變動：相同的輸入得到相同的重點數字。"));
        }
        if (!figures.isEmpty()) {
            blocks.add(new DataTable("changedFigures", Text.of("The run and its figures", "執行設定與重點數字"), List.of(
                    Column.of("key", "Key", "鍵名", ""),
                    Column.of("figure", "Figure", "項目", ""),
                    Column.of("before", "Last run", "上次", ""),
                    Column.of("after", "This run", "本次", ""),
                    Column.of("change", "Change", "變動", ""),
                    Column.of("changePercent", "Change", "變動", "%")), figures));
        }
        if (!inputs.isEmpty()) {
            blocks.add(new DataTable("changedInputs", Text.of(fmt("Inputs that changed (%d)", inputs.size()),
                    fmt("變動的輸入（%d 項）", inputs.size())), List.of(
                    Column.of("figure", "Figure", "項目", ""),
                    Column.of("before", "Last run", "上次", ""),
                    Column.of("after", "This run", "本次", "")), inputs));
        }
        return new Section("changes", Text.of("What changed since the last run", "與上次執行的差異"), blocks);
    }

    private static Text runLabel(String k) {
        return switch (k) {
            case "scenario" -> Text.of("Scenario", "情境");
            case "seed" -> Text.of("Seed", "亂數種子");
            case "baselineArchitecture" -> Text.of("Baseline architecture", "基準架構");
            case "cpoArchitecture" -> Text.of("CPO architecture", "CPO 架構");
            case "asOf" -> Text.of("As of", "資料截至");
            case "toolVersion" -> Text.of("CPO Lens version", "CPO Lens 版本");
            case "catalogDigest" -> Text.of("Catalog SHA-256", "資料目錄 SHA-256");
            default -> Text.same(k);
        };
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return org.cpolens.model.units.Numbers.plain(n.doubleValue());
        }
        return String.valueOf(o);
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }

    private static Object numberOr(Object o) {
        return o instanceof Number n ? (Object) n.doubleValue() : o == null ? null : String.valueOf(o);
    }
}
