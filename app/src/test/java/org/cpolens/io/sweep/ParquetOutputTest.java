package org.cpolens.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.GridLoader;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.sweep.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet rows are the CSV rows with native types, and a cut-short Parquet file is still readable. */
class ParquetOutputTest {
    @TempDir
    Path dir;

    private static final String GRID = """
            name: pq
            endpoints: [3000, 20000]
            switch: [tomahawk5-64x800g, spectrum-x-photonics-512x800g]
            tiers: [auto, 3]
            oversubscription: [1, 2]
            hostLink: [optical, copper]
            architectures: [pluggable-dsp-800g, lpo-800g, cpo-bailly-800g]
            figures:
              cpo-bailly-800g.switchPortWatts: [4.5, 5.5]
              cpo-bailly-800g.costPerPortUsd: [400, 480, 560]
            """;

    private static SweepPlan plan(String yaml) {
        return SweepPlan.build(GridLoader.parse(YamlDoc.parse("pq.yaml", yaml), CatalogLoader.load(null)),
                FabricBuilder.foldedClos(), 2);
    }

    /** Every row as the text a CSV cell would hold (numbers compared as doubles below). */
    static List<List<Object>> read(Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new PlainCodecFactory(3)).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PageReadStore group;
            while ((group = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(group, new GroupRecordConverter(schema));
                for (long i = 0; i < group.getRowCount(); i++) {
                    Group g = records.read();
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < schema.getFieldCount(); c++) {
                        Type t = schema.getType(c);
                        if (g.getFieldRepetitionCount(c) == 0) {
                            row.add(null);
                            continue;
                        }
                        PrimitiveTypeName p = t.asPrimitiveType().getPrimitiveTypeName();
                        row.add(switch (p) {
                            case INT64 -> g.getLong(c, 0);
                            case DOUBLE -> g.getDouble(c, 0);
                            case BOOLEAN -> g.getBoolean(c, 0);
                            default -> g.getString(c, 0);
                        });
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @Test
    void parquetHoldsTheCsvRowsWithTypes() throws IOException {
        SweepPlan plan = plan(GRID);
        Path csv = dir.resolve("rows.csv");
        Path parquet = dir.resolve("rows.parquet");
        SweepRunner.toFile(plan, csv, 2, () -> false, null);
        SweepRunner.Outcome o = SweepRunner.toFile(plan, parquet, 2, () -> false, null);
        assertThat(o.complete()).isTrue();

        List<String> lines = Files.readAllLines(csv);
        List<List<Object>> rows = read(parquet);
        assertThat(rows).hasSize(lines.size() - 1).hasSize((int) plan.rows());
        String[] header = lines.get(0).split(",");
        assertThat(header).hasSize(rows.get(0).size());
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            for (int c = 0; c < header.length; c++) {
                Object v = rows.get(i).get(c);
                String what = "row " + i + ", " + header[c];
                if (v == null) {
                    assertThat(cells[c]).as(what).isEmpty();
                } else if (v instanceof Double d) {
                    assertThat(Double.parseDouble(cells[c])).as(what).isEqualTo(d);
                } else {
                    assertThat(String.valueOf(v)).as(what).isEqualTo(cells[c]);
                }
            }
        }
    }

    @Test
    void aCancelledParquetSweepIsReadableAndHoldsWhatItReports() throws IOException {
        SweepPlan plan = SweepPlan.build(GridLoader.load("cpo-map", CatalogLoader.load(null)), FabricBuilder.foldedClos(), 2);
        Path parquet = dir.resolve("cut.parquet");
        AtomicLong seen = new AtomicLong();
        SweepRunner.Outcome o = SweepRunner.toFile(plan, parquet, 2, () -> seen.get() >= 5 * 4096, seen::set);
        assertThat(o.complete()).isFalse();
        List<List<Object>> rows = read(parquet);
        assertThat((long) rows.size()).isEqualTo(o.rowsWritten()).isLessThan(plan.rows());
        assertThat(rows.get(rows.size() - 1).get(0)).isEqualTo(o.rowsWritten() - 1);
    }
}
