package org.cpolens.cli;

import java.util.concurrent.Callable;
import java.util.Set;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.ServerPoolInputsParser;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ServerPoolInputs;
import org.cpolens.model.sim.ServerPoolResult;
import org.cpolens.model.sim.ServerPoolSimulator;
import org.cpolens.report.ReliabilityViews;
import org.cpolens.report.ServerPoolViews;
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
            description = "simulated horizon in days, above 0 and at most 3650 (default: the scenario's, else 365); "
                    + "in a server-mode scenario the job length")
    Double days;

    @Option(names = "--trials", paramLabel = "N",
            description = "Monte Carlo trials, 2 to 100000 (default: the scenario's, else 400); "
                    + "in a server-mode scenario the replications, 2 to 10000")
    Integer trials;

    @Option(names = "--seed", paramLabel = "S",
            description = "random seed; the output prints it (default: the scenario's, else " + RunDefaults.SEED + ")")
    Long seed;

    @Override
    public Integer call() {
        RunOptions.checkReliability(trials, days); // a typo fails at once, before the scenario is read
        YamlDoc doc = ServerPoolInputsParser.read(scenario);
        if (ServerPoolInputsParser.isServerMode(doc)) { // AIReSim-style server pool: --days is the job length
            ServerPoolInputs in = ServerPoolInputsParser.parse(doc);
            in = days == null ? in : in.withParams(in.params().withJobDays(days));
            long runSeed = seed != null ? seed : RunDefaults.SEED;
            ServerPoolResult r = ServerPoolSimulator.run(in.params(), runSeed,
                    trials == null ? in.defaultReplications() : trials);
            Output.print(spec.commandLine().getOut(), common, ServerPoolViews.json(in, r), ServerPoolViews.tables(in, r));
            return Main.OK;
        }
        Scenario s = ScenarioLoader.parse(doc, common.catalogs());
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
