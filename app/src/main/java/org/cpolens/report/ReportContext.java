package org.cpolens.report;

import java.util.List;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.eval.InterconnectEvaluator;
import org.cpolens.model.pipeline.AnalysisResult;

/**
 * What every section reads: the pipeline's run, the risk catalog and the evaluator the sensitivity
 * re-runs. No section reads a file: the caller loads the catalogs.
 */
public record ReportContext(AnalysisResult run, List<Risk> risks, InterconnectEvaluator evaluator) {
    public ReportContext {
        risks = List.copyOf(risks);
    }

    public Evaluation evaluation() {
        return run.evaluation();
    }
}
