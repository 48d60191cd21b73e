package org.cpolens.io.sweep;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.cpolens.model.tco.TcoColumn;

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

    // A row's result part, laid out once per architecture: the constant bytes before each numeric
    // column (separators, keys and the text columns between them), the numeric columns, the end.
    private final AsciiBuffer.Packed first;
    private final AsciiBuffer.Packed separator;
    /** [axis][value index]: the separator (or key) and the value's text. */
    private final AsciiBuffer.Packed[][] figure;
    private final ResultColumn[] numeric;
    private final ResultColumn.Type[] numericType;
    /** The kernel output each numeric column reads: the memo compares these raw values. */
    private final int[] slot;
    /** Per memo entry (architecture x numeric column): its first word and its size in words. */
    private final int[] memoAt;
    private final int[] memoWords;
    /** [architecture][numeric column]: what comes before it. */
    private final AsciiBuffer.Packed[][] lead;
    /** [architecture]: what follows the last numeric column, row end included. */
    private final AsciiBuffer.Packed[] tail;
    private final AsciiBuffer.Packed emptyPacked;
    /** The cost-of-ownership columns, or null when the grid does not price rows. */
    private final TcoColumn[] tco;
    /** [TCO column]: the separator (or key) before it. */
    private final AsciiBuffer.Packed[] tcoLead;
    private final AsciiBuffer.Packed rowEndPacked;

    TextSink(SweepPlan plan, RowFormat format, OutputStream out) {
        this.plan = plan;
        this.format = format;
        this.out = out;
        SweepGrid grid = plan.grid();
        architectures = plan.architectureCount();
        figureAxes = grid.figures().size();
        tco = grid.hasTco() ? TcoColumn.values() : null;
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
        emptyPacked = AsciiBuffer.pack(empty);

        first = AsciiBuffer.pack(before[0]);
        separator = AsciiBuffer.pack(rowSeparator);
        int c0 = SweepColumns.INPUTS.size();
        figure = new AsciiBuffer.Packed[figureAxes][];
        for (int x = 0; x < figureAxes; x++) {
            figure[x] = new AsciiBuffer.Packed[figureValue[x].length];
            for (int i = 0; i < figureValue[x].length; i++) {
                figure[x][i] = AsciiBuffer.pack(concat(before[c0 + x], figureValue[x][i]));
            }
        }
        int resultsAt = c0 + figureAxes;
        numeric = Arrays.stream(results).filter(ResultColumn::fromKernel).toArray(ResultColumn[]::new);
        numericType = Arrays.stream(numeric).map(ResultColumn::type).toArray(ResultColumn.Type[]::new);
        lead = new AsciiBuffer.Packed[architectures][numeric.length];
        tail = new AsciiBuffer.Packed[architectures];
        for (int a = 0; a < architectures; a++) {
            byte[] pending = new byte[0];
            int k = 0;
            for (int r = 0; r < results.length; r++) {
                pending = concat(pending, before[resultsAt + r]);
                if (results[r].fromKernel()) {
                    lead[a][k++] = AsciiBuffer.pack(pending);
                    pending = new byte[0];
                } else {
                    pending = concat(pending, attribute[r][a]);
                }
            }
            // with TCO columns the row ends after them
            tail[a] = AsciiBuffer.pack(tco == null ? concat(pending, rowEnd) : pending);
        }
        rowEndPacked = AsciiBuffer.pack(rowEnd);
        int tcoAt = resultsAt + results.length;
        tcoLead = new AsciiBuffer.Packed[tco == null ? 0 : tco.length];
        for (int k = 0; k < tcoLead.length; k++) {
            tcoLead[k] = AsciiBuffer.pack(before[tcoAt + k]);
        }
        slot = Arrays.stream(numeric).mapToInt(ResultColumn::slot).toArray();
        memoAt = new int[architectures * numeric.length];
        memoWords = new int[memoAt.length];
        int words = 0;
        for (int m = 0; m < memoAt.length; m++) {
            memoAt[m] = words;
            memoWords[m] = (lead[m / numeric.length][m % numeric.length].length() + MAX_NUMBER_BYTES + 7) / 8;
            words += memoWords[m];
        }
    }

    /** More than any number's text: a fixed-point value, a long, or {@code Double.toString}. */
    private static final int MAX_NUMBER_BYTES = 32;

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
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
        boolean separated = separator.length() > 0;
        ResultColumn[] cols = numeric;
        ResultColumn.Type[] types = numericType;
        if (chunk.memoBits == null) {
            startMemo(chunk);
        }
        long[] memoBits = chunk.memoBits;
        long[] memoText = chunk.memoText;
        int[] memoLength = chunk.memoLength;
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
                if (separated && design > 0) {
                    b.append(separator);
                }
                b.append(first).append(design);
                b.append(chunk.fabricColumns.array(), chunk.fabricColumns.size());
                for (int x = 0; x < figureAxes; x++) {
                    b.append(figure[x][plan.axisIndex(x, combo)]);
                }
                AsciiBuffer.Packed[] leads = lead[a];
                int m = a * cols.length;
                for (int k = 0; k < cols.length; k++, m++) {
                    long bits = Double.doubleToRawLongBits(block.result(row, slot[k]));
                    if (bits == memoBits[m]) {
                        b.appendWords(memoText, memoAt[m], memoLength[m]);
                        continue;
                    }
                    int start = b.mark(memoWords[m]);
                    b.append(leads[k]);
                    double v = block.value(row, cols[k]);
                    switch (types[k]) {
                        case NUMBER -> b.appendMicros(v);
                        case COUNT -> b.append((long) v);
                        default -> { // OPTIONAL_COUNT: -1 when unknown
                            if (v < 0) {
                                b.append(emptyPacked);
                            } else {
                                b.append((long) v);
                            }
                        }
                    }
                    int length = b.saveWords(start, memoText, memoAt[m], memoWords[m]);
                    if (length >= 0) { // (a text too long to keep leaves the memo as it was)
                        memoBits[m] = bits;
                        memoLength[m] = length;
                    }
                }
                b.append(tail[a]);
                if (tco != null) {
                    for (int k = 0; k < tco.length; k++) {
                        b.append(tcoLead[k]);
                        double v = block.tco(row, tco[k].slot());
                        if (Double.isNaN(v)) {
                            b.append(emptyPacked);
                        } else {
                            b.appendMicros(v);
                        }
                    }
                    b.append(rowEndPacked);
                }
            }
        }
    }

    /**
     * Memo entries hold a column's separator (or key) and the text of the last value it had for
     * an architecture; each starts as 0.0, whose text is "0" in every numeric column type.
     */
    private void startMemo(Chunk chunk) {
        int entries = memoAt.length;
        chunk.memoBits = new long[entries];
        chunk.memoText = new long[entries == 0 ? 0 : memoAt[entries - 1] + memoWords[entries - 1]];
        chunk.memoLength = new int[entries];
        Arrays.fill(chunk.memoBits, Double.doubleToRawLongBits(0.0));
        AsciiBuffer scratch = new AsciiBuffer(64);
        for (int m = 0; m < entries; m++) {
            scratch.clear();
            int start = scratch.mark(memoWords[m]);
            scratch.append(lead[m / numeric.length][m % numeric.length]).append('0');
            chunk.memoLength[m] = scratch.saveWords(start, chunk.memoText, memoAt[m], memoWords[m]);
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
