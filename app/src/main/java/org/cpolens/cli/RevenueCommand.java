package org.cpolens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.cpolens.io.Suggest;
import org.cpolens.io.revenue.FetchSettings;
import org.cpolens.io.revenue.HistoryFetch;
import org.cpolens.io.revenue.ImportLogEntry;
import org.cpolens.io.revenue.ImportSummary;
import org.cpolens.io.revenue.Market;
import org.cpolens.io.revenue.ParsedRevenueFile;
import org.cpolens.io.revenue.RevenueArchive;
import org.cpolens.io.revenue.RevenueFetcher;
import org.cpolens.io.revenue.RevenueFileParser;
import org.cpolens.io.revenue.RevenueImporter;
import org.cpolens.io.revenue.RevenueRecovery;
import org.cpolens.io.revenue.RevenueStore;
import org.cpolens.io.revenue.Revision;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.io.revenue.StatedMismatch;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.CompanyCoverage;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.MonthlySignal;
import org.cpolens.model.signals.RevenueRow;
import org.cpolens.model.signals.RevenueSeries;
import org.cpolens.model.signals.Watchlist;
import org.cpolens.report.Column;
import org.cpolens.report.DataTable;
import org.cpolens.report.Format;
import org.cpolens.report.SignalsViews;
import org.cpolens.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "revenue", mixinStandardHelpOptions = true,
        description = "Taiwan monthly revenue (MOPS / TWSE / TPEx) in a local database: import, fetch, coverage, show.",
        subcommands = {RevenueCommand.ImportCommand.class, RevenueCommand.FetchCommand.class,
                RevenueCommand.CoverageCommand.class, RevenueCommand.ShowCommand.class, RevenueCommand.LogCommand.class,
                RevenueCommand.RecoverCommand.class})
final class RevenueCommand implements Runnable {
    static final String DB_HELP = "the revenue database file (default: $XDG_DATA_HOME/cpolens/revenue.mv.db, "
            + "else ~/.local/share/cpolens/revenue.mv.db); its folder must exist";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Commands that read no catalog say so rather than silently ignore {@code --catalog}. */
    static void refuseCatalog(CommonOptions common, String command) {
        if (common.catalogDir() != null) {
            throw InputException.field("--catalog", common.catalogDir(), "'" + command + "' reads no catalog",
                    "leave --catalog out; 'revenue show', 'revenue coverage' and 'signals' use it for events and watchlists");
        }
    }

    /** Prints like {@link Output#print}, with CSV text cells made spreadsheet-safe. */
    static void print(PrintWriter out, CommonOptions common, Object json, List<DataTable> tables) {
        List<DataTable> t = common.format() == Format.CSV ? tables.stream().map(SignalsViews::spreadsheetSafe).toList()
                : tables;
        Output.print(out, common, json, t);
    }

    static YearMonth month(String option, String s) {
        try {
            return YearMonth.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw InputException.field(option, s, "not a month", "write YYYY-MM, e.g. 2024-01");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import monthly revenue files: the MOPS/TWSE CSV or the TWSE/TPEx OpenAPI JSON.",
                    "All files are checked first; one bad row rejects everything and the database is unchanged.",
                    "Importing the same file again changes nothing; a corrected row updates and is logged.",
                    "The import writes a copy and swaps it in: a crash leaves the old database or the whole import."})
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        TodayOption today;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or JSON revenue files")
        List<Path> files;

