package org.cpolens.cli;

import java.util.concurrent.Callable;
import java.util.Set;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.report.MarketViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "market", mixinStandardHelpOptions = true,
        description = {"CPO market from the accelerator fleet (catalog/fleet.yaml): every platform's shipments x its "
                + "representative cluster's bill of materials x each optical layer's adoption (switch side, NIC side, "
                + "scale-up), valued per Gb/s in three scopes (engines, + laser modules, whole system premium), with "
                + "Monte Carlo P10/P50/P90 bands; each forecast against the bottom-up of what it counts; the bridge "
                + "from the single-fabric figure of --scenario; the hindcast of pluggable module demand; the tornado.",
                "The same --seed gives the same output; the seed is printed."})
final class MarketCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        run.checkMarketTrials(); // before any work, so a bad count fails fast with one line
        Scenario s = ScenarioLoader.load(scenario, common.catalogs());
        MarketResult r = Analysis.run(s, null, null, run.options(s, Set.of(Analysis.Stage.MARKET)), Analysis.Progress.NONE)
                .market().orElseThrow();
        Output.print(spec.commandLine().getOut(), common, MarketViews.marketJson(r), MarketViews.tables(r));
        return Main.OK;
    }
}
