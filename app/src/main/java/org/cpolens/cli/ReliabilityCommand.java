package org.cpolens.cli;

import java.util.concurrent.Callable;
import java.util.Set;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.report.ReliabilityViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reliability", mixinStandardHelpOptions = true,
        description = "Fault simulation of a training job on the scenario's fabric: interruptions per day, goodput, "
                + "lost GPU-hours, parts, technician hours and spares; pluggable vs CPO vs CPO with replaceable lasers.")
final class ReliabilityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--days", paramLabel = "D",
            description = "simulated horizon in days, above 0 and at most 3650 (default: the scenario's, else 365)")
    Double days;

    @Option(names = "--trials", paramLabel = "N",
            description = "Monte Carlo trials, 2 to 100000 (default: the scenario's, else 400)")
    Integer trials;

    @Option(names = "--seed", paramLabel = "S",
            description = "random seed; the output prints it (default: the scenario's, else " + RunDefaults.SEED + ")")
    Long seed;

    @Override
    public Integer call() {
        RunOptions.checkReliability(trials, days); // a typo fails at once, before the scenario is read
        Scenario s = ScenarioLoader.load(scenario, common.catalogs());
        Analysis.Options o = Analysis.Options.defaults(s, Set.of(Analysis.Stage.RELIABILITY));
        o = o.withReliability(trials == null ? o.reliabilityTrials() : trials, days == null ? o.reliabilityDays() : days);
        if (seed != null) {
            o = o.withSeed(seed);
        }
        ReliabilityResult r = Analysis.run(s, null, null, o, Analysis.Progress.NONE).reliability().orElseThrow();
        Output.print(spec.commandLine().getOut(), common, ReliabilityViews.json(r), ReliabilityViews.tables(r));
        return Main.OK;
    }
}
