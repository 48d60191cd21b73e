package org.cpolens.cli;

import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.market.MonteCarlo;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.sim.ReliabilitySimulator;
import picocli.CommandLine.Option;

/**
 * {@code --seed} and {@code --trials} of the commands that run the pipeline. Left out, each takes
 * the scenario's run defaults, the same the report and the dashboard use.
 */
public final class RunOptions {
    @Option(names = "--seed", paramLabel = "S",
            description = "seed of every random draw; printed with the output (default: the scenario's, else "
                    + RunDefaults.SEED + ")")
    Long seed;

    @Option(names = "--trials", paramLabel = "N",
            description = "Monte Carlo trials of the market, 1 to 1,000,000 (default: the scenario's, else "
                    + RunDefaults.MARKET_TRIALS + ")")
    Long trials;

    /** Refuses a bad trial count before any work. */
    void checkMarketTrials() {
        if (trials != null) {
            MonteCarlo.checkTrials(trials);
        }
    }

    Analysis.Options options(Scenario s, Set<Analysis.Stage> stages) {
        Analysis.Options o = Analysis.Options.defaults(s, stages);
        if (seed != null) {
            o = o.withSeed(seed);
        }
        if (trials != null) {
            o = o.withMarketTrials(trials.intValue());
        }
        return o;
    }

    /** The seed a run will use, for the line that reports it. */
    long seedFor(Scenario s) {
        return seed != null ? seed : s.run().seed();
    }

    /** Checks reliability sizes given on the command line, so a typo fails before the scenario is read. */
    static void checkReliability(Integer trials, Double days) {
        if (trials == null && days == null) {
            return;
        }
        try {
            ReliabilitySimulator.validate(trials == null ? ReliabilitySimulator.MIN_TRIALS : trials, days == null ? 1 : days);
        } catch (InputException e) {
            throw InputException.field("--" + e.field(), e.value(), e.problem(), e.hint());
        }
    }
}
