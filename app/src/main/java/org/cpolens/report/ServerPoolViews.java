package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.sim.PeerReference;
import org.cpolens.model.sim.ServerPoolInputs;
import org.cpolens.model.sim.ServerPoolResult;
import org.cpolens.model.sim.ServerPoolRun;

/**
 * Views of a server-pool run ({@code cpolens reliability} on a {@code mode: servers} scenario): the
 * JSON (camelCase keys, a public contract), the summary table, the peer side by side and the inputs
 * with source and status.
 */
public final class ServerPoolViews {
    private record Metric(String key, String en, String zh, String unit, ToDoubleFunction<ServerPoolRun> f) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("trainingHours", "Training hours (wall clock)", "訓練時數（實際時間）", "h", ServerPoolRun::trainingHours),
            new Metric("failures", "Server failures", "伺服器故障次數", "", r -> r.failures()),
            new Metric("systematicFailures", "of which systematic", "其中系統性故障", "", r -> r.systematicFailures()),
            new Metric("ettr", "Effective training time ratio", "有效訓練時間比例", "%", r -> 100 * r.ettr()),
            new Metric("recoveryHours", "Recovery", "恢復時間", "h", ServerPoolRun::recoveryHours),
            new Metric("hostSelections", "Host selections", "主機選擇次數", "", r -> r.hostSelections()),
            new Metric("preemptions", "Spares preempted", "搶占備用伺服器", "", r -> r.preemptions()),
            new Metric("stalls", "Stalls waiting for repairs", "等待維修的停頓", "", r -> r.stalls()),
            new Metric("manualRepairs", "Manual repairs", "人工維修次數", "", r -> r.manualRepairs()),
            new Metric("curedBadServers", "Bad servers cured", "治好的不良伺服器", "", r -> r.curedBadServers()));

    private ServerPoolViews() {
    }

    // ---- JSON

    public static Map<String, Object> json(ServerPoolInputs in, ServerPoolResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", in.scenarioName());
        m.put("mode", "servers");
        m.put("seed", r.seed());
        m.put("replications", r.runs().size());
        m.put("replicationSeeds", List.of(r.seed(), r.seed() + r.runs().size() - 1));
        m.put("jobDays", r.params().jobDays());
        for (Metric x : METRICS) {
            ServerPoolResult.Summary s = r.summary(x.f());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("mean", round(s.mean()));
            e.put("sd", round(s.sd()));
            e.put("ci95", List.of(round(s.lo()), round(s.hi())));
            e.put("min", round(s.min()));
            e.put("max", round(s.max()));
            m.put(x.key(), e);
        }
        in.peer().ifPresent(p -> m.put("peer", peerJson(p, r)));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (ServerPoolRun run : r.runs()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("seed", run.seed());
            x.put("trainingHours", round(run.trainingHours()));
            x.put("failures", run.failures());
            x.put("systematicFailures", run.systematicFailures());
            x.put("hostSelections", run.hostSelections());
            x.put("preemptions", run.preemptions());
            runs.add(x);
        }
        m.put("runs", runs);
        List<Map<String, Object>> inputs = new ArrayList<>();
        in.figures().forEach((k, f) -> inputs.add(figureJson(k, f)));
        m.put("inputs", inputs);
        m.put("modelNotes", in.notes());
        return m;
    }

    private static Map<String, Object> peerJson(PeerReference p, ServerPoolResult r) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("source", p.source());
        x.put("status", p.status().word());
        x.put("trainingHours", meanSd(p.trainingHoursMean(), p.trainingHoursSd()));
        x.put("failures", meanSd(p.failuresMean(), p.failuresSd()));
        x.put("trainingHoursSdsApart", round(r.summary(ServerPoolRun::trainingHours)
                .sdsFrom(p.trainingHoursMean(), p.trainingHoursSd())));
        x.put("failuresSdsApart", round(r.summary(run -> run.failures()).sdsFrom(p.failuresMean(), p.failuresSd())));
        return x;
    }

    private static Map<String, Object> meanSd(double mean, double sd) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("mean", mean);
        x.put("sd", sd);
        return x;
    }

    private static Map<String, Object> figureJson(String key, Figure f) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("figure", "reliability.servers." + key);
        x.put("value", f.value());
        x.put("unit", f.unit());
        x.put("status", f.status().word());
        x.put("source", f.source());
        return x;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    // ---- tables

    public static List<DataTable> tables(ServerPoolInputs in, ServerPoolResult r) {
        List<DataTable> out = new ArrayList<>();
        out.add(summaryTable(in, r));
        in.peer().ifPresent(p -> out.add(peerTable(p, r)));
        out.add(inputsTable(in));
        return out;
    }

    public static DataTable summaryTable(ServerPoolInputs in, ServerPoolResult r) {
        List<Column> cols = List.of(
                Column.of("metric", "Per replication", "每次模擬", ""),
                Column.of("mean", "Mean", "平均", ""),
                Column.of("sd", "SD", "標準差", ""),
                Column.of("lo", "95% CI low", "95% 信賴下限", ""),
                Column.of("hi", "95% CI high", "95% 信賴上限", ""),
                Column.of("min", "Min", "最小", ""),
                Column.of("max", "Max", "最大", ""),
                Column.of("unit", "Unit", "單位", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Metric x : METRICS) {
            ServerPoolResult.Summary s = r.summary(x.f());
            rows.add(List.of(Text.of(x.en(), x.zh()), s.mean(), s.sd(), s.lo(), s.hi(), s.min(), s.max(), x.unit()));
        }
        int n = r.runs().size();
        long last = r.seed() + n - 1;
        String servers = String.format(Locale.ROOT, "%,d", r.params().jobSize());
        String days = Tables.plain(r.params().jobDays());
        return new DataTable("serverPool", Text.of(
                "Server-level reliability, scenario " + in.scenarioName() + ": seed " + r.seed() + " (replication i uses seed "
                        + r.seed() + " + i, seeds " + r.seed() + "-" + last + "), " + n + " replications of a " + days
                        + "-day job on " + servers + " servers",
                "伺服器層級可靠度，情境 " + in.scenarioName() + "：亂數種子 " + r.seed() + "（第 i 次模擬用種子 " + r.seed()
                        + " + i，即 " + r.seed() + "-" + last + "），" + n + " 次模擬，" + servers + " 台伺服器上 " + days
                        + " 天的訓練工作"), cols, rows);
    }

    public static DataTable peerTable(PeerReference p, ServerPoolResult r) {
        List<Column> cols = List.of(
                Column.of("metric", "Metric", "指標", ""),
                Column.of("cpoLens", "CPO Lens mean", "CPO Lens 平均", ""),
                Column.of("cpoLensSd", "CPO Lens SD", "CPO Lens 標準差", ""),
                Column.of("peer", "Peer mean", "同儕平均", ""),
                Column.of("peerSd", "Peer SD", "同儕標準差", ""),
                Column.of("apart", "Difference", "差距", "peer SD"));
        ServerPoolResult.Summary th = r.summary(ServerPoolRun::trainingHours);
        ServerPoolResult.Summary fl = r.summary(run -> run.failures());
        List<List<Object>> rows = List.of(
                List.of(Text.of("Training hours", "訓練時數"), th.mean(), th.sd(), p.trainingHoursMean(), p.trainingHoursSd(),
                        th.sdsFrom(p.trainingHoursMean(), p.trainingHoursSd())),
                List.of(Text.of("Server failures", "伺服器故障次數"), fl.mean(), fl.sd(), p.failuresMean(), p.failuresSd(),
                        fl.sdsFrom(p.failuresMean(), p.failuresSd())));
        return new DataTable("serverPoolPeer", Text.of("Peer side by side: " + p.source() + " [" + p.status().word() + "]",
                "與同儕模擬器並列：" + p.source() + "［" + p.status().word() + "］"), cols, rows);
    }

    public static DataTable inputsTable(ServerPoolInputs in) {
        List<Column> cols = List.of(
                Column.of("figure", "Figure", "項目", ""),
                Column.of("value", "Value", "數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        in.figures().forEach((k, f) -> rows.add(List.of("reliability.servers." + k, Tables.plain(f.value()), f.unit(),
                f.status().word(), f.source())));
        return new DataTable("serverPoolInputs", Text.of("Server-pool inputs with source and status",
                "伺服器池輸入值（含來源與狀態）"), cols, rows);
    }
}
