package org.cpolens.report;

import java.util.List;
import java.util.Optional;
import org.cpolens.report.KeyFigures.KeyFigure;

/**
 * One section of the report, built from a pipeline run. {@link ReportBuilder} only orders the
 * sections, then assembles the executive summary from their key figures and the sources appendix
 * from their sources: a new section is a class here and a line in {@link ReportBuilder#STANDARD}.
 */
public interface ReportSection {
    /** Stable id: the HTML anchor, the XLSX sheet and the key of {@code ReportModel#section}. */
    String id();

    /** Reading order, ascending; the executive summary comes first and the sources appendix last. */
    int order();

    /** What the run gives the report; empty when the run lacks the stage the section needs. */
    Optional<Contribution> build(ReportContext context);

    /**
     * A built section.
     *
     * @param sources    figures the section used, for the appendix
     * @param keyFigures numbers for summary.json (unique keys); the first, the section's lead, also
     *                   joins the executive summary, which stays a handful of numbers
     */
    record Contribution(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures) {
        public Contribution {
            sources = List.copyOf(sources);
            keyFigures = List.copyOf(keyFigures);
        }
    }
}
