package org.cpolens.report;

import java.util.EnumSet;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.pipeline.AnalysisResult;
import org.cpolens.model.scenario.Scenario;

/** The golden scenario run through the engine, as the report tests start from it. */
public final class ReportFixture {
    public static final long SEED = 20260101L;

    private ReportFixture() {
    }

    public static Scenario scenario() {
        return ScenarioLoader.load("broadcom-32k", Catalogs.bundled());
    }

    public static Evaluation broadcom() {
        return Analysis.evaluate(scenario());
    }

    /** The interconnect stages only: the report's own sections. */
    public static AnalysisResult interconnectRun() {
        Scenario s = scenario();
        return Analysis.run(s, null, null, Analysis.Options.defaults(s, EnumSet.noneOf(Analysis.Stage.class)),
                Analysis.Progress.NONE);
    }

    /** A builder of the golden evaluation alone, for tests that contribute their own sections. */
    public static ReportBuilder builder(long seed) {
        Scenario s = scenario();
        AnalysisResult run = Analysis.run(s, null, null,
                Analysis.Options.defaults(s, EnumSet.noneOf(Analysis.Stage.class)).withSeed(seed), Analysis.Progress.NONE);
        return ReportBuilder.of(run, Catalogs.bundled().risks());
    }

    public static ReportModel report() {
        return ReportBuilder.of(interconnectRun(), Catalogs.bundled().risks()).build();
    }
}
