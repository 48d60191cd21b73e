package org.cpolens.report;

import java.util.List;
import java.util.Optional;
import org.cpolens.report.KeyFigures.KeyFigure;

/**
 * One section of the report, built from a pipeline run. {@link ReportBuilder} only orders the
 * sections, then assembles the key takeaways from their key figures and the sources appendix
 * from their sources: a new section is a class here and a line in {@link ReportBuilder#STANDARD}.
 */
public interface ReportSection {
    /** Stable id: the HTML anchor, the XLSX sheet and the key of {@code ReportModel#section}. */
    String id();

    /** Reading order, ascending; the key takeaways come first and the sources appendix last. */
    int order();

    /** What the run gives the report; empty when the run lacks the stage the section needs. */
    Optional<Contribution> build(ReportContext context);

    /**
     * A built section.
     *
     * @param sources    figures the section used, for the appendix
     * @param keyFigures numbers for summary.json (unique keys)
     * @param takeaways  the figures the key takeaways page shows for this section, usually read
     *                   against the baseline and the best non-CPO choice ({@link KeyFigure#references});
     *                   when empty, the first key figure (the section's lead) stands in. Keys not among
     *                   {@code keyFigures} join summary.json too
     * @param sheets     workbook sheets of the section's own (a model of formulas, say), written after
     *                   the section sheets of report.xlsx
     */
    record Contribution(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures,
                        List<KeyFigure> takeaways, List<WorkbookSheet> sheets) {
        public Contribution {
            sources = List.copyOf(sources);
            keyFigures = List.copyOf(keyFigures);
            takeaways = List.copyOf(takeaways);
            sheets = List.copyOf(sheets);
        }

        public Contribution(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures) {
            this(section, sources, keyFigures, List.of(), List.of());
        }

        public Contribution(Section section, List<SourceEntry> sources, List<KeyFigure> keyFigures,
                            List<KeyFigure> takeaways) {
            this(section, sources, keyFigures, takeaways, List.of());
        }
    }
}
