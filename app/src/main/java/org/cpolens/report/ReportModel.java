package org.cpolens.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole report, ready to render: sections in reading order, the sources appendix, and the
 * headline figures that become {@code summary.json}.
 *
 * @param scenario   scenario name
 * @param seed       the seed every random draw of the run came from (printed, and in summary.json)
 * @param sections   sections in the fixed order of {@link ReportBuilder#SECTION_ORDER}
 * @param sources    every figure the report used, with source and status
 * @param summary    summary.json's content: stable camelCase keys, insertion-ordered, no timestamps
 * @param provenance as-of date, tool version, catalog digest and seed
 * @param sheets     workbook sheets the sections write themselves (see {@link WorkbookSheet})
 * @param names      display names of the ids a reader may meet in cells (the run's architectures)
 */
public record ReportModel(String scenario, long seed, List<Section> sections, List<SourceEntry> sources,
                          Map<String, Object> summary, Provenance provenance, List<WorkbookSheet> sheets,
                          Map<String, Text> names) {
    public ReportModel {
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        provenance = provenance == null ? new Provenance("", "", "", seed) : provenance;
        sheets = List.copyOf(sheets);
        names = names == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    public ReportModel(String scenario, long seed, List<Section> sections, List<SourceEntry> sources,
                       Map<String, Object> summary, Provenance provenance, List<WorkbookSheet> sheets) {
        this(scenario, seed, sections, sources, summary, provenance, sheets, Map.of());
    }

    public ReportModel(String scenario, long seed, List<Section> sections, List<SourceEntry> sources,
                       Map<String, Object> summary) {
        this(scenario, seed, sections, sources, summary, null, List.of(), Map.of());
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> sectionIds() {
        return sections.stream().map(Section::id).toList();
    }

    /** summary.json: the same inputs and seed give the same bytes. */
    public String summaryJson() {
        return Json.write(summary);
    }
}
