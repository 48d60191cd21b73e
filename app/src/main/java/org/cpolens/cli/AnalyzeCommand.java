package org.cpolens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cpolens.io.LoadedScenario;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.report.InterconnectViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "The main job: run the whole engine on a scenario and write the report.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Override
    public Integer call() {
        LoadedScenario s = ScenarioLoader.load(scenario, common.catalog());
        Evaluation e = InterconnectEvaluator.standard().evaluate(s.scenario());
        Output.print(spec.commandLine().getOut(), common, InterconnectViews.compareJson(e),
                List.of(InterconnectViews.compareTable(e), InterconnectViews.wattsByTier(e)));
        return Main.OK;
    }
}
