package org.cpolens.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.GridLoader;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sweep cut short still leaves a valid file holding exactly the rows it reports. */
class SweepRunnerTest {
    @TempDir
    Path dir;

    private static SweepPlan bundledMap() {
        SweepGrid grid = GridLoader.load("cpo-map", CatalogLoader.load(null));
        return SweepPlan.build(grid, FabricBuilder.foldedClos(), 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl"})
    void cancelledSweepLeavesAValidTruncatedFile(String extension) throws IOException {
        SweepPlan plan = bundledMap();
        Path out = dir.resolve("cut." + extension);
        AtomicLong seen = new AtomicLong();
        // Cancel once three chunks are written; the rows of the chunks still in flight are dropped.
        SweepRunner.Outcome o = SweepRunner.toFile(plan, out, 2, () -> seen.get() >= 3 * 4096, seen::set);

        assertThat(o.complete()).isFalse();
        assertThat(o.rowsWritten()).isGreaterThanOrEqualTo(3 * 4096).isLessThan(plan.rows());
        assertThat(o.tally().rows()).isEqualTo(o.rowsWritten());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no .part file left").containsExactly(out.getFileName().toString());
        }
        ObjectMapper json = new ObjectMapper();
        switch (extension) {
            case "csv" -> {
                List<String> lines = Files.readAllLines(out);
                assertThat(lines).hasSize((int) o.rowsWritten() + 1);
                int columns = lines.get(0).split(",").length;
                assertThat(lines.get(lines.size() - 1).split(",", -1)).hasSize(columns);
                assertThat(Files.readString(out)).endsWith("\r\n");
            }
            case "json" -> {
                JsonNode rows = json.readTree(out.toFile());
                assertThat(rows.size()).isEqualTo((int) o.rowsWritten());
                assertThat(rows.get(rows.size() - 1).get("design").asLong()).isEqualTo(o.rowsWritten() - 1);
            }
            default -> {
                List<String> lines = Files.readAllLines(out);
                assertThat(lines).hasSize((int) o.rowsWritten());
                assertThat(json.readTree(lines.get(lines.size() - 1)).get("design").asLong()).isEqualTo(o.rowsWritten() - 1);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void aCompleteSweepWritesEveryPlannedRowAndItsTally(int threads) throws IOException {
        SweepPlan plan = bundledMap();
        Path out = dir.resolve("all.jsonl");
        SweepRunner.Outcome o = SweepRunner.toFile(plan, out, threads, () -> false, null);
        assertThat(o.complete()).isTrue();
        assertThat(o.rowsWritten()).isEqualTo(plan.rows());
        assertThat(Files.lines(out).count()).isEqualTo(plan.rows());
        long compared = 0;
        for (int r = 0; r < o.tally().ranges(); r++) {
            compared += o.tally().groups(r);
        }
        assertThat(compared * plan.architectureCount()).as("every row lies in a range").isEqualTo(plan.rows());
    }
}
