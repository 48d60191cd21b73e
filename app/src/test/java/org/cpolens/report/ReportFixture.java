package org.cpolens.report;

import org.cpolens.io.CatalogLoader;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;

/** The golden scenario evaluated by the engine, as the report tests start from it. */
public final class ReportFixture {
    public static final long SEED = 20260101L;

    private ReportFixture() {
    }

    public static Evaluation broadcom() {
        return InterconnectEvaluator.standard().evaluate(
                ScenarioLoader.load("broadcom-32k", CatalogLoader.bundled()).scenario());
    }

    public static ReportModel report() {
        return ReportBuilder.of(broadcom(), SEED).build();
    }
}
