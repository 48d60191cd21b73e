package org.cpolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cpolens.model.units.Units;

/**
 * Renders a {@link ReportModel} as an Excel workbook that is a model, not a dump: one sheet per
 * section under a short localized name, numbers as numeric cells at full precision (years as
 * numbers, shares in % format), frozen headers and an autofilter, a native chart beside each
 * chart's data; the Sources appendix becomes the Inputs sheet, coloured by status, and sections'
 * own sheets ({@link WorkbookSheet}, e.g. the comparison's formulas over the inputs) follow it.
 *
 * <p>Written with POI's streaming workbook: rows go to the file as they are made, so memory and
 * time stay flat whatever the tables hold. Charts are drawn through the sheet under each
 * streaming sheet, with their data given as arrays and as the cell ranges that hold them.
 */
public final class XlsxReport {
    /** Excel's limit on sheet-name length. */
    public static final int MAX_SHEET_NAME = 31;
    /** Rows a streaming sheet keeps in memory before flushing them to its temporary file. */
    static final int WINDOW = 500;
    /** Rows a native chart takes below its data. */
    static final int CHART_ROWS = 18;
    static final int CHART_COLUMNS = 9;

    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

    private XlsxReport() {
    }

    /** Short sheet names per section id: Excel shows 31 characters, the tab bar far fewer. */
    static final Map<String, Text> SHEET_NAMES = Map.ofEntries(
            Map.entry("summary", Text.of("Takeaways", "重點摘要")),
            Map.entry("changes", Text.of("Changes", "與上次差異")),
            Map.entry("comparison", Text.of("Compare", "架構比較")),
            Map.entry("watts", Text.of("Watts", "功耗分布")),
            Map.entry("sensitivity", Text.of("Sensitivity", "敏感度")),
            Map.entry("market", Text.of("Market", "市場")),
            Map.entry("supply", Text.of("Supply chain", "供應鏈")),
            Map.entry("signals", Text.of("Revenue signals", "營收訊號")),
            Map.entry("reliability", Text.of("Reliability", "可靠度")),
            Map.entry("risks", Text.of("Risks", "風險")),
            Map.entry("sources", Text.of("Inputs", "輸入與來源")),
            Map.entry("glossary", Text.of("Glossary", "名詞解釋")));

