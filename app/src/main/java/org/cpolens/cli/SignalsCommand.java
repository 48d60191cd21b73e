package org.cpolens.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.io.revenue.SignalsLoader;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.EventStudy;
import org.cpolens.model.signals.EventWindow;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.report.DataTable;
import org.cpolens.report.Format;
import org.cpolens.report.SignalsViews;
import org.cpolens.report.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Rank a watchlist's companies by revenue momentum (3-month YoY), flag inflections,",
                "and show the dated events log beside them. Reads revenue imported with 'cpolens revenue import'.",
                "A missing month is never taken as zero; the ranking says when it rests on incomplete months."})
final class SignalsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    TodayOption today;

    @Option(names = "--watchlist", paramLabel = "ID", defaultValue = SignalsCatalog.DEFAULT_WATCHLIST,
            description = "a watchlist of watchlists.yaml (bundled or in --catalog DIR; default: ${DEFAULT-VALUE})")
    String watchlist;

    @Option(names = "--db", paramLabel = "PATH", description = RevenueCommand.DB_HELP)
    Path db;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "rank as of that day: only filings reported by then (before later corrections) and events known by then")
    String asOf;

    @Option(names = "--combine-jan-feb", description = "YoY of January and February taken together (Lunar New Year)")
    boolean combineJanFeb;

    @Option(names = "--event-study", description = "also show each company's YoY in the months around each dated event")
    boolean eventStudy;

    @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "3",
            description = "months before and after an event in --event-study (default: ${DEFAULT-VALUE})")
    int window;

    @Override
    public Integer call() {
        if (window < 1 || window > EventStudy.MAX_MONTHS) {
            throw InputException.field("--window", window, "must be 1 to " + EventStudy.MAX_MONTHS + " months", "e.g. --window 3");
        }
        LocalDate day = today.get();
        LocalDate asOfDay = asOf == null ? null : TodayOption.day("--as-of", asOf);
        SignalsReport report = SignalsLoader.load(new SignalsLoader.Query(db, common.catalogDir(), watchlist, day, asOfDay,
                combineJanFeb));
        List<DataTable> tables = new ArrayList<>();
        var out = spec.commandLine().getOut();
        if (!report.hasData() && common.format() == Format.TABLE) {
            out.println(SignalsViews.HOW_TO_IMPORT.in(common.lang()));
            out.println();
        }
        if (report.hasData() || common.format() != Format.TABLE) {
            tables.add(SignalsViews.rankingTable(report));
        }
        Text note = SignalsViews.incompleteNote(report);
        if (note != null && common.format() == Format.TABLE) {
            // said right under the ranking, before anything else is read
            RevenueCommand.print(out, common, null, tables);
            out.println();
            out.println(note.in(common.lang()));
            out.println();
            tables.clear();
        }
        Map<String, Object> json = SignalsViews.signalsJson(report);
        if (note != null) {
            json.put("incompleteNote", note.en());
        }
        if (eventStudy) {
            List<EventWindow> ws = EventStudy.compute(report, window);
            tables.add(SignalsViews.eventStudyTable(ws, window));
            json.put("eventStudy", SignalsViews.eventStudyJson(ws));
        }
        tables.add(SignalsViews.eventsTable(report.events()));
        RevenueCommand.print(out, common, json, tables);
        return Main.OK;
    }
}
