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
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;
import org.cpolens.model.units.Units;

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
    private final Binary[] architectureId;
    private final Binary[] kind;
    private final Binary[] hostLink = {Binary.fromString("optical"), Binary.fromString("copper")};
    private final Binary[] tiersAsked = {Binary.fromString("auto"), Binary.fromString("1"), Binary.fromString("2"),
            Binary.fromString("3")};
    private final boolean[] hotSwappable;
    private ParquetWriter<Integer> writer;
    private Chunk current;

    ParquetSink(SweepPlan plan, Path file) {
        this.plan = plan;
        this.file = file;
        SweepGrid g = plan.grid();
        List<String> columns = SweepColumns.of(g);
        names = columns.toArray(String[]::new);
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : columns) {
            switch (c) {
                case "switch", "tiersAsked", "hostLink", "architecture", "kind" ->
                        b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
                case "hotSwappable" -> b.required(PrimitiveTypeName.BOOLEAN).named(c);
                case "extraAcceleratorsAtSamePower" -> b.optional(PrimitiveTypeName.INT64).named(c);
                case "design", "endpoints", "radix", "tiers", "switchCount", "links", "switchSidePorts",
                     "hostSideModules", "lasers", "laserModules" -> b.required(PrimitiveTypeName.INT64).named(c);
                default -> b.required(PrimitiveTypeName.DOUBLE).named(c);
            }
        }
        schema = b.named("sweep_row");
        switchId = g.switches().stream().map(s -> Binary.fromString(s.id())).toArray(Binary[]::new);
        List<OpticsArchitecture> archs = g.architectures();
        architectureId = archs.stream().map(a -> Binary.fromString(a.id())).toArray(Binary[]::new);
        kind = archs.stream().map(a -> Binary.fromString(a.kind())).toArray(Binary[]::new);
        hotSwappable = new boolean[archs.size()];
        for (int a = 0; a < archs.size(); a++) {
            hotSwappable[a] = archs.get(a).hotSwappable();
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

    private static double micro(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private void writeRow(RecordConsumer rc, Chunk chunk, int row) {
        DesignBlock block = chunk.block;
        int archs = plan.architectureCount();
        int g = row / archs;
        int a = row - g * archs;
        long group = block.firstGroup() + g;
        int f = (int) (group / plan.combinations());
        long combo = group - f * plan.combinations();
        double switchW = block.result(row, DesignKernel.SWITCH_OPTICS_W);
        double hostW = block.result(row, DesignKernel.HOST_OPTICS_W);
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
        List<FigureAxis> figures = plan.grid().figures();
        for (int x = 0; x < figures.size(); x++) {
            c = doubleField(rc, c, figures.get(x).value(plan.axisIndex(x, combo)));
        }
        c = binaryField(rc, c, architectureId[a]);
        c = binaryField(rc, c, kind[a]);
        c = longField(rc, c, plan.switchPorts(f));
        c = longField(rc, c, plan.hostModules(f));
        c = doubleField(rc, c, micro(Units.kilowatts(switchW)));
        c = doubleField(rc, c, micro(Units.kilowatts(hostW)));
        c = doubleField(rc, c, micro(Units.kilowatts(switchW + hostW)));
        c = doubleField(rc, c, micro(Units.kilowatts(block.result(row, DesignKernel.SWITCH_BASE_W))));
        c = doubleField(rc, c, micro(Units.kilowatts(block.result(row, DesignKernel.NETWORK_W))));
        c = doubleField(rc, c, micro(block.result(row, DesignKernel.PJ_PER_BIT)));
        c = doubleField(rc, c, micro(block.result(row, DesignKernel.OPTICS_PJ_PER_BIT)));
        c = longField(rc, c, (long) block.result(row, DesignKernel.LASERS));
        c = longField(rc, c, (long) block.result(row, DesignKernel.LASER_MODULES));
        c = doubleField(rc, c, micro(block.result(row, DesignKernel.EDGE_MM)));
        c = doubleField(rc, c, micro(block.result(row, DesignKernel.LATENCY_NS)));
        c = doubleField(rc, c, micro(block.result(row, DesignKernel.CAPEX_USD)));
        rc.startField(names[c], c);
        rc.addBoolean(hotSwappable[a]);
        rc.endField(names[c], c);
        c++;
        c = doubleField(rc, c, micro(Units.kilowatts(block.result(row, DesignKernel.SAVED_W))));
        double extra = block.result(row, DesignKernel.EXTRA_ACCELERATORS);
        if (extra >= 0) {
            longField(rc, c, (long) extra);
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