    /**
     * Loads the classes the first workbook needs (POI's XML schemas take seconds to load on a busy
     * machine) without writing anything: callers start it on another thread early, so the load
     * overlaps the work before the report is written.
     */
    public static void warmUp() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("warm-up");
            Cell c = s.createRow(0).createCell(0);
            c.setCellValue(1.5);
            c.setCellStyle(st.decimal);
            s.getRow(0).createCell(1).setCellFormula("A1*2");
            XSSFSheet xs = wb.getXSSFWorkbook().getSheet("warm-up");
            XSSFDrawing d = xs.createDrawingPatriarch();
            XSSFChart chart = d.createChart(d.createAnchor(0, 0, 0, 0, 0, 2, 4, 8));
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
            data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"a"}, "'warm-up'!$A$1:$A$1"),
                    XDDFDataSourcesFactory.fromArray(new Double[] {1.5}, "'warm-up'!$A$1:$A$1"));
            chart.plot(data);
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
        } catch (IOException | RuntimeException e) {
            // a warm-up that fails costs nothing: the real write reports any real problem
        }
    }

    public static void write(ReportModel model, String lang, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Styles st = new Styles(wb);
            Set<String> used = new HashSet<>();
            Optional<Section> sources = model.section("sources");
            String inputsName = sheetName(SHEET_NAMES.get("sources").in(lang), used);
            Inputs inputs = new Inputs(inputsName, sources.flatMap(XlsxReport::sourcesTable).orElse(null));
            Context ctx = new Context(wb, st, lang, inputs);
            List<Section> later = new ArrayList<>();
            for (Section s : model.sections()) {
                if (s.id().equals("glossary")) {
                    later.add(s);
                    continue;
                }
                if (s.id().equals("sources")) {
                    writeInputs(wb.createSheet(inputsName), st, lang, s, inputs);
                    for (WorkbookSheet ws : model.sheets()) {
                        Sheet sheet = wb.createSheet(sheetName(ws.name().in(lang), used));
                        ws.write(sheet, ctx);
                    }
                    continue;
                }
                Text name = SHEET_NAMES.getOrDefault(s.id(), s.title());
                Sheet sheet = wb.createSheet(sheetName(name.in(lang), used));
                new SheetWriter(sheet, wb, st, lang).section(s);
            }
            if (sources.isEmpty()) {
                for (WorkbookSheet ws : model.sheets()) {
                    ws.write(wb.createSheet(sheetName(ws.name().in(lang), used)), ctx);
                }
            }
            for (Section s : later) {
                Sheet sheet = wb.createSheet(sheetName(SHEET_NAMES.get(s.id()).in(lang), used));
                new SheetWriter(sheet, wb, st, lang).section(s);
            }
            // a fixed creation date (the run's as-of date, never the clock) keeps the file stable
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreator("CPO Lens " + model.provenance().toolVersion());
            core.setCreated(Optional.of(createdDate(model.provenance().asOf())));
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static java.util.Date createdDate(String asOf) {
        String d = asOf == null || asOf.isEmpty() ? "2000-01-01" : asOf.length() == 7 ? asOf + "-01" : asOf;
        return java.util.Date.from(java.time.LocalDate.parse(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    private static Optional<DataTable> sourcesTable(Section s) {
        return s.blocks().stream().filter(DataTable.class::isInstance).map(DataTable.class::cast).findFirst();
    }

    /** A valid, unique sheet name of at most 31 characters. */
    static String sheetName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Sheet" : title.trim(), '-');
        if (base.length() > MAX_SHEET_NAME) {
            base = base.substring(0, MAX_SHEET_NAME);
        }
        // single quotes may not start or end a sheet name
        base = base.replaceAll("^'+|'+$", "");
        if (base.isEmpty()) {
            base = "Sheet";
        }
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** A sheet name as formulas quote it. */
    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }

    /** Text for a cell: backticks mark code on the page and mean nothing in a spreadsheet. */
    static String plainText(String s) {
        return s == null ? "" : s.replace("`", "");
    }

    // ---- the Inputs sheet

    /** Where each figure of the Sources appendix sits on the Inputs sheet. */
    static final class Inputs {
        static final int HEADER_ROW = 2;
        static final int VALUE_COLUMN = 2;
        final String sheet;
        final DataTable table;
        final Map<String, Integer> rows = new LinkedHashMap<>();

        Inputs(String sheet, DataTable table) {
            this.sheet = sheet;
            this.table = table;
            if (table != null) {
                for (int i = 0; i < table.rows().size(); i++) {
                    Object id = table.rows().get(i).get(0);
                    Object v = table.rows().get(i).get(VALUE_COLUMN);
                    if (id != null && v instanceof Number) {
                        rows.putIfAbsent(String.valueOf(id), HEADER_ROW + 1 + i);
                    }
                }
            }
        }

        Optional<String> ref(String figureId) {
            Integer r = rows.get(figureId);
            return r == null ? Optional.empty()
                    : Optional.of(quoted(sheet) + "!" + new CellReference(r, VALUE_COLUMN, true, true).formatAsString());
        }
    }

    private static void writeInputs(Sheet sheet, Styles st, String lang, Section s, Inputs inputs) {
        boolean zh = lang.equals("zh-TW");
        Row title = sheet.createRow(0);
        text(title, 0, zh ? "輸入與來源" : "Inputs and sources", st.title);
        text(sheet.createRow(1), 0, zh
                ? "每個數字的來源與狀態，依狀態上色。改動 C 欄的數值，「比較模型」工作表的總計會跟著重算。"
                : "Every figure with its source and status, coloured by status. Change a value in column C and the "
                        + "model sheets recompute.", null);
        DataTable t = inputs.table;
        if (t == null) {
            return;
        }
        Row header = sheet.createRow(Inputs.HEADER_ROW);
        int[] widths = new int[t.columns().size()];
        for (int i = 0; i < t.columns().size(); i++) {
            String h = t.columns().get(i).header().in(lang);
            text(header, i, h, st.header);
            widths[i] = Tables.displayWidth(h);
        }
        int statusCol = columnOf(t, "status");
        for (int i = 0; i < t.rows().size(); i++) {
            List<Object> r = t.rows().get(i);
            Row row = sheet.createRow(Inputs.HEADER_ROW + 1 + i);
            String status = statusWord(r.get(statusCol));
            for (int c = 0; c < r.size(); c++) {
                Object v = r.get(c);
                CellStyle style = c == Inputs.VALUE_COLUMN || c == statusCol ? st.status(status, v instanceof Number) : null;
                if (v instanceof Number n) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(style != null ? style : st.decimal);
                    widths[c] = Math.max(widths[c], Tables.display(v, lang).length());
                } else if (v != null) {
                    String s2 = plainText(v instanceof Text x ? x.in(lang) : String.valueOf(v));
                    text(row, c, s2, style);
                    widths[c] = Math.max(widths[c], Math.min(60, Tables.displayWidth(s2)));
                }
            }
        }
        int last = Inputs.HEADER_ROW + t.rows().size();
        sheet.createFreezePane(1, Inputs.HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(Inputs.HEADER_ROW, Math.max(Inputs.HEADER_ROW, last), 0,
                t.columns().size() - 1));
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, widths[i] + 2)) * 256);
        }
    }

    private static int columnOf(DataTable t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The status word behind a status cell (a Text whose English is the word). */
    private static String statusWord(Object cell) {
        String en = cell instanceof Text t ? t.en() : cell == null ? "" : String.valueOf(cell);
        return en.equals("not found") ? "not-found" : en;
    }

    private static void text(Row row, int col, String s, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(s);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    // ---- styles

    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle year;
        final CellStyle formula;
        final CellStyle input;
        private final Map<String, CellStyle> statusNumbers = new LinkedHashMap<>();
        private final Map<String, CellStyle> statusText = new LinkedHashMap<>();

        /** Fill colours by status: green for what a source states, amber for assumptions. */
        static final Map<String, byte[]> STATUS_FILL = Map.of(
                "stated", rgb(0xD9EAD3), "secondary", rgb(0xE9F2DE), "reconstructed", rgb(0xDDE8F5),
                "fitted", rgb(0xE6DDF2), "assumption", rgb(0xFCE8C8), "not-found", rgb(0xE3E3E3),
                "computed", rgb(0xF3F3F3));

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            fill(header, rgb(0xEEF2F6));
            text = wb.createCellStyle();
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            year = wb.createCellStyle();
            year.setDataFormat(wb.createDataFormat().getFormat("0"));
            formula = wb.createCellStyle();
            formula.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            fill(formula, rgb(0xEAF3FB));
            input = wb.createCellStyle();
            input.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            fill(input, rgb(0xFFF7D6));
            for (Map.Entry<String, byte[]> e : STATUS_FILL.entrySet()) {
                CellStyle n = wb.createCellStyle();
                n.setDataFormat(wb.createDataFormat().getFormat("#,##0.######"));
                fill(n, e.getValue());
                statusNumbers.put(e.getKey(), n);
                CellStyle t = wb.createCellStyle();
                fill(t, e.getValue());
                statusText.put(e.getKey(), t);
            }
        }

        CellStyle status(String word, boolean number) {
            return (number ? statusNumbers : statusText).get(word);
        }

        private static byte[] rgb(int v) {
            return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }

        private static void fill(CellStyle s, byte[] rgb) {
            ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    /** What a {@link WorkbookSheet} gets. */
    private record Context(SXSSFWorkbook wb, Styles st, String lang, Inputs inputs) implements WorkbookSheet.Context {
        @Override
        public Optional<String> input(String figureId) {
            return inputs.ref(figureId);
        }

        @Override
        public CellStyle style(Style s) {
            return switch (s) {
                case TITLE -> st.title;
                case HEADER -> st.header;
                case TEXT -> st.text;
                case WRAP -> st.wrap;
                case INTEGER -> st.integer;
                case DECIMAL -> st.decimal;
                case PERCENT -> st.percent;
                case YEAR -> st.year;
                case FORMULA -> st.formula;
                case INPUT -> st.input;
            };
        }

        @Override
        public XSSFSheet drawingSheet(Sheet sheet) {
            return wb.getXSSFWorkbook().getSheet(sheet.getSheetName());
        }
    }

    // ---- section sheets

    private static final class SheetWriter {
        private final Sheet sheet;
        private final SXSSFWorkbook wb;
        private final Styles st;
        private final String lang;
        private final List<Integer> widths = new ArrayList<>();
        private int next;
        /** The header row of the first table, if near the top: frozen. */
        private int freezeAt = -1;
        /** The largest table: it gets the autofilter. */
        private CellRangeAddress filter;
        private int filterRows;

        SheetWriter(Sheet sheet, SXSSFWorkbook wb, Styles st, String lang) {
            this.sheet = sheet;
            this.wb = wb;
            this.st = st;
            this.lang = lang;
        }

        void section(Section s) {
            text(sheet.createRow(next++), 0, s.title().in(lang), st.title);
            next++;
            // tables first, under a frozen header; charts, with their data and a native chart, after them
            List<Block> ordered = new ArrayList<>();
            s.blocks().stream().filter(b -> !(b instanceof Chart) && !(b instanceof GraphChart)).forEach(ordered::add);
            s.blocks().stream().filter(b -> b instanceof Chart || b instanceof GraphChart).forEach(ordered::add);
            for (Block b : ordered) {
                if (b instanceof DataTable t) {
                    table(t);
                } else if (b instanceof Chart c) {
                    chart(c);
                } else if (b instanceof KeyFigures k) {
                    figures(k);
                } else if (b instanceof Paragraph p) {
                    text(sheet.createRow(next++), 0, plainText(p.text().in(lang)), null);
                } else if (b instanceof Callout c) {
                    text(sheet.createRow(next++), 0, plainText(c.text().in(lang)), null);
                } else if (b instanceof GraphChart g) {
                    graph(g);
                }
                next++;
            }
            if (freezeAt >= 0) {
                sheet.createFreezePane(1, freezeAt + 1);
            }
            if (filter != null) {
                sheet.setAutoFilter(filter);
            }
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, widths.get(i) + 2)) * 256);
            }
        }

        private void table(DataTable t) {
            title(t.title());
            List<String> headers = new ArrayList<>();
            for (Column c : t.columns()) {
                headers.add(c.unit().equals("%") ? c.header().in(lang) : header(c.header().in(lang), unitLabel(c.unit())));
            }
            int headerRow = headerRow(headers);
            if (freezeAt < 0 && headerRow < 12) {
                freezeAt = headerRow;
            }
            for (List<Object> r : t.rows()) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < r.size(); i++) {
                    Column col = t.columns().get(i);
                    Object v = r.get(i);
                    if (isYearColumn(col) && v instanceof String s && YEAR.matcher(s).matches()) {
                        v = Long.parseLong(s);
                    }
                    if (col.unit().equals("%") && v instanceof Number n) {
                        percentCell(row, i, n.doubleValue());
                    } else if (isYearColumn(col) && v instanceof Number n) {
                        Cell c = row.createCell(i);
                        c.setCellValue(n.doubleValue());
                        c.setCellStyle(st.year);
                    } else {
                        cell(row, i, v);
                    }
                }
            }
            if (!t.rows().isEmpty() && t.rows().size() > filterRows) {
                filterRows = t.rows().size();
                filter = new CellRangeAddress(headerRow, next - 1, 0, t.columns().size() - 1);
            }
        }

        private boolean isYearColumn(Column c) {
            return c.key().equalsIgnoreCase("year") || c.header().en().equalsIgnoreCase("year");
        }

        private String unitLabel(String unit) {
            return Names.unit(unit).label().in(lang);
        }

        private void percentCell(Row row, int col, double percent) {
            if (!Double.isFinite(percent)) {
                return;
            }
            Cell c = row.createCell(col);
            c.setCellValue(Units.fractionFromPercent(percent));
            c.setCellStyle(st.percent);
            width(col, 8);
        }

        private void chart(Chart c) {
            title(c.title());
            boolean years = !c.categories().isEmpty()
                    && c.categories().stream().allMatch(x -> YEAR.matcher(x.en()).matches());
            List<String> headers = new ArrayList<>();
            headers.add(lang.equals("zh-TW") ? "類別" : "Category");
            for (Series s : c.series()) {
                headers.add(header(s.name().in(lang), unitLabel(c.unit())));
            }
            int headerRow = headerRow(headers);
            int first = next;
            for (int i = 0; i < c.categories().size(); i++) {
                Row row = sheet.createRow(next++);
                if (years) {
                    Cell y = row.createCell(0);
                    y.setCellValue(Long.parseLong(c.categories().get(i).en()));
                    y.setCellStyle(st.year);
                } else {
                    cell(row, 0, c.categories().get(i));
                }
                for (int j = 0; j < c.series().size(); j++) {
                    double[] v = c.series().get(j).values();
                    cell(row, j + 1, i < v.length ? (Object) v[i] : null);
                }
            }
            int last = next - 1;
            if (c.kind() != ChartKind.TORNADO && !c.categories().isEmpty() && !c.series().isEmpty()) {
                nativeChart(c, headerRow, first, last);
                next += CHART_ROWS;
            }
        }

        /** A native chart under the data it draws, over the same cells. */
        private void nativeChart(Chart c, int headerRow, int first, int last) {
            XSSFSheet xs = wb.getXSSFWorkbook().getSheet(sheet.getSheetName());
            XSSFDrawing drawing = xs.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, next + 1, CHART_COLUMNS, next + CHART_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(c.title().in(lang));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            String axis = header(c.valueAxis() == null ? "" : c.valueAxis().in(lang), unitLabel(c.unit()));
            if (!axis.isBlank()) {
                y.setTitle(axis);
            }
            String sheetRef = quoted(sheet.getSheetName()) + "!";
            String[] cats = c.categories().stream().map(t -> t.in(lang)).toArray(String[]::new);
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(cats,
                    sheetRef + range(first, last, 0));
            boolean line = c.kind() == ChartKind.LINE || c.kind() == ChartKind.FAN;
            XDDFChartData data = chart.createData(line ? ChartTypes.LINE : ChartTypes.BAR, x, y);
            if (data instanceof XDDFBarChartData bar) {
                bar.setBarDirection(BarDirection.COL);
                if (c.kind() == ChartKind.STACKED_BAR) {
                    // (no overlap setting: poi-ooxml-lite lacks its schema type; Excel stacks without it)
                    bar.setBarGrouping(BarGrouping.STACKED);
                }
            }
            for (int j = 0; j < c.series().size(); j++) {
                double[] v = c.series().get(j).values();
                Double[] boxed = new Double[cats.length];
                for (int i = 0; i < cats.length; i++) {
                    boxed[i] = i < v.length && Double.isFinite(v[i]) ? v[i] : null;
                }
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(boxed,
                        sheetRef + range(first, last, j + 1));
                XDDFChartData.Series s = data.addSeries(categories, values);
                s.setTitle(c.series().get(j).name().in(lang), new CellReference(sheet.getSheetName(), headerRow, j + 1,
                        true, true));
            }
            chart.plot(data);
        }

        private String range(int first, int last, int col) {
            return new CellReference(first, col, true, true).formatAsString() + ":"
                    + new CellReference(last, col, true, true).formatAsString();
        }

        /** The takeaway cards as a table; deltas to their references are formulas over the row's cells. */
        private void figures(KeyFigures k) {
            boolean zh = lang.equals("zh-TW");
            boolean refs = k.figures().stream().anyMatch(f -> !f.references().isEmpty());
            List<String> headers = new ArrayList<>(List.of(zh ? "項目" : "Figure", zh ? "數值" : "Value",
                    zh ? "單位" : "Unit"));
            if (refs) {
                headers.addAll(List.of(zh ? "基準" : "Baseline", zh ? "基準數值" : "Baseline value",
                        zh ? "相對基準" : "vs baseline", zh ? "最佳非 CPO 方案" : "Best non-CPO choice",
                        zh ? "其數值" : "Its value", zh ? "相對最佳非 CPO" : "vs best non-CPO",
                        zh ? "公開區間下限" : "Published low", zh ? "公開區間上限" : "Published high"));
            }
            headers.addAll(List.of(zh ? "來源" : "Source", zh ? "狀態" : "Status", zh ? "鍵名" : "Key"));
            int headerRow = headerRow(headers);
            if (freezeAt < 0 && headerRow < 12) {
                freezeAt = headerRow;
            }
            for (KeyFigures.KeyFigure f : k.figures()) {
                Row row = sheet.createRow(next++);
                int c = 0;
                cell(row, c++, f.label());
                boolean pct = f.unit().equals("%");
                if (pct) {
                    percentCell(row, c++, f.value());
                } else {
                    cell(row, c++, f.value());
                }
                cell(row, c++, pct ? "" : unitLabel(f.unit()));
                if (refs) {
                    String value = new CellReference(row.getRowNum(), 1).formatAsString();
                    c = reference(row, c, f, KeyFigures.Role.BASELINE, value);
                    c = reference(row, c, f, KeyFigures.Role.BEST_OTHER, value);
                    for (KeyFigures.Role role : List.of(KeyFigures.Role.RANGE_LOW, KeyFigures.Role.RANGE_HIGH)) {
                        Optional<KeyFigures.Reference> r = Takeaways.reference(f, role);
                        cell(row, c++, r.map(x -> (Object) x.value()).orElse(null));
                    }
                }
                cell(row, c++, f.source());
                cell(row, c++, Names.status(f.status()));
                cell(row, c, f.key());
            }
        }

        private int reference(Row row, int c, KeyFigures.KeyFigure f, KeyFigures.Role role, String valueCell) {
            Optional<KeyFigures.Reference> r = Takeaways.reference(f, role);
            if (r.isEmpty()) {
                return c + 3;
            }
            cell(row, c, r.get().name());
            cell(row, c + 1, r.get().value());
            if (r.get().value() != 0) {
                Cell delta = row.createCell(c + 2);
                String ref = new CellReference(row.getRowNum(), c + 1).formatAsString();
                delta.setCellFormula("(" + valueCell + "-" + ref + ")/ABS(" + ref + ")");
                delta.setCellStyle(st.percent);
            }
            return c + 3;
        }

        private void graph(GraphChart g) {
            title(g.title());
            boolean zh = lang.equals("zh-TW");
            headerRow(List.of(zh ? "代號" : "Id", zh ? "名稱" : "Name", zh ? "類別" : "Category", zh ? "大小" : "Size"));
            for (GraphChart.Node n : g.nodes()) {
                Row row = sheet.createRow(next++);
                cell(row, 0, n.id());
                cell(row, 1, n.label());
                cell(row, 2, n.category() >= 0 && n.category() < g.categories().size()
                        ? g.categories().get(n.category()) : null);
                cell(row, 3, n.size());
            }
            next++;
            headerRow(List.of(zh ? "從" : "From", zh ? "到" : "To", zh ? "關係" : "Relation"));
            for (GraphChart.Edge e : g.edges()) {
                Row row = sheet.createRow(next++);
                cell(row, 0, e.from());
                cell(row, 1, e.to());
                cell(row, 2, e.label());
            }
        }

        private void title(Text t) {
            if (t != null && !t.in(lang).isEmpty()) {
                XlsxReport.text(sheet.createRow(next++), 0, plainText(t.in(lang)), st.header);
            }
        }

        private int headerRow(List<String> headers) {
            int at = next++;
            Row row = sheet.createRow(at);
            for (int i = 0; i < headers.size(); i++) {
                XlsxReport.text(row, i, headers.get(i), st.header);
                width(i, Math.min(24, Tables.displayWidth(headers.get(i))));
            }
            return at;
        }

        private static String header(String name, String unit) {
            return unit == null || unit.isEmpty() ? name : name + " (" + unit + ")";
        }

        private void cell(Row row, int col, Object v) {
            if (v == null) {
                return;
            }
            if (v instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return;
                }
                Cell c = row.createCell(col);
                c.setCellValue(d);
                boolean integral = v instanceof Long || v instanceof Integer || (d == Math.rint(d) && Math.abs(d) < 1e15);
                c.setCellStyle(integral ? st.integer : st.decimal);
                width(col, Tables.display(v, lang).length());
                return;
            }
            if (v instanceof Boolean b) {
                row.createCell(col).setCellValue(b);
                return;
            }
            String s = plainText(v instanceof Text t ? t.in(lang) : String.valueOf(v));
            XlsxReport.text(row, col, s, null);
            // long text in column A should not widen the whole column
            if (s.length() < 80) {
                width(col, Tables.displayWidth(s));
            }
        }

        private void width(int col, int w) {
            while (widths.size() <= col) {
                widths.add(0);
            }
            widths.set(col, Math.max(widths.get(col), w));
        }
    }
}
