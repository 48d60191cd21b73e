package org.cpolens.cli;

import java.util.concurrent.Callable;
import org.cpolens.io.LoadedScenario;
import org.cpolens.io.ReliabilityInputsParser;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.ServerPoolInputsParser;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.sim.ReliabilityInputs;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.model.sim.ReliabilitySimulator;
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
    /** The seed when none is given; printed with every result. */
    static final long DEFAULT_SEED = 20260101L;

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

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED,
            description = "random seed; the output prints it (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        // check the sizes first so a typo fails at once, before the scenario is read
        if (days != null || trials != null) {
            try {
                ReliabilitySimulator.validate(trials == null ? ReliabilitySimulator.MIN_TRIALS : trials,
                        days == null ? 1 : days);
            } catch (InputException e) {
                throw InputException.field("--" + e.field(), e.value(), e.problem(), e.hint());
            }
        }
        YamlDoc doc = ServerPoolInputsParser.read(scenario);
        if (ServerPoolInputsParser.isServerMode(doc)) { // AIReSim-style server pool: --days is the job length
            ServerPoolInputs in = ServerPoolInputsParser.parse(doc);
            in = days == null ? in : in.withParams(in.params().withJobDays(days));
            ServerPoolResult r = ServerPoolSimulator.run(in.params(), seed, trials == null ? in.defaultReplications() : trials);
            Output.print(spec.commandLine().getOut(), common, ServerPoolViews.json(in, r), ServerPoolViews.tables(in, r));
            return Main.OK;
        }
        Catalog catalog = common.catalog();
        LoadedScenario s = ScenarioLoader.parse(doc, catalog);
        ReliabilityInputs in = ReliabilityInputsParser.parse(s, catalog, common.catalogDir());
        ReliabilityResult r = ReliabilitySimulator.run(in, seed, trials == null ? in.defaultTrials() : trials,
                days == null ? in.defaultDays() : days);
        Output.print(spec.commandLine().getOut(), common, ReliabilityViews.json(r), ReliabilityViews.tables(r));
        return Main.OK;
    }
}
