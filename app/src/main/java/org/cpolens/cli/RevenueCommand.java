package org.cpolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cpolens.io.Suggest;
import org.cpolens.io.revenue.ImportLogEntry;
import org.cpolens.io.revenue.ImportSummary;
import org.cpolens.io.revenue.Market;
import org.cpolens.io.revenue.ParsedRevenueFile;
import org.cpolens.io.revenue.RevenueFetcher;
import org.cpolens.io.revenue.RevenueFileParser;
import org.cpolens.io.revenue.RevenueImporter;
import org.cpolens.io.revenue.RevenueStore;
import org.cpolens.io.revenue.Revision;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.io.revenue.StatedMismatch;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.MonthlySignal;
import org.cpolens.model.signals.RevenueRow;
import org.cpolens.model.signals.RevenueSeries;
import org.cpolens.report.Column;
import org.cpolens.report.DataTable;
import org.cpolens.report.SignalsViews;
import org.cpolens.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "revenue", mixinStandardHelpOptions = true,
        description = "Taiwan monthly revenue (MOPS / TWSE / TPEx) in a local database: import, fetch, show.",
        subcommands = {RevenueCommand.ImportCommand.class, RevenueCommand.FetchCommand.class,
                RevenueCommand.ShowCommand.class, RevenueCommand.LogCommand.class})
