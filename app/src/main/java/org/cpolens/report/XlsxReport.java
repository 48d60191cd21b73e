package org.cpolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link ReportModel} as an Excel workbook: one sheet per section (the sources appendix
 * is the "Sources" sheet), numbers as numeric cells at full precision (only the display format
 * rounds), units in the column headers, so analysts can keep computing with them.
 */
public final class XlsxReport {
    /** Excel's limit on sheet-name length. */
    public static final int MAX_SHEET_NAME = 31;

    private XlsxReport() {
    }

    public static void write(ReportModel model, String lang, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Set<String> used = new HashSet<>();
            for (Section s : model.sections()) {
                Sheet sheet = wb.createSheet(sheetName(s.title().en(), used));
                new SheetWriter(sheet, st, lang).section(s);
            }
            wb.write(out);
        }
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

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
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
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }
    }

    private static final class SheetWriter {
        private final Sheet sheet;
        private final Styles st;
        private final String lang;
        private final List<Integer> widths = new ArrayList<>();
        private int next;

        SheetWriter(Sheet sheet, Styles st, String lang) {
            this.sheet = sheet;
            this.st = st;
            this.lang = lang;
        }

        void section(Section s) {
            text(sheet.createRow(next++), 0, s.title().in(lang), st.title);
            next++;
            for (Block b : s.blocks()) {
                if (b instanceof DataTable t) {
                    table(t);
                } else if (b instanceof Chart c) {
                    chart(c);
                } else if (b instanceof KeyFigures k) {
                    figures(k);
                } else if (b instanceof Paragraph p) {
                    text(sheet.createRow(next++), 0, p.text().in(lang), null);
                } else if (b instanceof GraphChart g) {
                    graph(g);
                }
                next++;
            }
            for (int i = 0; i < widths.size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, widths.get(i) + 2)) * 256);
            }
        }

        private void table(DataTable t) {
            title(t.title());
            List<String> headers = new ArrayList<>();
            for (Column c : t.columns()) {
                headers.add(header(c.header().in(lang), c.unit()));
            }
            headerRow(headers);
            for (List<Object> r : t.rows()) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < r.size(); i++) {
                    cell(row, i, r.get(i));
                }
            }
        }

        private void chart(Chart c) {
            title(c.title());
            List<String> headers = new ArrayList<>();
            headers.add(c.valueAxis() == null ? "" : lang.equals("zh-TW") ? "類別" : "Category");
            for (Series s : c.series()) {
                headers.add(header(s.name().in(lang), c.unit()));
            }
            headerRow(headers);
            for (int i = 0; i < c.categories().size(); i++) {
                Row row = sheet.createRow(next++);
                cell(row, 0, c.categories().get(i));
                for (int j = 0; j < c.series().size(); j++) {
                    double[] v = c.series().get(j).values();
                    cell(row, j + 1, i < v.length ? (Object) v[i] : null);
                }
            }
        }

        private void figures(KeyFigures k) {
            boolean zh = lang.equals("zh-TW");
            headerRow(List.of("key", zh ? "項目" : "Figure", zh ? "數值" : "Value", zh ? "單位" : "Unit",
                    zh ? "來源" : "Source", zh ? "狀態" : "Status"));
            for (KeyFigures.KeyFigure f : k.figures()) {
                Row row = sheet.createRow(next++);
                cell(row, 0, f.key());
                cell(row, 1, f.label());
                cell(row, 2, f.value());
                cell(row, 3, f.unit());
                cell(row, 4, f.source());
                cell(row, 5, f.status());
            }
        }

        private void graph(GraphChart g) {
            title(g.title());
            headerRow(List.of("id", "label", "category", "size"));
            for (GraphChart.Node n : g.nodes()) {
                Row row = sheet.createRow(next++);
                cell(row, 0, n.id());
                cell(row, 1, n.label());
                cell(row, 2, n.category() >= 0 && n.category() < g.categories().size()
                        ? g.categories().get(n.category()) : null);
                cell(row, 3, n.size());
            }
            next++;
            headerRow(List.of("from", "to", "label"));
            for (GraphChart.Edge e : g.edges()) {
                Row row = sheet.createRow(next++);
                cell(row, 0, e.from());
                cell(row, 1, e.to());
                cell(row, 2, e.label());
            }
        }

        private void title(Text t) {
            if (t != null && !t.in(lang).isEmpty()) {
                text(sheet.createRow(next++), 0, t.in(lang), st.header);
            }
        }

        private void headerRow(List<String> headers) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.size(); i++) {
                text(row, i, headers.get(i), st.header);
            }
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
            text(row, col, v instanceof Text t ? t.in(lang) : String.valueOf(v), null);
        }

        private void text(Row row, int col, String s, CellStyle style) {
            Cell c = row.createCell(col);
            c.setCellValue(s);
            if (style != null) {
                c.setCellStyle(style);
            }
            // a title or paragraph in column A should not widen the whole column
            if (style != st.title && s.length() < 80) {
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
