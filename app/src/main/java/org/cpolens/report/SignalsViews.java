package org.cpolens.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cpolens.model.signals.CompanyCoverage;
import org.cpolens.model.signals.CompanySignal;
import org.cpolens.model.signals.EventWindow;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.Inflection;
import org.cpolens.model.signals.MonthlySignal;
import org.cpolens.model.signals.SignalsReport;

/**
 * Views of the revenue signals: the momentum ranking, a company's monthly history, the events log,
 * the report section and its sources. JSON field names are camelCase and stable.
 */
public final class SignalsViews {
    /** Said wherever revenue is missing: the project ships no revenue, the user imports the official files. */
    public static final Text HOW_TO_IMPORT = Text.of(
            "No monthly revenue is imported yet, and CPO Lens ships none. Download the monthly revenue table "
                    + "(CSV from MOPS, or JSON from the TWSE t187ap05_L / TPEx mopsfin_t187ap05_O OpenAPI) and run "
                    + "'cpolens revenue import FILE...', or run 'cpolens revenue fetch' when online; then run "
                    + "'cpolens signals' or the report again.",
            "尚未匯入任何月營收資料，CPO Lens 本身不附帶營收數字。請下載每月營業收入彙總表（公開資訊觀測站 CSV，或證交所 "
                    + "t187ap05_L／櫃買中心 mopsfin_t187ap05_O OpenAPI 的 JSON），執行 'cpolens revenue import 檔案...'，"
                    + "或於連網時執行 'cpolens revenue fetch'；之後再執行 'cpolens signals' 或重新產生報告。");

    public static final String UNIT = "thousand NT$";

    private SignalsViews() {
    }

    // ---- tables

