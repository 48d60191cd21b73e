package org.cpolens.io.sweep;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.units.Numbers;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.sweep.DesignBlock;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.sweep.SweepPlan;

/**
 * CSV, JSON and JSON-lines rows. Every text that can appear in a row (ids, axis values, field
 * names) is encoded once up front; a row is then byte copies and fixed-point numbers. Numbers are
 * rounded to 1e-6 of their unit, as {@code cpolens compare --format json} rounds them.
 */
final class TextSink implements RowSink {
    private final SweepPlan plan;
    private final RowFormat format;
    private final OutputStream out;
    private final int architectures;
    private final int figureAxes;

    /** Bytes written before each column's value: a comma, or a JSON key. */
    private final byte[][] before;
    private final byte[] rowEnd;
    private final byte[] rowSeparator;
    private final byte[][] switchId;
    private final byte[][] tiersAsked = new byte[4][];
    private final byte[][] hostLink = new byte[2][];
    private final byte[][][] figureValue;
    private final ResultColumn[] results = ResultColumn.rowColumns().toArray(ResultColumn[]::new);
    /** Text of the non-numeric result columns, [column][architecture]; null for numeric columns. */
    private final byte[][][] attribute;
    private final byte[] empty;

    TextSink(SweepPlan plan, RowFormat format, OutputStream out) {
        this.plan = plan;
        this.format = format;
        this.out = out;
        SweepGrid grid = plan.grid();
        architectures = plan.architectureCount();
        figureAxes = grid.figures().size();
        List<String> columns = SweepColumns.of(grid);
        before = new byte[columns.size()][];
        for (int i = 0; i < before.length; i++) {
            String prefix = format == RowFormat.CSV ? (i == 0 ? "" : ",") : (i == 0 ? "{" : ",") + json(columns.get(i)) + ":";
            before[i] = ascii(prefix);
        }
        rowEnd = ascii(switch (format) {
            case CSV -> "\r\n";
            case JSON -> "}";
            default -> "}\n";
        });
        rowSeparator = ascii(format == RowFormat.JSON ? ",\n" : "");
        List<SwitchSystem> switches = grid.switches();
        switchId = new byte[switches.size()][];
        for (int s = 0; s < switchId.length; s++) {
            switchId[s] = text(switches.get(s).id());
        }
        tiersAsked[0] = text("auto");
        for (int t = 1; t <= 3; t++) {
            tiersAsked[t] = ascii(String.valueOf(t));
        }
        for (HostLink h : HostLink.values()) {
            hostLink[h.ordinal()] = text(h.word());
        }
        figureValue = new byte[figureAxes][][];
        for (int x = 0; x < figureAxes; x++) {
            FigureAxis ax = grid.figures().get(x);
            figureValue[x] = new byte[ax.size()][];
            for (int i = 0; i < ax.size(); i++) {
                figureValue[x][i] = ascii(Numbers.plain(ax.value(i)));
            }
        }
        List<OpticsArchitecture> archs = grid.architectures();
        attribute = new byte[results.length][][];
        for (int r = 0; r < results.length; r++) {
            ResultColumn col = results[r];
            if (col.fromKernel()) {
                continue;
            }
            attribute[r] = new byte[architectures][];
            for (int a = 0; a < architectures; a++) {
                Object v = col.attribute(archs.get(a));
                attribute[r][a] = v instanceof String str ? text(str) : ascii(String.valueOf(v));
            }
        }
        empty = ascii(format == RowFormat.CSV ? "" : "null");
    }

    private byte[] text(String s) {
        if (format == RowFormat.CSV) {
            boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
            return (quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s).getBytes(StandardCharsets.UTF_8);
        }
        return json(s).getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }


    @Override
    public void begin() throws IOException {
        if (format == RowFormat.CSV) {
            List<String> columns = SweepColumns.of(plan.grid());
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(new String(text(columns.get(i)), StandardCharsets.UTF_8));
            }
            out.write(ascii(sb.append("\r\n").toString()));
        } else if (format == RowFormat.JSON) {
            out.write(ascii("[\n"));
        }
    }

    @Override
    public void prepare(Chunk chunk) {
        AsciiBuffer b = chunk.bytes;
        b.clear();
        DesignBlock block = chunk.block;
        long combos = plan.combinations();
        for (int g = 0; g < block.groups(); g++) {
            long group = block.firstGroup() + g;
            int f = (int) (group / combos);
            long combo = group - f * combos;
            if (chunk.cachedFabric != f) {
                fabricColumns(f, chunk.fabricColumns);
                chunk.cachedFabric = f;
            }
            for (int a = 0; a < architectures; a++) {
                long design = group * architectures + a;
                int row = g * architectures + a;
                if (design > 0) {
                    b.append(rowSeparator);
                }
                int c = 0;
                b.append(before[c++]).append(design);
                b.append(chunk.fabricColumns.array(), chunk.fabricColumns.size());
                c += SweepColumns.INPUTS.size() - 1;
                for (int x = 0; x < figureAxes; x++) {
                    b.append(before[c++]).append(figureValue[x][plan.axisIndex(x, combo)]);
                }
                for (int r = 0; r < results.length; r++) {
                    ResultColumn col = results[r];
                    b.append(before[c++]);
                    switch (col.type()) {
                        case TEXT, BOOLEAN -> b.append(attribute[r][a]);
                        case COUNT -> b.append((long) block.value(row, col));
                        case NUMBER -> b.appendMicros(block.value(row, col));
                        case OPTIONAL_COUNT -> {
                            double v = block.value(row, col);
                            if (v < 0) {
                                b.append(empty);
                            } else {
                                b.append((long) v);
                            }
                        }
                    }
                }
                b.append(rowEnd);
            }
        }
    }

    /** The columns from endpoints to links, with their separators. */
    private void fabricColumns(int f, AsciiBuffer b) {
        b.clear();
        int c = 1;
        b.append(before[c++]).append(plan.endpoints(f));
        b.append(before[c++]).append(ascii(Numbers.plain(plan.portGbps(f))));
        b.append(before[c++]).append(switchId[plan.switchIndex(f)]);
        b.append(before[c++]).append(plan.radix(f));
        b.append(before[c++]).append(tiersAsked[plan.tiersAsked(f)]);
        b.append(before[c++]).append(plan.tierCount(f));
        b.append(before[c++]).append(ascii(Numbers.plain(plan.oversubscription(f))));
        b.append(before[c++]).append(hostLink[plan.hostLinkOptical(f) ? HostLink.OPTICAL.ordinal() : HostLink.COPPER.ordinal()]);
        b.append(before[c++]).append(plan.switchCount(f));
        b.append(before[c++]).append(plan.links(f));
        b.append(before[c++]).append(plan.planes(f));
        b.append(before[c]).append(plan.accelerators(f));
    }

    @Override
    public void write(Chunk chunk) throws IOException {
        out.write(chunk.bytes.array(), 0, chunk.bytes.size());
    }

    @Override
    public void finish() throws IOException {
        if (format == RowFormat.JSON) {
            out.write(ascii("\n]\n"));
        }
        out.close();
    }

    @Override
    public void abort() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the caller deletes the file and reports the first failure
        }
    }
}
