package org.cpolens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.io.revenue.SignalsLoader;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.report.DataTable;
import org.cpolens.report.Format;
import org.cpolens.report.SignalsViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "signals", mixinStandardHelpOptions = true,
        description = {"Rank a watchlist's companies by revenue momentum (3-month YoY), flag inflections,",
                "and show the dated events log beside them. Reads revenue imported with 'cpolens revenue import'."})
final class SignalsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--watchlist", paramLabel = "ID", defaultValue = SignalsCatalog.DEFAULT_WATCHLIST,
            description = "a bundled watchlist (default: ${DEFAULT-VALUE})")
    String watchlist;

    @Option(names = "--db", paramLabel = "PATH", description = RevenueCommand.DB_HELP)
    Path db;

    @Override
    public Integer call() {
        SignalsReport report = SignalsLoader.load(db, watchlist);
        List<DataTable> tables = new ArrayList<>();
        var out = spec.commandLine().getOut();
        if (!report.hasData() && common.format() == Format.TABLE) {
            out.println(SignalsViews.HOW_TO_IMPORT.in(common.lang()));
            out.println();
        }
        if (report.hasData() || common.format() != Format.TABLE) {
            tables.add(SignalsViews.rankingTable(report));
        }
        tables.add(SignalsViews.eventsTable(report.events()));
        Output.print(out, common, SignalsViews.signalsJson(report), tables);
        return Main.OK;
    }
}
