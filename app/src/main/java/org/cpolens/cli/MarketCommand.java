package org.cpolens.cli;

import java.util.concurrent.Callable;
import org.cpolens.io.LoadedScenario;
import org.cpolens.io.MarketInputsParser;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.market.MarketEngine;
import org.cpolens.model.market.MarketInputs;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.MonteCarlo;
import org.cpolens.report.MarketViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "market", mixinStandardHelpOptions = true,
        description = {"CPO market: top-down forecasts vs bottom-up demand from the scenario's fabric, with "
                + "Monte Carlo P10/P50/P90 bands, reconciliation and sensitivity.",
                "The same --seed gives the same output; the seed is printed."})
final class MarketCommand implements Callable<Integer> {
    /** Used when --seed is not given, so two runs without a seed still agree (never the clock). */
    static final long DEFAULT_SEED = 20_250_114L;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "10000",
            description = "Monte Carlo trials, 1 to 1,000,000 (default: ${DEFAULT-VALUE})")
    long trials;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "random seed; the output prints it (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        MonteCarlo.checkTrials(trials); // before any work, so a bad count fails fast with one line
        Catalog catalog = common.catalog();
        LoadedScenario s = ScenarioLoader.load(scenario, catalog);
        MarketInputs inputs = MarketInputsParser.parse(s, catalog);
        MarketResult r = MarketEngine.run(inputs, seed, (int) trials);
        Output.print(spec.commandLine().getOut(), common, MarketViews.marketJson(r), MarketViews.tables(r));
        return Main.OK;
    }
}
