package org.cpolens.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cpolens.cli.CliRun;
import org.cpolens.report.ReportFixture;
import org.cpolens.report.SourceEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adding an architecture figure is a constant of {@link ArchitectureFigure} and a value in
 * architectures.yaml: every figure the registry lists, including any added later, must reach the
 * compare JSON, a sweep row (as a swept axis) and the report's Sources appendix with no other edit.
 */
class ArchitectureFigureRegistryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ArchitectureFigure.class)
    void everyFigureReachesCompareJson(ArchitectureFigure f) throws IOException {
        CliRun r = CliRun.of("compare", "--scenario", "broadcom-32k", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        for (JsonNode a : JSON.readTree(r.out()).get("architectures")) {
            assertThat(a.get("figures").has(f.key())).as(a.get("id") + "." + f.key()).isTrue();
        }
    }

    /** The figure swept over two values in its bound: both appear in the rows, under the axis column. */
    @ParameterizedTest
    @EnumSource(ArchitectureFigure.class)
    void everyFigureCanBeSweptAndIsARowColumn(ArchitectureFigure f) throws IOException {
        double base = org.cpolens.io.Catalogs.bundled().interconnect().architecture("cpo-bailly-800g").orElseThrow()
                .value(f);
        double low = f.bound() == Bound.POSITIVE || base > 0 ? base : 1;
        double high = low * 2;
        Path grid = dir.resolve("g.yaml");
        Files.writeString(grid, """
                name: registry
                endpoints: [4096]
                switch: tomahawk5-64x800g
                architectures: [pluggable-dsp-800g, cpo-bailly-800g]
                figures:
                  cpo-bailly-800g.%s: [%s, %s]
                """.formatted(f.key(), low, high));
        Path out = dir.resolve("rows.csv");
        CliRun r = CliRun.of("sweep", "--grid", grid.toString(), "--out", out.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        List<String> header = List.of(lines.get(0).split(","));
        int column = header.indexOf("cpo-bailly-800g." + f.key());
        assertThat(column).as("column of %s in %s", f.key(), header).isNotNegative();
        assertThat(lines.subList(1, lines.size()).stream().map(l -> Double.parseDouble(l.split(",")[column])).distinct())
                .containsExactlyInAnyOrder(low, high);
    }

    @ParameterizedTest
    @EnumSource(ArchitectureFigure.class)
    void everyFigureIsInTheSourcesAppendix(ArchitectureFigure f) {
        List<String> figures = ReportFixture.report().sources().stream().map(SourceEntry::figure).toList();
        for (OpticsArchitecture a : ReportFixture.scenario().architectures()) {
            assertThat(figures).contains(a.id() + "." + f.key());
        }
    }
}