        @Override
        public Integer call() {
            refuseCatalog(common, "revenue import");
            LocalDate day = today.get();
            List<ParsedRevenueFile> parsed = new ArrayList<>();
            for (Path f : files) {
                parsed.add(RevenueFileParser.read(f, day));
            }
            return store(spec.commandLine().getOut(), common, db, parsed);
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Download monthly revenue and import it.",
                    "With --from (and --to): MOPS's archive of one CSV per market and month, month by month, one request",
                    "at a time with a pause between them, never through a proxy; each file is kept with its URL, SHA-256",
                    "and fetch time in --into DIR, and months already there are skipped, so an interrupted run resumes.",
                    "Without --from: the latest table from the TWSE / TPEx OpenAPI.",
                    "Needs the network; when offline it says so and changes nothing."})
    static final class FetchCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        TodayOption today;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Option(names = "--market", paramLabel = "MARKET", defaultValue = "all",
                description = "listed (TWSE), otc (TPEx) or all (default: ${DEFAULT-VALUE})")
        String market;

        @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month of the history to download")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM",
                description = "last month (default: the last month that is over)")
        String to;

        @Option(names = "--into", paramLabel = "DIR",
                description = "where downloaded files and manifest.json are kept (default: revenue-files beside the database)")
        Path into;

        @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "3",
                description = "wait between two requests (default: ${DEFAULT-VALUE}; TWSE bans clients that ask much faster)")
        double pause;

        @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
                description = "retries of a 5xx, 429, truncated answer or ban page (default: ${DEFAULT-VALUE})")
        int retries;

        @Option(names = "--retry-wait", paramLabel = "SECONDS", defaultValue = "10",
                description = "first backoff, doubled at each retry (default: ${DEFAULT-VALUE})")
        double retryWait;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
                description = "most time one download may take, connecting to last byte (default: ${DEFAULT-VALUE})")
        double timeout;

        @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "67108864",
                description = "largest download accepted (default: ${DEFAULT-VALUE}, 64 MiB)")
        long maxBytes;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "another server holding the same paths (a mirror, or a test server)")
        String baseUrl;

        @Option(names = "--no-import", description = "only download: leave the database as it is")
        boolean noImport;

        @Override
        public Integer call() {
            refuseCatalog(common, "revenue fetch");
            List<Market> markets = markets(market);
            FetchSettings settings = settings();
            LocalDate day = today.get();
            PrintWriter out = spec.commandLine().getOut();
            if (from == null) {
                if (to != null) {
                    throw InputException.field("--to", to, "needs --from", "give --from YYYY-MM too, or neither for the latest table");
                }
                RevenueFetcher fetcher = new RevenueFetcher(baseUrl, settings);
                List<ParsedRevenueFile> parsed = new ArrayList<>();
                for (Market m : markets) {
                    byte[] body = fetcher.fetch(m);
                    parsed.add(RevenueFileParser.parse(fetcher.uri(m).toString(), body, day));
                }
                return noImport ? Main.OK : store(out, common, db, parsed);
            }
            YearMonth first = month("--from", from);
            YearMonth last = to == null ? YearMonth.from(day).minusMonths(1) : month("--to", to);
            HistoryFetch.checkRange(first, last, day);
            Path dbFile = RevenueStore.resolve(db, true);
            RevenueArchive archive = RevenueArchive.open(into == null ? RevenueArchive.besideDatabase(dbFile) : into);
            RevenueFetcher fetcher = new RevenueFetcher(baseUrl, settings);
            PrintWriter err = spec.commandLine().getErr();
            HistoryFetch.Result r = HistoryFetch.run(archive, fetcher, baseUrl, markets, first, last, day, line -> {
                err.println("fetching " + line);
                err.flush();
            });
            List<DataTable> tables = new ArrayList<>();
            tables.add(fetchTable(archive, r));
            if (!r.notes().isEmpty()) {
                tables.add(new DataTable("fetchNotes", Text.of("Months not stored", "未儲存的月份"),
                        List.of(Column.of("note", "Note", "說明", "")),
                        r.notes().stream().map(n -> List.<Object>of(n)).toList()));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", archive.folder().toString());
            json.put("requests", r.requests());
            json.put("fetched", r.fetched().stream().map(RevenueCommand::entryJson).toList());
            json.put("skipped", r.skipped().stream().map(RevenueCommand::entryJson).toList());
            json.put("notes", r.notes());
            if (noImport) {
                print(out, common, json, tables);
                return Main.OK;
            }
            List<ParsedRevenueFile> parsed = new ArrayList<>();
            for (RevenueArchive.Entry e : archive.completeBetween(markets, first, last)) {
                parsed.add(RevenueFileParser.read(archive.path(e), day));
            }
            ImportResult imported = importParsed(db, parsed);
            tables.add(importTable(imported.file(), imported.summary()));
            json.put("import", importJson(imported.file(), imported.summary()));
            print(out, common, json, tables);
            return Main.OK;
        }

        private FetchSettings settings() {
            if (pause < 0 || retryWait < 0 || timeout <= 0 || retries < 0 || maxBytes < 1) {
                throw InputException.field("--pause/--retry-wait/--timeout/--retries/--max-bytes",
                        pause + "/" + retryWait + "/" + timeout + "/" + retries + "/" + maxBytes,
                        "waits cannot be negative, the timeout and the byte limit must be positive",
                        "e.g. --pause 3 --retry-wait 10 --timeout 120 --retries 4");
            }
            return new FetchSettings(seconds(pause), retries, seconds(retryWait), maxBytes, seconds(timeout),
                    FetchSettings.DEFAULT_CONNECT_TIMEOUT);
        }
    }

    static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    static List<Market> markets(String word) {
        String w = word.trim();
        if (w.equalsIgnoreCase("all")) {
            return List.of(Market.values());
        }
        for (Market x : Market.values()) {
            if (x.word().equalsIgnoreCase(w)) {
                return List.of(x);
            }
        }
        List<String> words = new ArrayList<>(Market.words());
        words.add("all");
        throw InputException.field("--market", word, "not a market", Suggest.hint(w, words));
    }

    static Map<String, Object> entryJson(RevenueArchive.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("market", e.market().word());
        m.put("month", e.month().toString());
        m.put("file", e.file());
        m.put("url", e.url());
        m.put("sha256", e.sha256());
        m.put("bytes", e.bytes());
        m.put("fetchedAt", e.fetchedAt().toString());
        return m;
    }

    static DataTable fetchTable(RevenueArchive archive, HistoryFetch.Result r) {
        List<Column> cols = List.of(
                Column.of("market", "Market", "市場", ""),
                Column.of("month", "Month", "月份", ""),
                Column.of("state", "State", "狀態", ""),
                Column.of("bytes", "Bytes", "位元組", ""),
                Column.of("sha256", "SHA-256", "SHA-256", ""),
                Column.of("fetchedAt", "Fetched at", "下載時間", ""),
                Column.of("url", "URL", "網址", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (RevenueArchive.Entry e : r.fetched()) {
            rows.add(List.of(e.market().word(), e.month().toString(), Text.of("downloaded", "已下載"), e.bytes(), e.sha256(),
                    e.fetchedAt().toString(), e.url()));
        }
        for (RevenueArchive.Entry e : r.skipped()) {
            rows.add(List.of(e.market().word(), e.month().toString(), Text.of("already complete", "先前已完成"), e.bytes(),
                    e.sha256(), e.fetchedAt().toString(), e.url()));
        }
        return new DataTable("fetch", Text.of("Revenue files in " + archive.folder() + ": " + r.fetched().size()
                        + " downloaded, " + r.skipped().size() + " already complete, " + r.requests() + " requests",
                "營收檔案存於 " + archive.folder() + "：下載 " + r.fetched().size() + " 個，先前已完成 " + r.skipped().size()
                        + " 個，共 " + r.requests() + " 次請求"), cols, rows);
    }

    record ImportResult(Path file, ImportSummary summary) {
    }

    static ImportResult importParsed(Path db, List<ParsedRevenueFile> parsed) {
        boolean anyRows = parsed.stream().anyMatch(p -> !p.isEmpty());
        if (anyRows) {
            Path file = RevenueStore.resolve(db, true);
            return new ImportResult(file, RevenueImporter.importFiles(file, parsed, Instant.now()));
        }
        // nothing to store: do not create a database just to leave it empty
        List<ImportSummary.FileResult> r = new ArrayList<>();
        for (ParsedRevenueFile p : parsed) {
            r.add(new ImportSummary.FileResult(p.source(), p.format(), p.encoding(), 0, 0, 0, 0, 0, 0, List.of(),
                    p.mismatches(), p.notes()));
        }
        return new ImportResult(RevenueStore.resolve(db, false), new ImportSummary(r));
    }

    /** Writes parsed files in one crash-safe import and prints what happened. */
    static int store(PrintWriter out, CommonOptions common, Path db, List<ParsedRevenueFile> parsed) {
        ImportResult r = importParsed(db, parsed);
        List<DataTable> tables = new ArrayList<>();
        tables.add(importTable(r.file(), r.summary()));
        DataTable messages = messagesTable(r.summary());
        if (!messages.rows().isEmpty()) {
            tables.add(messages);
        }
        print(out, common, importJson(r.file(), r.summary()), tables);
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

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = {"Per company and month: present, not yet due (before the 10th of the next month) or missing.",
                    "Community datasets lose months silently; this shows where the database has holes."})
    static final class CoverageCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        TodayOption today;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Option(names = "--watchlist", paramLabel = "ID",
                description = "only the companies of this watchlist (default: every company in the database)")
        String watchlist;

        @Option(names = "--from", paramLabel = "YYYY-MM",
                description = "first month to judge (default: each company's first stored month)")
        String from;

        @Override
        public Integer call() {
            LocalDate day = today.get();
            YearMonth start = from == null ? null : month("--from", from);
            Watchlist w = watchlist == null ? null : SignalsCatalog.load(common.catalogDir()).watchlist(watchlist);
            if (w == null && common.catalogDir() != null) {
                SignalsCatalog.load(common.catalogDir());
            }
            Optional<RevenueStore> opened = RevenueStore.openIfExists(db);
            if (opened.isEmpty()) {
                throw new InputException(RevenueStore.resolve(db, false).toString(), null, null,
                        "no revenue database here yet", SignalsViews.HOW_TO_IMPORT.en());
            }
            Map<String, TreeSet<YearMonth>> present;
            Map<String, String> names;
            try (RevenueStore s = opened.get()) {
                present = s.monthsPresent();
                names = s.companies();
            }
            YearMonth earliest = present.values().stream().map(TreeSet::first).min(YearMonth::compareTo)
                    .orElse(YearMonth.from(day).minusMonths(1));
            List<String> codes = w == null ? new ArrayList<>(present.keySet()) : w.tickers();
            List<CompanyCoverage> cs = new ArrayList<>();
            for (String code : codes) {
                TreeSet<YearMonth> months = present.getOrDefault(code, new TreeSet<>());
                YearMonth first = start != null ? start : months.isEmpty() ? earliest : months.first();
                cs.add(CompanyCoverage.of(code, names.getOrDefault(code, ""), months, first, day));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("today", day.toString());
            json.put("watchlist", w == null ? null : w.id());
            json.put("companies", cs.stream().map(SignalsViews::coverageJson).toList());
            print(spec.commandLine().getOut(), common, json, List.of(SignalsViews.coverageTable(cs)));
            return Main.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one company's monthly revenue with MoM, YoY, YTD YoY and 3-month YoY.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        TodayOption today;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Option(names = "--from", paramLabel = "YYYY-MM", description = "first month to show (growth still uses earlier months)")
        String from;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "as the figures stood on that day: only filings reported by then, before later corrections")
        String asOf;

        @Option(names = "--combine-jan-feb", description = "YoY of January and February taken together (Lunar New Year)")
        boolean combineJanFeb;

        @Parameters(paramLabel = "TICKER", description = "a company code such as 2330, or the company name as filed")
        String ticker;

        @Override
        public Integer call() {
            YearMonth start = from == null ? null : month("--from", from);
            LocalDate day = today.get();
            LocalDate asOfDay = asOf == null ? null : TodayOption.day("--as-of", asOf);
            if (asOfDay != null && asOfDay.isAfter(day)) {
                throw InputException.field("--as-of", asOf, "is after today (" + day + ")", "give a past day");
            }
            List<Event> allEvents = SignalsCatalog.load(common.catalogDir()).events();
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
                rows = asOfDay == null ? s.rows(code) : s.rowsAsOf(List.of(code), asOfDay);
            }
            List<MonthlySignal> all = RevenueSeries.of(code, rows).signals(combineJanFeb);
            final YearMonth first = start;
            List<MonthlySignal> shown = all.stream().filter(m -> first == null || !m.month().isBefore(first)).toList();
            List<Event> events = allEvents.stream().filter(e -> e.ticker().equals(code)).toList();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("name", name);
            json.put("unit", SignalsViews.UNIT);
            json.put("asOf", asOfDay == null ? null : asOfDay.toString());
            json.put("combineJanFeb", combineJanFeb);
            json.put("months", shown.stream().map(SignalsViews::monthJson).toList());
            json.put("events", events.stream().map(SignalsViews::eventJson).toList());
            List<DataTable> tables = new ArrayList<>();
            tables.add(SignalsViews.historyTable(code, name, shown));
            if (!events.isEmpty()) {
                tables.add(SignalsViews.eventsTable(events));
            }
            print(spec.commandLine().getOut(), common, json, tables);
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
            refuseCatalog(common, "revenue log");
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
            print(spec.commandLine().getOut(), common, json, List.of(importTable, revisionTable));
            return Main.OK;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = {"Make a revenue database usable again: upgrade an older one, or rebuild a damaged one",
                    "(an import killed under an older cpolens could leave it so) from what H2 can still read.",
                    "The damaged file is kept beside the rebuilt one."})
    static final class RecoverCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--db", paramLabel = "PATH", description = DB_HELP)
        Path db;

        @Override
        public Integer call() {
            refuseCatalog(common, "revenue recover");
            Path file = RevenueStore.resolve(db, false);
            if (!Files.exists(file)) {
                throw new InputException(file.toString(), "--db", null, "no revenue database here", "check --db");
            }
            RevenueRecovery.Result r = RevenueRecovery.recover(file);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", r.database().toString());
            json.put("action", r.action());
            json.put("rows", r.rows());
            json.put("filings", r.filings());
            json.put("imports", r.imports());
            json.put("keptDamaged", r.keptDamaged() == null ? null : r.keptDamaged().toString());
            DataTable t = new DataTable("recover", Text.of("Revenue database " + r.database() + ": " + r.action(),
                    "營收資料庫 " + r.database() + "：" + (r.keptDamaged() == null ? "已檢查並升級" : "已由可讀取的部分重建")),
                    List.of(Column.of("rows", "Company-months", "公司月份", ""), Column.of("filings", "Filings", "申報筆數", ""),
                            Column.of("imports", "Imports logged", "匯入紀錄", ""),
                            Column.of("keptDamaged", "Damaged file kept as", "損壞檔案保留為", "")),
                    List.of(java.util.Arrays.asList(r.rows(), r.filings(), r.imports(),
                            r.keptDamaged() == null ? null : r.keptDamaged().toString())));
            print(spec.commandLine().getOut(), common, json, List.of(t));
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
