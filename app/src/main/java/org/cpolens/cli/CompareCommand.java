package org.cpolens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.report.InterconnectViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare optics architectures on a scenario's cluster: power, pJ/bit, lasers, edge, capex.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = ScenarioLoader.DEFAULT_SCENARIO,
            description = "a scenario YAML file or a bundled name (default: ${DEFAULT-VALUE})")
    String scenario;

    @Override
    public Integer call() {
        Evaluation e = Analysis.evaluate(ScenarioLoader.load(scenario, common.catalogs()));
        Output.print(spec.commandLine().getOut(), common, InterconnectViews.compareJson(e),
                List.of(InterconnectViews.compareTable(e), InterconnectViews.fabricTable(e.fabric())));
        return Main.OK;
    }
}
