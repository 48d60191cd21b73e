package org.cpolens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.RunDefaults;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoSettings;
import org.cpolens.report.TcoSheet;
import org.cpolens.report.TcoViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tco", mixinStandardHelpOptions = true,
        description = "Total cost of ownership per architecture over a lifetime: optics capex, CPO switch premium, energy "
                + "(network kW x PUE x price), reliability costs (lost accelerator-hours, technician hours, parts, "
                + "spares); NPV and payback against the baseline and the best non-CPO choice; the CPO price and watts "
                + "per port that tie it; a tornado and a seeded Monte Carlo band.")
final class TcoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "S",
            description = "seed of the fault simulation and the Monte Carlo; printed with the output (default: the "
                    + "scenario's, else " + RunDefaults.SEED + ")")
    Long seed;

    @Option(names = "--trials", paramLabel = "N",
            description = "Monte Carlo trials, 1 to 1,000,000 (default: the scenario's tco.trials, else 10,000)")
    Long trials;

    @Option(names = "--reliability", paramLabel = "SOURCE",
            description = "where reliability costs come from: simulated (the fault simulation) or analytic (its "
                    + "closed-form expectation) (default: the scenario's tco.reliability, else simulated)")
    String reliability;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one cost input, e.g. --set pue=1.2 --set electricityUsdPerKwh=0.12 (keys as in "
                    + "a scenario's tco: section); repeatable")
    Map<String, String> set;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "also write a workbook whose TCO sheet is formulas over its inputs, for an analyst to change")
    Path xlsx;

    @Override
    public Integer call() throws Exception {
        if (trials != null && (trials < TcoSettings.MIN_TRIALS || trials > TcoSettings.MAX_TRIALS)) {
            throw InputException.field("--trials", trials, "must be between " + TcoSettings.MIN_TRIALS + " and "
                    + TcoSettings.MAX_TRIALS, "10,000 trials give stable P10/P90 bands");
        }
        Scenario s = ScenarioLoader.load(scenario, common.catalogs());
        s = s.with(settings(s.tco()));
        Analysis.Options o = Analysis.Options.defaults(s, Set.of(Analysis.Stage.TCO));
        if (seed != null) {
            o = o.withSeed(seed);
        }
        if (trials != null) {
            o = o.withTcoTrials(trials.intValue());
        }
        TcoResult r = Analysis.run(s, null, null, o, Analysis.Progress.NONE).tco().orElseThrow();
        if (xlsx != null) {
            TcoSheet.writeWorkbook(r, common.lang(), xlsx);
        }
        Output.print(spec.commandLine().getOut(), common, TcoViews.json(r), TcoViews.tables(r));
        return Main.OK;
    }

    private TcoSettings settings(TcoSettings st) {
        TcoSettings out = st;
        if (reliability != null) {
            List<String> words = TcoSettings.ReliabilitySource.words();
            if (!words.contains(reliability)) {
                throw InputException.field("--reliability", reliability, "not a reliability source",
                        Suggest.hint(reliability, words));
            }
            out = out.with(TcoSettings.ReliabilitySource.valueOf(reliability.toUpperCase(java.util.Locale.ROOT)));
        }
        if (set != null) {
            for (Map.Entry<String, String> e : set.entrySet()) {
                String key = e.getKey().startsWith("tco.") ? e.getKey().substring(4) : e.getKey();
                TcoInput input = TcoInput.fromKey(key).orElseThrow(() -> InputException.field("--set", e.getKey(),
                        "not a cost input", Suggest.hint(key, new ArrayList<>(TcoInput.keys()))));
                double v;
                try {
                    v = Double.parseDouble(e.getValue().trim());
                } catch (NumberFormatException ex) {
                    throw InputException.field("--set " + key, e.getValue(), "not a number", "e.g. --set pue=1.2");
                }
                try {
                    out = out.overridden(input, v, "cpolens tco --set");
                } catch (InputException ex) {
                    throw InputException.field("--set " + key, e.getValue(), ex.problem(), ex.hint());
                }
            }
        }
        return out;
    }
}
