package org.cpolens.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;

/**
 * Sweep rows as Parquet (ZSTD, dictionary-encoded), the columns and values of the CSV with native
 * types: counts INT64, figures DOUBLE (rounded to 1e-6 as in the CSV), ids UTF-8 strings,
 * {@code extraAcceleratorsAtSamePower} null when unknown. Parquet's writer is single-threaded, so
 * rows are encoded on the writing thread; a closed file is valid at any row count.
 */
final class ParquetSink implements RowSink {
    private static final int ZSTD_LEVEL = 3;

    private final SweepPlan plan;
    private final Path file;
    private final MessageType schema;
    private final String[] names;
    private final Binary[] switchId;
    private final ResultColumn[] results = ResultColumn.rowColumns().toArray(ResultColumn[]::new);
    /** Values of the non-numeric result columns, [column][architecture]: a Binary or a Boolean. */
    private final Object[][] attribute;
    private final Binary[] hostLink = {Binary.fromString("optical"), Binary.fromString("copper")};
    private final Binary[] tiersAsked = {Binary.fromString("auto"), Binary.fromString("1"), Binary.fromString("2"),
            Binary.fromString("3")};
    private ParquetWriter<Integer> writer;
    private Chunk current;

    ParquetSink(SweepPlan plan, Path file) {
        this.plan = plan;
        this.file = file;
        SweepGrid g = plan.grid();
        List<String> columns = SweepColumns.of(g);
        names = columns.toArray(String[]::new);
        Types.MessageTypeBuilder b = Types.buildMessage();
        int inputs = columns.size() - results.length;
        for (int i = 0; i < inputs; i++) {
            String c = columns.get(i);
            switch (c) {
                case "switch", "tiersAsked", "hostLink" ->
                        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
                case "design", "endpoints", "radix", "tiers", "switchCount", "links", "planes", "accelerators" ->
                        b.required(PrimitiveTypeName.INT64).named(c);
                default -> b.required(PrimitiveTypeName.DOUBLE).named(c);
            }
        }
        for (ResultColumn r : results) {
            switch (r.type()) {
                case TEXT -> b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(r.rowKey());
                case BOOLEAN -> b.required(PrimitiveTypeName.BOOLEAN).named(r.rowKey());
                case COUNT -> b.required(PrimitiveTypeName.INT64).named(r.rowKey());
                case OPTIONAL_COUNT -> b.optional(PrimitiveTypeName.INT64).named(r.rowKey());
                case NUMBER -> b.required(PrimitiveTypeName.DOUBLE).named(r.rowKey());
            }
        }
        schema = b.named("sweep_row");
        switchId = g.switches().stream().map(s -> Binary.fromString(s.id())).toArray(Binary[]::new);
        List<OpticsArchitecture> archs = g.architectures();
        attribute = new Object[results.length][];
        for (int r = 0; r < results.length; r++) {
            if (results[r].fromKernel()) {
                continue;
            }
            attribute[r] = new Object[archs.size()];
            for (int a = 0; a < archs.size(); a++) {
                Object v = results[r].attribute(archs.get(a));
                attribute[r][a] = v instanceof String str ? Binary.fromString(str) : v;
            }
        }
    }

    private final class RowSupport extends WriteSupport<Integer> {
        private RecordConsumer rc;

        @Override
        public WriteContext init(ParquetConfiguration conf) {
            return new WriteContext(schema, Map.of("cpolens.grid", plan.grid().name(),
                    "cpolens.columns", "as cpolens sweep --out FILE.csv; units in the README"));
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
            return init((ParquetConfiguration) null);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.rc = recordConsumer;
        }

        @Override
        public void write(Integer row) {
            writeRow(rc, current, row);
        }
    }

    private final class Builder extends ParquetWriter.Builder<Integer, Builder> {
        Builder(OutputFile out) {
            super(out);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration conf) {
            return new RowSupport();
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return new RowSupport();
        }
    }


    private void writeRow(RecordConsumer rc, Chunk chunk, int row) {
        DesignBlock block = chunk.block;
        int archs = plan.architectureCount();
        int g = row / archs;
        int a = row - g * archs;
        long group = block.firstGroup() + g;
        int f = (int) (group / plan.combinations());
        long combo = group - f * plan.combinations();
        rc.startMessage();
        int c = 0;
        c = longField(rc, c, group * archs + a);
        c = longField(rc, c, plan.endpoints(f));
        c = doubleField(rc, c, plan.portGbps(f));
        c = binaryField(rc, c, switchId[plan.switchIndex(f)]);
        c = longField(rc, c, plan.radix(f));
        c = binaryField(rc, c, tiersAsked[plan.tiersAsked(f)]);
        c = longField(rc, c, plan.tierCount(f));
        c = doubleField(rc, c, plan.oversubscription(f));
        c = binaryField(rc, c, hostLink[plan.hostLinkOptical(f) ? 0 : 1]);
        c = longField(rc, c, plan.switchCount(f));
        c = longField(rc, c, plan.links(f));
        c = longField(rc, c, plan.planes(f));
        c = longField(rc, c, plan.accelerators(f));
        List<FigureAxis> figures = plan.grid().figures();
        for (int x = 0; x < figures.size(); x++) {
            c = doubleField(rc, c, figures.get(x).value(plan.axisIndex(x, combo)));
        }
        for (int r = 0; r < results.length; r++) {
            ResultColumn col = results[r];
            switch (col.type()) {
                case TEXT -> c = binaryField(rc, c, (Binary) attribute[r][a]);
                case BOOLEAN -> {
                    rc.startField(names[c], c);
                    rc.addBoolean((Boolean) attribute[r][a]);
                    rc.endField(names[c], c);
                    c++;
                }
                case COUNT -> c = longField(rc, c, (long) block.value(row, col));
                case NUMBER -> c = doubleField(rc, c, Numbers.round6(block.value(row, col)));
                case OPTIONAL_COUNT -> {
                    double v = block.value(row, col);
                    if (v >= 0) {
                        longField(rc, c, (long) v);
                    }
                    c++;
                }
            }
        }
        rc.endMessage();
    }

    private int longField(RecordConsumer rc, int c, long v) {
        rc.startField(names[c], c);
        rc.addLong(v);
        rc.endField(names[c], c);
        return c + 1;
    }

    private int doubleField(RecordConsumer rc, int c, double v) {
        rc.startField(names[c], c);
        rc.addDouble(v);
        rc.endField(names[c], c);
        return c + 1;
    }

    private int binaryField(RecordConsumer rc, int c, Binary v) {
        rc.startField(names[c], c);
        rc.addBinary(v);
        rc.endField(names[c], c);
        return c + 1;
    }

    @Override
    public void prepare(Chunk chunk) {
        // Parquet encodes on the writing thread; the block is all it needs.
    }

    @Override
    public void begin() throws IOException {
        writer = new Builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new PlainCodecFactory(ZSTD_LEVEL))
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withRowGroupSize(64L * 1024 * 1024)
                .withDictionaryEncoding(true)
                .build();
    }

    @Override
    public void write(Chunk chunk) throws IOException {
        current = chunk;
        int rows = chunk.block.rows();
        for (int r = 0; r < rows; r++) {
            writer.write(r);
        }
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }

    @Override
    public void abort() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // the caller deletes the file and reports the first failure
        }
    }
}