final class RevenueCommand implements Runnable {
    static final String DB_HELP = "the revenue database file (default: $XDG_DATA_HOME/cpolens/revenue.mv.db, "
            + "else ~/.local/share/cpolens/revenue.mv.db); its folder must exist";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import monthly revenue files: the MOPS/TWSE CSV or the TWSE/TPEx OpenAPI JSON.",
                    "All files are checked first; one bad row rejects everything and the database is unchanged.",
                    "Importing the same file again changes nothing; a corrected row updates and is logged."})
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or JSON revenue files")
        List<Path> files;

        @Override
        public Integer call() {
            List<ParsedRevenueFile> parsed = new ArrayList<>();
            for (Path f : files) {
                parsed.add(RevenueFileParser.read(f));
            }
            return store(spec.commandLine().getOut(), common, db, parsed);
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Download the latest monthly revenue from the TWSE / TPEx OpenAPI and import it.",
                    "Needs the network; when offline it says so and changes nothing."})
    static final class FetchCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Option(names = "--market", paramLabel = "MARKET",
                description = "listed (TWSE t187ap05_L) or otc (TPEx mopsfin_t187ap05_O); default: both")
        String market;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "another server holding the same endpoints (a mirror, or a test server)")
        String baseUrl;

        @Override
        public Integer call() {
            List<Market> markets;
            if (market == null) {
                markets = List.of(Market.values());
            } else {
                Market m = null;
                for (Market x : Market.values()) {
                    if (x.word().equalsIgnoreCase(market.trim())) {
                        m = x;
                    }
                }
                if (m == null) {
                    throw InputException.field("--market", market, "not a market", Suggest.hint(market, Market.words()));
                }
                markets = List.of(m);
            }
            RevenueFetcher fetcher = new RevenueFetcher(baseUrl);
            List<ParsedRevenueFile> parsed = new ArrayList<>();
            for (Market m : markets) {
                byte[] body = fetcher.fetch(m);
                parsed.add(RevenueFileParser.parse(fetcher.uri(m).toString(), body));
            }
            return store(spec.commandLine().getOut(), common, db, parsed);
        }
    }

    /** Writes parsed files in one transaction and prints what happened. */
    static int store(PrintWriter out, CommonOptions common, Path db, List<ParsedRevenueFile> parsed) {
        boolean anyRows = parsed.stream().anyMatch(p -> !p.isEmpty());
        ImportSummary summary;
        Path file;
        if (anyRows) {
            file = RevenueStore.resolve(db, true);
            summary = RevenueImporter.importFiles(file, parsed, java.time.Instant.now());
        } else {
            // nothing to store: do not create a database just to leave it empty
            file = RevenueStore.resolve(db, false);
            List<ImportSummary.FileResult> r = new ArrayList<>();
            for (ParsedRevenueFile p : parsed) {
                r.add(new ImportSummary.FileResult(p.source(), p.format(), p.encoding(), 0, 0, 0, 0, 0, 0, List.of(),
                        p.mismatches(), p.notes()));
            }
            summary = new ImportSummary(r);
        }
        List<DataTable> tables = new ArrayList<>();
        tables.add(importTable(file, summary));
        DataTable messages = messagesTable(summary);
        if (!messages.rows().isEmpty()) {
            tables.add(messages);
        }
        Output.print(out, common, importJson(file, summary), tables);
        return Main.OK;
    }

    static Map<String, Object> importJson(Path file, ImportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("database", file.toString());
        m.put("inserted", s.inserted());
        m.put("updated", s.updated());
        m.put("unchanged", s.unchanged());
        List<Map<String, Object>> files = new ArrayList<>();
        for (ImportSummary.FileResult f : s.files()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", f.source());
            x.put("format", f.format().word());
            x.put("encoding", f.encoding());
            x.put("rowsInFile", f.rowsInFile());
            x.put("inserted", f.inserted());
            x.put("updated", f.updated());
            x.put("unchanged", f.unchanged());
            x.put("keptNewer", f.keptNewer());
            x.put("importId", f.importId() == 0 ? null : f.importId());
            x.put("revisions", f.revisions());
            List<Map<String, Object>> mm = new ArrayList<>();
            for (StatedMismatch sm : f.mismatches()) {
                Map<String, Object> y = new LinkedHashMap<>();
                y.put("where", sm.where());
                y.put("code", sm.companyCode());
                y.put("month", sm.month().toString());
                y.put("column", sm.column());
                y.put("stated", sm.stated());
                y.put("recomputed", sm.recomputed());
                mm.add(y);
            }
            x.put("mismatches", mm);
            x.put("notes", f.notes());
            files.add(x);
        }
        m.put("files", files);
        return m;
    }

    static DataTable importTable(Path file, ImportSummary s) {
        List<Column> cols = List.of(
                Column.of("file", "File", "檔案", ""),
                Column.of("format", "Format", "格式", ""),
                Column.of("rows", "Rows", "筆數", ""),
                Column.of("inserted", "New", "新增", ""),
                Column.of("updated", "Corrected", "更正", ""),
                Column.of("unchanged", "Unchanged", "未變", ""),
                Column.of("keptNewer", "Kept newer", "保留較新", ""),
                Column.of("mismatches", "Column mismatches", "欄位不符", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ImportSummary.FileResult f : s.files()) {
            rows.add(List.of(f.source(), f.format().word() + " (" + f.encoding() + ")", f.rowsInFile(), f.inserted(),
                    f.updated(), f.unchanged(), f.keptNewer(), f.mismatches().size()));
        }
        String verdict = s.inserted() + s.updated() == 0 ? "nothing changed" : s.inserted() + " new, " + s.updated() + " corrected";
        String zh = s.inserted() + s.updated() == 0 ? "資料庫未變動" : "新增 " + s.inserted() + " 筆、更正 " + s.updated() + " 筆";
        return new DataTable("import", Text.of("Revenue import into " + file + ": " + verdict,
                "匯入營收至 " + file + "：" + zh), cols, rows);
    }

    static DataTable messagesTable(ImportSummary s) {
        List<Column> cols = List.of(Column.of("kind", "Kind", "類型", ""), Column.of("message", "Message", "訊息", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (ImportSummary.FileResult f : s.files()) {
            for (String n : f.notes()) {
                rows.add(List.of(Text.of("note", "注意"), n));
            }
            for (String r : f.revisions()) {
                rows.add(List.of(Text.of("corrected", "更正"), f.source() + ": " + r));
            }
            for (StatedMismatch m : f.mismatches()) {
                rows.add(List.of(Text.of("mismatch", "欄位不符"), m.message()));
            }
        }
        return new DataTable("importMessages", Text.of("Notes, corrections and column checks", "注意事項、更正與欄位檢查"),
                cols, rows);
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one company's monthly revenue with MoM, YoY, YTD YoY and 3-month YoY.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month to show (growth still uses earlier months)")
        String from;

        @Parameters(paramLabel = "TICKER", description = "a company code such as 2330, or the company name as filed")
        String ticker;

        @Override
        public Integer call() {
            YearMonth start = null;
            if (from != null) {
                try {
                    start = YearMonth.parse(from.trim());
                } catch (DateTimeParseException e) {
                    throw InputException.field("--from", from, "not a month", "write YYYY-MM, e.g. 2024-01");
                }
            }
            Optional<RevenueStore> opened = RevenueStore.openIfExists(db);
            if (opened.isEmpty()) {
                throw new InputException(RevenueStore.resolve(db, false).toString(), null, null,
                        "no revenue database here yet", SignalsViews.HOW_TO_IMPORT.en());
            }
            String code;
            String name;
            List<RevenueRow> rows;
            try (RevenueStore s = opened.get()) {
                Map<String, String> companies = s.companies();
                code = resolveTicker(ticker, companies);
                name = companies.get(code);
                rows = s.rows(code);
            }
            List<MonthlySignal> all = RevenueSeries.of(code, rows).signals();
            final YearMonth first = start;
            List<MonthlySignal> shown = all.stream().filter(m -> first == null || !m.month().isBefore(first)).toList();
            List<Event> events = SignalsCatalog.bundledEvents().stream().filter(e -> e.ticker().equals(code)).toList();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("name", name);
            json.put("unit", SignalsViews.UNIT);
            json.put("months", shown.stream().map(SignalsViews::monthJson).toList());
            json.put("events", events.stream().map(SignalsViews::eventJson).toList());
            List<DataTable> tables = new ArrayList<>();
            tables.add(SignalsViews.historyTable(code, name, shown));
            if (!events.isEmpty()) {
                tables.add(SignalsViews.eventsTable(events));
            }
            Output.print(spec.commandLine().getOut(), common, json, tables);
            return Main.OK;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = "List the imports that changed the database and every corrected row.")
    static final class LogCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Override
        public Integer call() {
            Optional<RevenueStore> opened = RevenueStore.openIfExists(db);
            if (opened.isEmpty()) {
                throw new InputException(RevenueStore.resolve(db, false).toString(), null, null,
                        "no revenue database here yet", SignalsViews.HOW_TO_IMPORT.en());
            }
            List<ImportLogEntry> imports;
            List<Revision> revisions;
            try (RevenueStore s = opened.get()) {
                imports = s.importLog();
                revisions = s.revisions();
            }
            List<List<Object>> importRows = new ArrayList<>();
            List<Map<String, Object>> importJson = new ArrayList<>();
            for (ImportLogEntry e : imports) {
                importRows.add(List.of(e.id(), e.importedAt(), e.source(), e.format(), e.rowsInFile(), e.inserted(),
                        e.updated(), e.sha256()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", e.id());
                m.put("importedAt", e.importedAt());
                m.put("source", e.source());
                m.put("format", e.format());
                m.put("rowsInFile", e.rowsInFile());
                m.put("inserted", e.inserted());
                m.put("updated", e.updated());
                m.put("sha256", e.sha256());
                importJson.add(m);
            }
            List<List<Object>> revisionRows = new ArrayList<>();
            List<Map<String, Object>> revisionJson = new ArrayList<>();
            for (Revision r : revisions) {
                revisionRows.add(List.of(r.importId(), r.companyCode(), r.month().toString(), r.changes()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("importId", r.importId());
                m.put("code", r.companyCode());
                m.put("month", r.month().toString());
                m.put("changes", r.changes());
                revisionJson.add(m);
            }
            DataTable importTable = new DataTable("imports", Text.of("Imports that changed the database", "變更資料庫的匯入"),
                    List.of(Column.of("id", "Import", "匯入", ""), Column.of("importedAt", "When", "時間", ""),
                            Column.of("source", "File", "檔案", ""), Column.of("format", "Format", "格式", ""),
                            Column.of("rows", "Rows", "筆數", ""), Column.of("inserted", "New", "新增", ""),
                            Column.of("updated", "Corrected", "更正", ""), Column.of("sha256", "SHA-256", "SHA-256", "")),
                    importRows);
            DataTable revisionTable = new DataTable("revisions", Text.of("Corrected rows", "更正紀錄"),
                    List.of(Column.of("importId", "Import", "匯入", ""), Column.of("code", "Code", "代號", ""),
                            Column.of("month", "Month", "月份", ""), Column.of("changes", "Changes", "變更", "")),
                    revisionRows);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("imports", importJson);
            json.put("revisions", revisionJson);
            Output.print(spec.commandLine().getOut(), common, json, List.of(importTable, revisionTable));
            return Main.OK;
        }
    }

    /** A stored code, or the code of an exactly matching company name; otherwise "maybe you meant". */
    static String resolveTicker(String ticker, Map<String, String> companies) {
        String t = ticker.trim();
        if (companies.containsKey(t)) {
            return t;
        }
        for (Map.Entry<String, String> e : companies.entrySet()) {
            if (e.getValue().equals(t)) {
                return e.getKey();
            }
        }
        if (companies.isEmpty()) {
            throw InputException.field("TICKER", ticker, "the revenue database is empty", SignalsViews.HOW_TO_IMPORT.en());
        }
        List<String> known = new ArrayList<>(companies.keySet());
        known.addAll(companies.values());
        throw InputException.field("TICKER", ticker, "no revenue stored for this company", Suggest.hint(t, known));
    }
}
