package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpolens.model.market.AdoptionFit;
import org.cpolens.model.market.FabricDemand;
import org.cpolens.model.market.MarketInputs;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.Reconciliation;
import org.cpolens.model.market.SensitivityRow;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.market.YearResult;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.units.Units;

/**
 * Views of a market run: the JSON of {@code cpolens market} (its camelCase field names are a public
 * contract), the tables behind the terminal, CSV and XLSX, and the report section with its charts.
 */
public final class MarketViews {
    private MarketViews() {
    }

    // ---- JSON

    public static Map<String, Object> marketJson(MarketResult r) {
        MarketInputs in = r.inputs();
        FabricDemand d = in.demand();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", r.seed());
        m.put("trials", r.trials());
        m.put("scenario", in.scenarioName());
        m.put("architecture", d.architectureId());
        Map<String, Object> fabric = new LinkedHashMap<>();
        fabric.put("accelerators", d.accelerators());
        fabric.put("switchSidePorts", d.switchSidePorts());
        fabric.put("portGbps", d.portGbps());
        fabric.put("portsPerAccelerator", round(d.portsPerAccelerator()));
        fabric.put("lasersPerPort", round(d.lasersPerPort()));
        fabric.put("portsPerLaserModule", round(d.portsPerLaserModule()));
        fabric.put("enginesPerPort", round(d.enginesPerPort()));
        m.put("fabric", fabric);
        Map<String, Object> adoption = new LinkedHashMap<>();
        adoption.put("model", in.adoption().model());
        adoption.put("parameters", rounded(in.adoption().parameters()));
        if (in.adoptionFit() != null) {
            adoption.put("fit", fitJson(in.adoptionFit()));
        }
        m.put("adoption", adoption);
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("model", in.price().model());
        price.put("parameters", rounded(in.price().parameters()));
        m.put("price", price);
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearResult y : r.years()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("year", y.year());
            o.put("deployments", round(y.deployments()));
            o.put("adoptionShare", round(y.adoptionShare()));
            o.put("aspUsdPerPort", round(y.aspUsdPerPort()));
            o.put("aspUsdPerGbps", round(y.aspUsdPerPort() / d.portGbps()));
            Map<String, Object> td = new LinkedHashMap<>();
            y.topDown().forEach((k, v) -> td.put(k, round(v)));
            o.put("topDown", td);
            Map<String, Object> tdp = new LinkedHashMap<>();
            y.topDownPorts().forEach((k, v) -> tdp.put(k, round(v)));
            o.put("topDownPorts", tdp);
            Map<String, Object> bu = new LinkedHashMap<>();
            bu.put("ports", round(y.ports()));
            bu.put("lasers", round(y.lasers()));
            bu.put("engines", round(y.engines()));
            bu.put("laserSourceModules", round(y.laserSourceModules()));
            bu.put("faus", round(y.faus()));
            bu.put("epiWafers", round(y.epiWafers()));
            bu.put("revenueUsd", round(y.revenueUsd()));
            o.put("bottomUp", bu);
            o.put("p10", round(y.p10()));
            o.put("p50", round(y.p50()));
            o.put("p90", round(y.p90()));
            o.put("portsP10", round(y.portsP10()));
            o.put("portsP50", round(y.portsP50()));
            o.put("portsP90", round(y.portsP90()));
            years.add(o);
        }
        m.put("years", years);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (TopDownSource s : in.sources()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("metric", s.metric().word());
            o.put("scope", s.scope());
            o.put("fromYear", s.fromYear());
            o.put("fromValue", round(s.fromValue()));
            o.put("toYear", s.toYear());
            o.put("toValue", round(s.toValue()));
            o.put("cagr", round(s.cagr()));
            o.put("source", s.source());
            o.put("status", s.status().word());
            sources.add(o);
        }
        m.put("sources", sources);
        List<Map<String, Object>> rec = new ArrayList<>();
        for (Reconciliation c : r.reconciliation()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sourceId", c.sourceId());
            o.put("metric", c.metric().word());
            o.put("scope", c.scope());
            o.put("year", c.year());
            o.put("topDownRevenueUsd", round(c.topDownRevenueUsd()));
            o.put("bottomUpRevenueUsd", round(c.bottomUpRevenueUsd()));
            o.put("ratio", round(c.ratio()));
            o.put("aspUsdPerPort", round(c.aspUsdPerPort()));
            o.put("impliedPorts", round(c.impliedPorts()));
            o.put("bottomUpPorts", round(c.bottomUpPorts()));
            o.put("impliedCpoAccelerators", round(c.impliedCpoAccelerators()));
            o.put("impliedShare", round(c.impliedShare()));
            o.put("bottomUpShare", round(c.bottomUpShare()));
            o.put("impliedDeployments", round(c.impliedDeployments()));
            o.put("bottomUpDeployments", round(c.bottomUpDeployments()));
            o.put("impliedPortsPerAccelerator", round(c.impliedPortsPerAccelerator()));
            o.put("fabricPortsPerAccelerator", round(c.fabricPortsPerAccelerator()));
            rec.add(o);
        }
        m.put("reconciliation", rec);
        List<Map<String, Object>> sens = new ArrayList<>();
        for (SensitivityRow s : r.sensitivity()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("input", s.input());
            o.put("year", r.focusYear());
            o.put("lowInput", round(s.lowInput()));
            o.put("highInput", round(s.highInput()));
            o.put("lowRevenueUsd", round(s.lowRevenueUsd()));
            o.put("highRevenueUsd", round(s.highRevenueUsd()));
            o.put("baseRevenueUsd", round(s.baseRevenueUsd()));
            sens.add(o);
        }
        m.put("sensitivity", sens);
        return m;
    }

    private static Map<String, Object> fitJson(AdoptionFit f) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Map<String, Object>> pts = new ArrayList<>();
        int[] years = f.years();
        double[] obs = f.observed();
        double[] fit = f.fitted();
        double[] res = f.residuals();
        for (int i = 0; i < years.length; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("year", years[i]);
            p.put("observed", round(obs[i]));
            p.put("fitted", round(fit[i]));
            p.put("residual", round(res[i]));
            pts.add(p);
        }
        o.put("points", pts);
        o.put("rms", round(f.rms()));
        o.put("iterations", f.iterations());
        return o;
    }

    private static Map<String, Object> rounded(Map<String, Double> m) {
        Map<String, Object> o = new LinkedHashMap<>();
        m.forEach((k, v) -> o.put(k, round(v)));
        return o;
    }

    /** Rounded as every JSON output rounds ({@link Numbers#round6}); NaN (no value) is written as null. */
    static double round(double v) {
        return Numbers.round6(v);
    }

    // ---- tables

    /** The tornado's base: the same revenue on every row, so the bars split at it. */
    static double[] baseLine(double base, int rows) {
        double[] b = new double[rows];
        java.util.Arrays.fill(b, base);
        return b;
    }

    public static List<DataTable> tables(MarketResult r) {
        List<DataTable> out = new ArrayList<>();
        out.add(yearsTable(r));
        out.add(topDownTable(r));
        out.add(reconciliationTable(r));
        out.add(sensitivityTable(r));
        if (r.inputs().adoptionFit() != null) {
            out.add(fitTable(r.inputs().adoptionFit()));
        }
        return out;
    }

    public static DataTable yearsTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("deployments", "Accelerators deployed", "加速器部署", ""),
                Column.of("adoptionShare", "CPO share", "CPO 滲透率", "%"),
                Column.of("ports", "CPO ports", "CPO 埠", ""),
                Column.of("engines", "Optical engines", "光引擎", ""),
                Column.of("lasers", "Lasers", "雷射", ""),
                Column.of("laserSourceModules", "Laser source modules", "外部雷射模組", ""),
                Column.of("faus", "FAUs", "光纖陣列 (FAU)", ""),
                Column.of("epiWafers", "InP epi wafers", "InP 磊晶片", ""),
                Column.of("aspUsdPerPort", "ASP per port", "每埠均價", "USD"),
                Column.of("revenueMusd", "Bottom-up revenue", "由下而上營收", "MUSD"),
                Column.of("p10Musd", "P10", "P10", "MUSD"),
                Column.of("p50Musd", "P50", "P50", "MUSD"),
                Column.of("p90Musd", "P90", "P90", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (YearResult y : r.years()) {
            rows.add(List.of(String.valueOf(y.year()), Math.round(y.deployments()), y.adoptionShare() * 100, Math.round(y.ports()),
                    Math.round(y.engines()), Math.round(y.lasers()), Math.round(y.laserSourceModules()),
                    Math.round(y.faus()), Math.round(y.epiWafers()), y.aspUsdPerPort(),
                    Units.millionsUsd(y.revenueUsd()), Units.millionsUsd(y.p10()), Units.millionsUsd(y.p50()),
                    Units.millionsUsd(y.p90())));
        }
        FabricDemand d = r.inputs().demand();
        String en = String.format(Locale.ROOT,
                "Bottom-up CPO demand, scenario %s (%s, %.4g switch-side ports per accelerator from the fabric); "
                        + "Monte Carlo seed %d, %,d trials", r.inputs().scenarioName(), d.architectureId(),
                d.portsPerAccelerator(), r.seed(), r.trials());
        String zh = String.format(Locale.ROOT,
                "由下而上 CPO 需求，情境 %s（%s，由網路拓撲得每顆加速器 %.4g 個交換器端光埠）；蒙地卡羅種子 %d，%,d 次試驗",
                r.inputs().scenarioName(), d.architectureId(), d.portsPerAccelerator(), r.seed(), r.trials());
        return new DataTable("marketYears", Text.of(en, zh), cols, rows);
    }

    public static DataTable topDownTable(MarketResult r) {
        List<Column> cols = new ArrayList<>(List.of(
                Column.of("source", "Source", "來源", ""),
                Column.of("scope", "Scope", "範圍", ""),
                Column.of("metric", "Metric", "指標", ""),
                Column.of("cagr", "CAGR", "年複合成長率", "%"),
                Column.of("status", "Status", "狀態", "")));
        for (YearResult y : r.years()) {
            cols.add(Column.of("y" + y.year(), String.valueOf(y.year()), String.valueOf(y.year()), "M"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (TopDownSource s : r.inputs().sources()) {
            List<Object> row = new ArrayList<>();
            row.add(s.name());
            row.add(s.scope());
            row.add(s.metric() == Metric.PORTS ? Text.of("ports", "埠") : Text.of("US$", "美元"));
            row.add(Double.isNaN(s.cagr()) ? null : s.cagr() * 100);
            row.add(s.status().word());
            for (YearResult y : r.years()) {
                double v = s.valueAt(y.year());
                row.add(Double.isNaN(v) ? null : v / 1e6);
            }
            rows.add(row);
        }
        List<Object> bu = new ArrayList<>(List.of(Text.of("Bottom-up (this model)", "由下而上（本模型）"),
                r.inputs().demand().architectureId(), Text.of("US$", "美元"), "", "computed"));
        bu.set(3, null);
        for (YearResult y : r.years()) {
            bu.add(Units.millionsUsd(y.revenueUsd()));
        }
        rows.add(bu);
        return new DataTable("marketTopDown", Text.of("Top-down forecasts by source (millions of US$ or ports)",
                "各來源由上而下預測（百萬美元或百萬埠）"), cols, rows);
    }

    public static DataTable reconciliationTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("source", "Source", "來源", ""),
                Column.of("year", "Year", "年", ""),
                Column.of("topDownMusd", "Top-down", "由上而下", "MUSD"),
                Column.of("bottomUpMusd", "Bottom-up", "由下而上", "MUSD"),
                Column.of("ratio", "Ratio", "倍數", "x"),
                Column.of("impliedPorts", "Implied CPO ports", "隱含 CPO 埠", ""),
                Column.of("bottomUpPorts", "Bottom-up ports", "由下而上埠", ""),
                Column.of("impliedShare", "Implied share at bottom-up GPUs", "在由下而上 GPU 量下的隱含滲透率", "%"),
                Column.of("impliedDeployments", "Implied accelerators at bottom-up share", "在由下而上滲透率下的隱含加速器", ""),
                Column.of("impliedPortsPerAccelerator", "Implied ports per accelerator", "隱含每顆加速器埠數", ""),
                Column.of("fabricPortsPerAccelerator", "Fabric ports per accelerator", "網路拓撲每顆加速器埠數", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Reconciliation c : r.reconciliation()) {
            List<Object> row = new ArrayList<>();
            row.add(c.sourceName());
            row.add(String.valueOf(c.year()));
            row.add(Units.millionsUsd(c.topDownRevenueUsd()));
            row.add(Units.millionsUsd(c.bottomUpRevenueUsd()));
            row.add(nan(c.ratio()));
            row.add(Math.round(c.impliedPorts()));
            row.add(Math.round(c.bottomUpPorts()));
            row.add(nan(c.impliedShare() * 100));
            row.add(Double.isNaN(c.impliedDeployments()) ? null : (Object) Math.round(c.impliedDeployments()));
            row.add(nan(c.impliedPortsPerAccelerator()));
            row.add(c.fabricPortsPerAccelerator());
            rows.add(row);
        }
        return new DataTable("marketReconciliation", Text.of(
                "What must you believe: each forecast as units at the bottom-up price and fabric",
                "預測隱含的前提：以由下而上價格與網路拓撲換算各預測隱含的數量"), cols, rows);
    }

    public static DataTable sensitivityTable(MarketResult r) {
        List<Column> cols = List.of(
                Column.of("input", "Input", "輸入", ""),
                Column.of("lowInput", "Low", "低值", ""),
                Column.of("highInput", "High", "高值", ""),
                Column.of("lowMusd", "Revenue at low", "低值營收", "MUSD"),
                Column.of("highMusd", "Revenue at high", "高值營收", "MUSD"),
                Column.of("baseMusd", "Base revenue", "基準營收", "MUSD"));
        List<List<Object>> rows = new ArrayList<>();
        for (SensitivityRow s : r.sensitivity()) {
            rows.add(List.of(inputLabel(s.input(), r.inputs()), s.lowInput(), s.highInput(),
                    Units.millionsUsd(s.lowRevenueUsd()), Units.millionsUsd(s.highRevenueUsd()),
                    Units.millionsUsd(s.baseRevenueUsd())));
        }
        return new DataTable("marketSensitivity", Text.of(
                "Sensitivity of " + r.focusYear() + " bottom-up revenue, one input at a time (multipliers; delay in years)",
                r.focusYear() + " 年由下而上營收敏感度，一次變動一項輸入（倍數；延遲為年）"), cols, rows);
    }

    public static DataTable fitTable(AdoptionFit f) {
        List<Column> cols = List.of(
                Column.of("year", "Year", "年", ""),
                Column.of("observed", "Given share", "給定滲透率", "%"),
                Column.of("fitted", "Fitted share", "擬合滲透率", "%"),
                Column.of("residual", "Residual", "殘差", "pp"));
        List<List<Object>> rows = new ArrayList<>();
        int[] years = f.years();
        for (int i = 0; i < years.length; i++) {
            rows.add(List.of(String.valueOf(years[i]), f.observed()[i] * 100, f.fitted()[i] * 100, f.residuals()[i] * 100));
        }
        StringBuilder params = new StringBuilder();
        f.curve().parameters().forEach((k, v) -> params.append(params.length() == 0 ? "" : ", ").append(k).append(" = ")
                .append(String.format(Locale.ROOT, "%.6g", v)));
        String rms = String.format(Locale.ROOT, "%.3g", f.rms() * 100);
        return new DataTable("marketAdoptionFit", Text.of(
                "Adoption fit (" + f.curve().model() + ", least squares): " + params + "; RMS residual " + rms + " pp",
                "滲透曲線擬合（" + f.curve().model() + "，最小平方法）：" + params + "；殘差均方根 " + rms + " 個百分點"),
                cols, rows);
    }

    private static Object nan(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Text inputLabel(String id, MarketInputs in) {
        return switch (id) {
            case "adoptionP" -> in.adoption().model().equals("bass") ? Text.of("Adoption p (innovation)", "採用係數 p（創新）")
                    : Text.of("Adoption (unused by this curve)", "採用係數 p（此曲線未使用）");
            case "adoptionQ" -> in.adoption().model().equals("bass") ? Text.of("Adoption q (imitation)", "採用係數 q（模仿）")
                    : Text.of("Adoption growth rate", "採用成長率");
            case "asp" -> Text.of("ASP per port", "每埠均價");
            case "learningRate" -> in.price().model().equals("wright") ? Text.of("Learning rate", "學習率")
                    : Text.of("Annual price decline", "年降價幅度");
            case "deployments" -> Text.of("Accelerator deployments", "加速器部署量");
            case "riskDelay" -> Text.of("Adoption delay (all risks, years)", "採用延遲（全部風險，年）");
            default -> Text.same(id);
        };
    }
}
