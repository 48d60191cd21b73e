package org.cpolens.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.ArchitectureKind;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.ForecastScope;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.tco.TcoFactor;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.units.Numbers;

/**
 * What readers see instead of ids: short display names of architectures and switches, status
 * words and units in both languages. Ids stay the keys of JSON, CSV and the Sources appendix;
 * charts, cards and table cells for people use these names.
 */
public final class Names {
    private Names() {
    }

    // ---- architectures

    /**
     * A short name: the family and port speed, plus what tells it apart from its family's other
     * members (the id's middle: "cpo-bailly-800g" is "CPO 800G, Bailly").
     */
    public static Text architecture(OpticsArchitecture a) {
        return architecture(a.id(), a.kind(), a.portGbps());
    }

    /** The same from an id and a kind alone, the port speed read off the id's "-800g" end when it has one. */
    public static Text architecture(String id, ArchitectureKind kind) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d+)g$").matcher(id);
        if (!m.find()) {
            return Text.same(id);
        }
        return architecture(id, kind, Double.parseDouble(m.group(1)));
    }

    static Text architecture(String id, ArchitectureKind kind, double portGbps) {
        String speed = speed(portGbps);
        String en = familyEn(kind) + " " + speed;
        String zh = familyZh(kind) + " " + speed;
        Optional<Text> q = qualifier(id, kind, portGbps);
        if (q.isPresent()) {
            en += ", " + q.get().en();
            zh += "（" + q.get().zhTw() + "）";
        }
        return Text.of(en, zh);
    }

    private static String familyEn(ArchitectureKind k) {
        return switch (k) {
            case PLUGGABLE -> "DSP pluggable";
            case LPO -> "LPO";
            case LRO -> "LRO";
            case OBO -> "OBO";
            case NPO -> "NPO";
            case CPO -> "CPO";
        };
    }

    private static String familyZh(ArchitectureKind k) {
        return switch (k) {
            case PLUGGABLE -> "DSP 可插拔";
            case LPO -> "線性可插拔 LPO";
            case LRO -> "線性接收 LRO";
            case OBO -> "板載光學 OBO";
            case NPO -> "近封裝 NPO";
            case CPO -> "共同封裝 CPO";
        };
    }

    /** 800 -> 800G, 1600 -> 1.6T. */
    static String speed(double gbps) {
        if (gbps >= 1000) {
            return Numbers.plain(gbps / 1000) + "T";
        }
        return Numbers.plain(gbps) + "G";
    }

    /** Known qualifiers in both languages; others read the same in both. */
    private static final Map<String, Text> QUALIFIERS = Map.of(
            "bailly", Text.of("Bailly", "Bailly"),
            "embedded-laser", Text.of("embedded lasers", "內嵌雷射"),
            "nvidia-photonics", Text.of("NVIDIA Photonics", "輝達 Photonics"),
            "external-laser", Text.of("external lasers", "外部雷射"),
            "dsp", Text.of("", ""));

    private static Optional<Text> qualifier(String id, ArchitectureKind kind, double portGbps) {
        String s = id.toLowerCase(Locale.ROOT);
        String suffix = "-" + Numbers.plain(portGbps) + "g";
        if (s.endsWith(suffix)) {
            s = s.substring(0, s.length() - suffix.length());
        }
        for (String prefix : new String[] {kind.word() + "-", "pluggable-"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        if (s.equals(kind.word()) || s.isEmpty()) {
            return Optional.empty();
        }
        Text known = QUALIFIERS.get(s);
        if (known != null) {
            return known.en().isEmpty() ? Optional.empty() : Optional.of(known);
        }
        return Optional.of(Text.same(s.replace('-', ' ')));
    }

    /**
     * A switch system: the product name (its catalog name up to the first comma, a proper name in
     * both languages) with its ports, e.g. "Broadcom Tomahawk 5 (64 x 800G)", "…（64 埠 × 800G）".
     */
    public static Text switchSystem(SwitchSystem s) {
        String product = s.name() == null || s.name().isBlank() ? s.id() : s.name();
        int comma = product.indexOf(',');
        if (comma > 0) {
            product = product.substring(0, comma);
        }
        product = product.replaceAll("(?i)\\s+switch$", "").trim();
        return Text.of(product + " (" + s.radix() + " x " + speed(s.portGbps()) + ")",
                product + "（" + s.radix() + " 埠 × " + speed(s.portGbps()) + "）");
    }

    /** "architecture.figure" of the Sources appendix as a name, when the id is an architecture figure. */
    public static Optional<Text> figure(String id, Map<String, OpticsArchitecture> architectures) {
        int dot = id.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        OpticsArchitecture a = architectures.get(id.substring(0, dot));
        Optional<ArchitectureFigure> f = ArchitectureFigure.fromKey(id.substring(dot + 1));
        if (a == null || f.isEmpty()) {
            return Optional.empty();
        }
        Text n = architecture(a);
        return Optional.of(Text.of(n.en() + ": " + lower(f.get().en()), n.zhTw() + "：" + f.get().zhTw()));
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- statuses

    /** Status words as the report prints them; "computed" is model output. */
    public static Text status(String word) {
        if (word == null || word.isEmpty()) {
            return Text.same("");
        }
        if (word.contains("/")) { // a row with several figures: "stated/reconstructed/-"
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (String part : word.split("/", -1)) {
                if (en.length() > 0) {
                    en.append(" / ");
                    zh.append("／");
                }
                Text t = part.equals("-") ? Text.same("–") : status(part);
                en.append(t.en());
                zh.append(t.zhTw());
            }
            return Text.of(en.toString(), zh.toString());
        }
        return switch (word) {
            case "stated" -> Text.of("stated", "陳述");
            case "secondary" -> Text.of("secondary", "二手");
            case "reconstructed" -> Text.of("reconstructed", "推算");
            case "assumption" -> Text.of("assumption", "假設");
            case "fitted" -> Text.of("fitted", "擬合");
            case "not-found" -> Text.of("not found", "查無");
            case "computed" -> Text.of("computed", "模型計算");
            default -> Text.same(word);
        };
    }

    /** The status words a Sources appendix can hold, in the order the report counts them. */
    public static final java.util.List<String> STATUS_ORDER = java.util.List.of("stated", "secondary", "reconstructed",
            "fitted", "assumption", "not-found", "computed");

    // ---- units

    /**
     * How a unit reads for each reader, and the factor a value takes to be shown in it: money in
     * US$M for everyone, Taiwan revenue in NT$M for English readers and 億元 for Chinese readers.
     *
     * @param enScale factor from the stored unit to the English display unit
     * @param zhScale factor from the stored unit to the Chinese display unit
     */
    public record UnitLabel(Text label, double enScale, double zhScale) {
        static UnitLabel same(String en, String zh) {
            return new UnitLabel(Text.of(en, zh), 1, 1);
        }
    }

    private static final Map<String, UnitLabel> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("MUSD", UnitLabel.same("US$M", "百萬美元"));
        UNITS.put("US$M", UnitLabel.same("US$M", "百萬美元"));
        UNITS.put("US$B", new UnitLabel(Text.of("US$B", "億美元"), 1, org.cpolens.model.units.Units.hundredMillionsFromBillions(1)));
        UNITS.put("BUSD", new UnitLabel(Text.of("US$B", "億美元"), 1, org.cpolens.model.units.Units.hundredMillionsFromBillions(1)));
        UNITS.put("USD", UnitLabel.same("US$", "美元"));
        UNITS.put("USD/port", UnitLabel.same("US$/port", "美元／埠"));
        UNITS.put("TWD", UnitLabel.same("NT$", "新台幣元"));
        UNITS.put("TWD/USD", UnitLabel.same("NT$ per US$", "新台幣／美元"));
        UNITS.put("thousand NT$", new UnitLabel(Text.of("NT$M", "億元"),
                org.cpolens.model.units.Units.millionsFromThousands(1),
                org.cpolens.model.units.Units.hundredMillionsFromThousands(1)));
        UNITS.put("ports", UnitLabel.same("ports", "埠"));
        UNITS.put("lasers", UnitLabel.same("lasers", "顆雷射"));
        UNITS.put("lasers/wafer", UnitLabel.same("lasers per wafer", "顆雷射／晶圓"));
        UNITS.put("FAUs", UnitLabel.same("FAUs", "個 FAU"));
        UNITS.put("accelerators", UnitLabel.same("accelerators", "顆加速器"));
        UNITS.put("clusters", UnitLabel.same("clusters", "個叢集"));
        UNITS.put("share", UnitLabel.same("share", "比例"));
        UNITS.put("probability", UnitLabel.same("probability", "機率"));
        UNITS.put("year", UnitLabel.same("year", "年"));
        UNITS.put("years", UnitLabel.same("years", "年"));
        UNITS.put("per doubling", UnitLabel.same("per doubling", "每倍增"));
        UNITS.put("1/d", UnitLabel.same("per day", "次／日"));
        UNITS.put("1/yr", UnitLabel.same("per year", "次／年"));
        // a rate of money per year (a discount rate), not a count of events
        UNITS.put("/yr", UnitLabel.same("a year", "／年"));
        UNITS.put("h/yr", UnitLabel.same("h per year", "小時／年"));
        UNITS.put("GPU-h", UnitLabel.same("GPU-h", "GPU 小時"));
        UNITS.put("d", UnitLabel.same("days", "天"));
        UNITS.put("h", UnitLabel.same("h", "小時"));
        UNITS.put("min", UnitLabel.same("min", "分鐘"));
        UNITS.put("m", UnitLabel.same("m", "公尺"));
        UNITS.put("mm", UnitLabel.same("mm", "毫米"));
        UNITS.put("x", UnitLabel.same("x", "倍"));
        UNITS.put("M", UnitLabel.same("M", "百萬"));
        UNITS.put("ASICs", UnitLabel.same("ASICs", "顆 ASIC"));
        UNITS.put("PICs", UnitLabel.same("PICs", "顆光子晶片"));
        UNITS.put("wafers", UnitLabel.same("wafers", "片晶圓"));
        UNITS.put("connectors", UnitLabel.same("connectors", "個連接器"));
        UNITS.put("sockets", UnitLabel.same("sockets", "個插座"));
        UNITS.put("packages", UnitLabel.same("packages", "個封裝"));
        UNITS.put("engines", UnitLabel.same("engines", "個光引擎"));
        UNITS.put("modules", UnitLabel.same("modules", "個模組"));
        UNITS.put("switches", UnitLabel.same("switches", "台交換器"));
        UNITS.put("assemblies", UnitLabel.same("assemblies", "套組裝"));
        UNITS.put("FIT per Gb/s", UnitLabel.same("FIT per Gb/s", "FIT／(Gb/s)"));
        UNITS.put("links", UnitLabel.same("links", "條鏈路"));
        UNITS.put("M packages", UnitLabel.same("M packages", "百萬顆封裝"));
        UNITS.put("figures", UnitLabel.same("figures", "項"));
        UNITS.put("forecasts", UnitLabel.same("forecasts", "項預測"));
        UNITS.put("weight", UnitLabel.same("weight", "權重"));
        UNITS.put("yr", UnitLabel.same("years", "年"));
        UNITS.put("USD/yr", UnitLabel.same("US$ per year", "美元／年"));
        UNITS.put("USD/h", UnitLabel.same("US$ per hour", "美元／小時"));
        UNITS.put("USD/kWh", UnitLabel.same("US$ per kWh", "美元／千瓦時"));
        UNITS.put("USD/Gbps", UnitLabel.same("US$ per Gb/s", "美元／（Gb/s）"));
        UNITS.put("USD/(Tb/s)", UnitLabel.same("US$ per Tb/s", "美元／（Tb/s）"));
        UNITS.put("USD/module", UnitLabel.same("US$ per module", "美元／模組"));
        UNITS.put("USD/(accelerator yr)", UnitLabel.same("US$ per accelerator-year", "美元／（加速器·年）"));
    }

    private static final java.util.regex.Pattern TRIANGULAR = java.util.regex.Pattern.compile("^(\\S+) \\(triangular (.+)\\)$");

    /** The display of {@code unit}; units not listed (kW, W, pJ/bit, Gb/s, ns, %, FIT, RU) read the same. */
    public static UnitLabel unit(String unit) {
        if (unit == null || unit.isEmpty()) {
            return UnitLabel.same("", "");
        }
        UnitLabel u = UNITS.get(unit);
        if (u != null) {
            return u;
        }
        if (unit.startsWith("per ")) { // "per engines": a demand basis
            String what = unit.substring(4);
            return UnitLabel.same(unit, "每" + switch (what) {
                case "engines" -> "光學引擎";
                case "hostModules" -> "主機端模組";
                case "laserModules" -> "外部雷射模組";
                case "lasers" -> "雷射";
                case "switchPorts" -> "交換器端埠";
                case "switches" -> "交換器";
                default -> " " + what;
            });
        }
        java.util.regex.Matcher spread = TRIANGULAR.matcher(unit);
        if (spread.matches()) { // a Monte Carlo spread: "x (triangular 0.8 / 1.0 / 1.3)", "years (triangular ...)"
            return UnitLabel.same(unit, unit(spread.group(1)).label().zhTw() + "（三角分布 " + spread.group(2) + "）");
        }
        return UnitLabel.same(unit, unit);
    }

    // ---- cost model inputs

    /**
     * The cost model's inputs and uncertain factors by their catalog keys ("electricityUsdPerKwh",
     * "failureRates"), as readers see them: the keys stay in JSON, CSV and the Sources appendix.
     */
    public static Map<String, Text> tcoInputs() {
        Map<String, Text> m = new LinkedHashMap<>();
        for (TcoInput i : TcoInput.values()) {
            m.put(i.key(), Text.of(i.en(), i.zhTw()));
        }
        for (TcoFactor f : TcoFactor.values()) {
            m.put(f.key(), Text.of(f.en(), f.zhTw()));
        }
        return m;
    }

    // ---- forecast scopes

    /** The dollars a forecast counts, short: 光引擎, 光學 (engines and laser modules), 系統. */
    public static String scopeZh(ValueScope v) {
        return switch (v) {
            case ENGINES -> "光引擎";
            case OPTICS -> "光學";
            case SYSTEM -> "系統";
        };
    }

    /** An optical layer, short: 交換器端, 網卡端, 縱向擴展. */
    public static String layerZh(OpticsLayer l) {
        return switch (l) {
            case SWITCH -> "交換器端";
            case NIC -> "網卡端";
            case SCALE_UP -> "縱向擴展";
        };
    }

    /** The layers a forecast counts, "交換器端＋網卡端＋縱向擴展". */
    public static String layersZh(ForecastScope s) {
        StringBuilder sb = new StringBuilder();
        for (OpticsLayer l : OpticsLayer.values()) {
            if (s.covers(l)) {
                sb.append(sb.length() == 0 ? "" : "＋").append(layerZh(l));
            }
        }
        return sb.toString();
    }

    /** A published forecast's name with its case in Chinese: "Morgan Stanley（基本情境）". */
    public static Text forecast(String name) {
        return Text.of(name, word(name).orElse(name));
    }

    /**
     * A forecast's scope as the Sources appendix writes it ("optics; switch+nic+scaleUp; NPO"), in
     * Chinese ("光學；交換器端＋網卡端＋縱向擴展；NPO"); empty when {@code en} is not one.
     */
    static Optional<String> scopeWords(String en) {
        String[] parts = en.split("; ", -1);
        Optional<ValueScope> value = java.util.Arrays.stream(ValueScope.values()).filter(v -> v.word().equals(parts[0]))
                .findFirst();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder zh = new StringBuilder(scopeZh(value.get()));
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("NPO")) {
                zh.append("；NPO");
                continue;
            }
            StringBuilder layers = new StringBuilder();
            for (String w : parts[i].split("\\+", -1)) {
                Optional<OpticsLayer> l = java.util.Arrays.stream(OpticsLayer.values()).filter(x -> x.word().equals(w))
                        .findFirst();
                if (l.isEmpty()) {
                    return Optional.empty();
                }
                layers.append(layers.length() == 0 ? "" : "＋").append(layerZh(l.get()));
            }
            zh.append("；").append(layers);
        }
        return Optional.of(zh.toString());
    }

    // ---- words

    /** Short words other sections put in cells as they are (kinds, roles, series names): their Chinese. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("low", "低值"), Map.entry("high", "高值"), Map.entry("base", "基準"),
            Map.entry("p10", "P10"), Map.entry("p50", "P50"), Map.entry("p90", "P90"),
            Map.entry("qualified", "合格"), Map.entry("candidate", "候選"), Map.entry("sole qualified supplier", "唯一合格供應商"),
            Map.entry("product", "產品"), Map.entry("conference", "研討會"), Map.entry("financial", "財務"),
            Map.entry("order", "訂單"), Map.entry("standard", "標準"),
            Map.entry("data-center", "資料中心"), Map.entry("siph", "矽光子"), Map.entry("none imported", "尚未匯入"),
            Map.entry("CPO market", "CPO 市場"), Map.entry("CPO ports per year", "CPO 每年埠數"),
            Map.entry("NPO+CPO ports per year", "NPO+CPO 每年埠數"), Map.entry("optical", "光纖"), Map.entry("copper", "銅纜"),
            Map.entry("yes", "是"), Map.entry("no", "否"), Map.entry("true", "是"), Map.entry("false", "否"),
            Map.entry("upstream", "上游"), Map.entry("midstream", "中游"), Map.entry("downstream", "下游"),
            Map.entry("start", "起點"), Map.entry("step", "變動"), Map.entry("subtotal", "小計"),
            Map.entry("forecast", "預測"), Map.entry("none", "無"),
            Map.entry("simulated", "故障模擬"), Map.entry("analytic", "解析式"));

    /** Qualifiers of published forecasts' names: "Morgan Stanley (bull case)" reads "Morgan Stanley（樂觀情境）". */
    private static final Map<String, String> CASES = Map.of(
            "base case", "基本情境", "bull case", "樂觀情境", "bear case", "悲觀情境",
            "earlier forecast, ports", "較早預測，埠數", "earlier forecast", "較早預測");

    private static final java.util.regex.Pattern NAME_CASE = java.util.regex.Pattern.compile("^(.+) \\(([^()]+)\\)$");
    private static final java.util.regex.Pattern PER = java.util.regex.Pattern.compile("^([0-9.]+) per (\\w+)$");

    /**
     * The Chinese of a short English cell or series name another section writes as it is, when
     * there is one: known words, a publisher's name with its case ("Morgan Stanley (bull case)"),
     * a demand basis ("1 per engines").
     */
    public static Optional<String> word(String en) {
        if (en == null || en.isEmpty()) {
            return Optional.empty();
        }
        String w = WORDS.get(en);
        if (w != null) {
            return Optional.of(w);
        }
        java.util.regex.Matcher m = NAME_CASE.matcher(en);
        if (m.matches() && CASES.containsKey(m.group(2))) {
            return Optional.of(m.group(1) + "（" + CASES.get(m.group(2)) + "）");
        }
        Optional<String> scope = scopeWords(en);
        if (scope.isPresent()) {
            return scope;
        }
        java.util.regex.Matcher per = PER.matcher(en);
        if (per.matches()) {
            String basis = unit("per " + per.group(2)).label().zhTw();
            if (!basis.equals("per " + per.group(2))) {
                return Optional.of(basis + " " + per.group(1));
            }
        }
        return Optional.empty();
    }
}