    public static DataTable rankingTable(SignalsReport r) {
        List<Column> cols = List.of(
                Column.of("rank", "Rank", "排名", ""),
                Column.of("code", "Code", "代號", ""),
                Column.of("name", "Company", "公司", ""),
                Column.of("month", "Latest month", "最新月份", ""),
                Column.of("revenue", "Revenue", "營收", UNIT),
                Column.of("mom", "MoM", "月增率", "%"),
                Column.of("yoy", "YoY", "年增率", "%"),
                Column.of("ytdYoy", "YTD YoY", "累計年增率", "%"),
                Column.of("yoy3m", "3-month YoY", "近三月年增率", "%"),
                Column.of("flags", "Inflections", "轉折訊號", ""),
                Column.of("gaps", "Missing months", "缺漏月份", ""),
                Column.of("events", "Events", "事件", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (CompanySignal c : r.companies()) {
            MonthlySignal l = c.latest();
            List<Object> row = new ArrayList<>();
            row.add(c.hasData() ? (Object) c.rank() : null);
            row.add(c.code());
            row.add(c.hasData() ? c.name() : Text.of("(no revenue imported)", "（尚未匯入營收）"));
            row.add(l == null ? null : l.month().toString());
            row.add(l == null ? null : (Object) l.revenueThousandNtd());
            row.add(l == null ? null : l.mom());
            row.add(l == null ? null : l.yoy());
            row.add(l == null ? null : l.ytdYoy());
            row.add(l == null ? null : l.yoy3m());
            row.add(flags(c.inflections()));
            row.add(c.gaps().isEmpty() ? null : Text.same(months(c.gaps())));
            row.add(Text.of(c.events().stream().map(e -> e.date() + " " + e.kind().word()).collect(Collectors.joining("; ")),
                    c.events().stream().map(e -> e.date() + " " + e.kind().word()).collect(Collectors.joining("；"))));
            rows.add(row);
        }
        String asOf = r.asOf() == null ? "" : ", as of " + r.asOf() + " (latest month due: " + r.rankingMonth() + ")";
        String asOfZh = r.asOf() == null ? "" : "，資料截至 " + r.asOf() + "（最近應申報月份：" + r.rankingMonth() + "）";
        String jf = r.combineJanFeb() ? "; January and February YoY combined" : "";
        String jfZh = r.combineJanFeb() ? "；一、二月年增率合併計算" : "";
        return new DataTable("signals", Text.of(
                "Revenue momentum: " + r.watchlist().nameEn() + " (ranked by 3-month YoY; percentages recomputed from the filed amounts"
                        + jf + ")" + asOf,
                "營收動能：" + r.watchlist().nameZhTw() + "（依近三月年增率排名；百分比由申報金額重新計算" + jfZh + "）" + asOfZh),
                cols, rows);
    }

    static String months(List<YearMonth> ms) {
        return ms.stream().map(YearMonth::toString).collect(Collectors.joining(" "));
    }

    /**
     * Said under the ranking when it rests on months that are missing: a missing month is never
     * taken as zero, so the companies concerned are ranked on what is there, and the reader is told.
     */
    public static Text incompleteNote(SignalsReport r) {
        List<CompanySignal> inc = r.incomplete();
        if (inc.isEmpty()) {
            return null;
        }
        String list = inc.stream().map(c -> c.code() + " (" + months(c.gaps()) + ")").collect(Collectors.joining(", "));
        String listZh = inc.stream().map(c -> c.code() + "（" + months(c.gaps()) + "）").collect(Collectors.joining("、"));
        return Text.of("Note: this ranking rests on incomplete months. Missing past the filing deadline: " + list
                        + ". A missing month is never counted as zero: growth that needs it is left blank, and a company "
                        + "whose latest month is missing is ranked on an older month. Run 'cpolens revenue coverage'.",
                "注意：此排名所依據的月份不完整。已逾申報期限而缺漏者：" + listZh
                        + "。缺漏月份絕不以零計算：需要該月的成長率留白，最新月份缺漏的公司以較早月份排名。請執行 'cpolens revenue coverage'。");
    }

    /** Per company: months present, not yet due, missing, over the range looked at. */
    public static DataTable coverageTable(List<CompanyCoverage> cs) {
        List<Column> cols = List.of(
                Column.of("code", "Code", "代號", ""),
                Column.of("name", "Company", "公司", ""),
                Column.of("from", "From", "起", ""),
                Column.of("to", "To", "迄", ""),
                Column.of("present", "Present", "已申報", "months"),
                Column.of("notYetDue", "Not yet due", "尚未到期", "months"),
                Column.of("missing", "Missing", "缺漏", "months"),
                Column.of("missingMonths", "Which are missing", "缺漏月份", ""),
                Column.of("notYetDueMonths", "Which are not yet due", "尚未到期月份", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (CompanyCoverage c : cs) {
            List<Object> row = new ArrayList<>();
            row.add(c.code());
            row.add(c.name().isEmpty() ? Text.of("(no revenue imported)", "（尚未匯入營收）") : c.name());
            row.add(c.from().toString());
            row.add(c.to().toString());
            row.add(c.present().size());
            row.add(c.notYetDue().size());
            row.add(c.missing().size());
            row.add(c.missing().isEmpty() ? null : months(c.missing()));
            row.add(c.notYetDue().isEmpty() ? null : months(c.notYetDue()));
            rows.add(row);
        }
        long incomplete = cs.stream().filter(c -> !c.complete()).count();
        return new DataTable("coverage", Text.of("Revenue coverage per company: " + incomplete + " of " + cs.size()
                        + " companies miss months past the filing deadline (the 10th of the next month)",
                "各公司營收資料完整度：" + cs.size() + " 家中有 " + incomplete + " 家缺少已逾申報期限（次月十日）的月份"), cols, rows);
    }

    /** Each company's YoY around each dated event; missing months are blank, never zero. */
    public static DataTable eventStudyTable(List<EventWindow> ws, int months) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("date", "Event date", "事件日期", ""));
        cols.add(Column.of("ticker", "Event company", "事件公司", ""));
        cols.add(Column.of("kind", "Kind", "類型", ""));
        cols.add(Column.of("code", "Code", "代號", ""));
        cols.add(Column.of("name", "Company", "公司", ""));
        for (int k = -months; k <= months; k++) {
            String label = k == 0 ? "m0" : (k < 0 ? "m" + k : "m+" + k);
            cols.add(Column.of("yoy" + (k < 0 ? "Minus" + (-k) : k == 0 ? "0" : "Plus" + k), "YoY " + label,
                    "年增率 " + label, "%"));
        }
        cols.add(Column.of("before", "Mean YoY before", "事件前平均年增率", "%"));
        cols.add(Column.of("after", "Mean YoY after", "事件後平均年增率", "%"));
        cols.add(Column.of("change", "Change", "變化", "pp"));
        List<List<Object>> rows = new ArrayList<>();
        for (EventWindow w : ws) {
            List<Object> row = new ArrayList<>();
            row.add(w.event().date());
            row.add(w.event().ticker());
            row.add(w.event().kind().word());
            row.add(w.code());
            row.add(w.name());
            row.addAll(w.yoy());
            row.add(w.before());
            row.add(w.after());
            row.add(w.change());
            rows.add(row);
        }
        return new DataTable("eventStudy", Text.of("Event study: YoY " + months + " months before and after each event's "
                        + "month (m0); what happened around an event, not proof that it caused it (the events log below "
                        + "says what each event is)",
                "事件研究：各事件月份（m0）前後 " + months + " 個月的年增率；呈現事件前後的變化，並非因果證明（事件內容見事件紀錄）"), cols, rows);
    }

    public static List<Map<String, Object>> eventStudyJson(List<EventWindow> ws) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventWindow w : ws) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("event", eventJson(w.event()));
            m.put("code", w.code());
            m.put("name", w.name());
            m.put("months", w.months());
            m.put("yoy", w.yoy());
            m.put("before", w.before());
            m.put("after", w.after());
            m.put("change", w.change());
            out.add(m);
        }
        return out;
    }

    public static Map<String, Object> coverageJson(CompanyCoverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("from", c.from().toString());
        m.put("to", c.to().toString());
        m.put("present", c.present().size());
        m.put("notYetDue", c.notYetDue().stream().map(YearMonth::toString).toList());
        m.put("missing", c.missing().stream().map(YearMonth::toString).toList());
        return m;
    }

    /**
     * The table with every text cell that a spreadsheet would run as a formula (starting with =, +,
     * -, @, a tab or a carriage return) prefixed with an apostrophe, which spreadsheets show as text.
     * Number cells stay numbers, so a negative growth is still a number.
     */
    public static DataTable spreadsheetSafe(DataTable t) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Object> out = new ArrayList<>(r.size());
            for (Object v : r) {
                if (v instanceof String s) {
                    out.add(safeCell(s));
                } else if (v instanceof Text x) {
                    out.add(Text.of(safeCell(x.en()), safeCell(x.zhTw())));
                } else {
                    out.add(v);
                }
            }
            rows.add(out);
        }
        return new DataTable(t.id(), t.title(), t.columns(), rows);
    }

    static String safeCell(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    static Text flags(List<Inflection> flags) {
        return Text.of(flags.stream().map(Inflection::en).collect(Collectors.joining("; ")),
                flags.stream().map(Inflection::zhTw).collect(Collectors.joining("；")));
    }

    /** One company's months, oldest first. */
    public static DataTable historyTable(String code, String name, List<MonthlySignal> months) {
        List<Column> cols = List.of(
                Column.of("month", "Month", "月份", ""),
                Column.of("revenue", "Revenue", "營收", UNIT),
                Column.of("mom", "MoM", "月增率", "%"),
                Column.of("yoy", "YoY", "年增率", "%"),
                Column.of("ytdYoy", "YTD YoY", "累計年增率", "%"),
                Column.of("yoy3m", "3-month YoY", "近三月年增率", "%"));
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlySignal m : months) {
            List<Object> row = new ArrayList<>();
            row.add(m.month().toString());
            row.add(m.revenueThousandNtd());
            row.add(m.mom());
            row.add(m.yoy());
            row.add(m.ytdYoy());
            row.add(m.yoy3m());
            rows.add(row);
        }
        return new DataTable("revenue-" + code, Text.of(code + " " + name + ": monthly revenue (growth recomputed from the filed amounts)",
                code + " " + name + "：月營收（成長率由申報金額重新計算）"), cols, rows);
    }

    public static DataTable eventsTable(List<Event> events) {
        List<Column> cols = List.of(
                Column.of("date", "Date", "日期", ""),
                Column.of("ticker", "Company", "公司", ""),
                Column.of("kind", "Kind", "類型", ""),
                Column.of("event", "Event", "事件", ""),
                Column.of("status", "Status", "狀態", ""),
                Column.of("source", "Source", "來源", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Event e : events) {
            rows.add(List.of(e.date(), e.ticker(), e.kind().word(), Text.of(e.textEn(), e.textZhTw()),
                    e.status().word(), e.source()));
        }
        return new DataTable("events", Text.of("Events log", "事件紀錄"), cols, rows);
    }

    // ---- JSON

    public static Map<String, Object> signalsJson(SignalsReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("watchlist", r.watchlist().id());
        m.put("watchlistSource", r.watchlist().source());
        m.put("unit", UNIT);
        m.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        m.put("rankingMonth", r.rankingMonth() == null ? null : r.rankingMonth().toString());
        m.put("combineJanFeb", r.combineJanFeb());
        m.put("hasData", r.hasData());
        m.put("incomplete", !r.incomplete().isEmpty());
        if (!r.hasData()) {
            m.put("howToImport", HOW_TO_IMPORT.en());
        }
        List<Map<String, Object>> companies = new ArrayList<>();
        for (CompanySignal c : r.companies()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rank", c.hasData() ? c.rank() : null);
            x.put("code", c.code());
            x.put("name", c.name());
            x.put("latest", c.latest() == null ? null : monthJson(c.latest()));
            x.put("momentum", c.momentum());
            x.put("inflections", c.inflections().stream().map(Inflection::word).toList());
            x.put("gaps", c.gaps().stream().map(YearMonth::toString).toList());
            x.put("events", c.events().stream().map(SignalsViews::eventJson).toList());
            companies.add(x);
        }
        m.put("companies", companies);
        m.put("events", r.events().stream().map(SignalsViews::eventJson).toList());
        return m;
    }

    public static Map<String, Object> monthJson(MonthlySignal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", s.month().toString());
        m.put("revenueThousandNtd", s.revenueThousandNtd());
        m.put("mom", s.mom());
        m.put("yoy", s.yoy());
        m.put("ytdYoy", s.ytdYoy());
        m.put("yoy3m", s.yoy3m());
        return m;
    }

    public static Map<String, Object> eventJson(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date());
        m.put("ticker", e.ticker());
        m.put("kind", e.kind().word());
        m.put("textEn", e.textEn());
        m.put("textZhTw", e.textZhTw());
        m.put("source", e.source());
        m.put("status", e.status().word());
        return m;
    }

    // ---- report

    /**
     * The "signals" section: with revenue, the ranking and per company a revenue LINE chart and a
     * YoY LINE chart (months without a value are NaN gaps); without, a paragraph saying how to
     * import. The events log table comes last either way.
     */
    public static Section section(SignalsReport r) {
        List<Block> blocks = new ArrayList<>();
        if (!r.hasData()) {
            blocks.add(new Paragraph(HOW_TO_IMPORT));
        } else {
            blocks.add(Paragraph.of(
                    "Monthly revenue of the " + r.watchlist().nameEn() + " watchlist, as filed on MOPS (thousand NT$). "
                            + "MoM, YoY, year-to-date and 3-month moving YoY are recomputed from the filed amounts; "
                            + "companies are ranked by 3-month YoY. Watchlist source: " + r.watchlist().source() + ".",
                    r.watchlist().nameZhTw() + "觀察名單的月營收，取自公開資訊觀測站申報（單位：千元新台幣）。月增率、年增率、"
                            + "累計年增率與近三月年增率皆由申報金額重新計算；依近三月年增率排名。名單來源：" + r.watchlist().source() + "。"));
            blocks.add(rankingTable(r));
            Text note = incompleteNote(r);
            if (note != null) {
                blocks.add(new Paragraph(note));
            }
            for (CompanySignal c : r.companies()) {
                if (c.hasData()) {
                    blocks.add(revenueChart(c));
                    blocks.add(growthChart(c));
                }
            }
        }
        blocks.add(eventsTable(r.events()));
        return new Section("signals", Text.of("Revenue signals", "營收訊號"), blocks);
    }

    /** Months from the company's first to last stored month, with no gaps, so lines keep calendar spacing. */
    static List<YearMonth> months(CompanySignal c) {
        List<YearMonth> out = new ArrayList<>();
        YearMonth first = c.history().get(0).month();
        YearMonth last = c.history().get(c.history().size() - 1).month();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    static Chart revenueChart(CompanySignal c) {
        List<YearMonth> months = months(c);
        Map<YearMonth, MonthlySignal> by = byMonth(c);
        double[] revenue = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            MonthlySignal s = by.get(months.get(i));
            revenue[i] = s == null ? Double.NaN : s.revenueThousandNtd();
        }
        return new Chart("revenue-" + c.code(), Text.of(c.code() + " " + c.name() + ": monthly revenue" + eventsNote(c, true),
                c.code() + " " + c.name() + "：月營收" + eventsNote(c, false)), ChartKind.LINE, categories(months),
                List.of(new Series(Text.of("Revenue", "營收"), revenue, "")), Text.of("Revenue", "營收"), UNIT);
    }

    static Chart growthChart(CompanySignal c) {
        List<YearMonth> months = months(c);
        Map<YearMonth, MonthlySignal> by = byMonth(c);
        double[] yoy = new double[months.size()];
        double[] yoy3m = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            MonthlySignal s = by.get(months.get(i));
            yoy[i] = s == null || s.yoy() == null ? Double.NaN : s.yoy();
            yoy3m[i] = s == null || s.yoy3m() == null ? Double.NaN : s.yoy3m();
        }
        return new Chart("yoy-" + c.code(), Text.of(c.code() + " " + c.name() + ": YoY growth",
                c.code() + " " + c.name() + "：年增率"), ChartKind.LINE, categories(months),
                List.of(new Series(Text.of("YoY", "年增率"), yoy, ""),
                        new Series(Text.of("3-month YoY", "近三月年增率"), yoy3m, "")),
                Text.of("YoY", "年增率"), "%");
    }

    private static String eventsNote(CompanySignal c, boolean en) {
        if (c.events().isEmpty()) {
            return "";
        }
        String list = c.events().stream().map(e -> e.date() + " " + e.kind().word()).collect(Collectors.joining(", "));
        return en ? " (events: " + list + ")" : "（事件：" + list + "）";
    }

    private static Map<YearMonth, MonthlySignal> byMonth(CompanySignal c) {
        Map<YearMonth, MonthlySignal> m = new LinkedHashMap<>();
        for (MonthlySignal s : c.history()) {
            m.put(s.month(), s);
        }
        return m;
    }

    private static List<Text> categories(List<YearMonth> months) {
        return months.stream().map(m -> Text.same(m.toString())).toList();
    }

    /** The sources appendix lines: the revenue data, the watchlist, every event. */
    public static List<SourceEntry> sources(SignalsReport r) {
        List<SourceEntry> out = new ArrayList<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        int companies = 0;
        for (CompanySignal c : r.companies()) {
            if (c.hasData()) {
                companies++;
                c.history().forEach(s -> months.add(s.month()));
            }
        }
        out.add(new SourceEntry("monthly revenue",
                r.hasData() ? companies + " companies, " + months.first() + " to " + months.last() : "none imported",
                UNIT, "MOPS / TWSE / TPEx monthly revenue tables (每月營業收入彙總表), imported by the user",
                r.hasData() ? "stated" : "not-found",
                "MoM, YoY, YTD and 3-month YoY are recomputed from the filed amounts; the files' own percentage columns are checked, not trusted"));
        out.add(new SourceEntry("watchlist " + r.watchlist().id(), String.join(", ", r.watchlist().tickers()), "",
                r.watchlist().source(), "stated", ""));
        for (Event e : r.events()) {
            out.add(new SourceEntry("event " + e.date() + " " + e.ticker() + " (" + e.kind().word() + ")", e.textEn(), "",
                    e.source(), e.status().word(), ""));
        }
        return out;
    }
}
