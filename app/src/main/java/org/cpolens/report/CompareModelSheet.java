package org.cpolens.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.report.WorkbookSheet.Context.Style;

/**
 * The comparison as formulas over the Inputs sheet: each architecture's power, energy per bit,
 * capex, saving and extra accelerators are written as the engine computes them (see
 * {@code DesignKernel}), with the per-port figures referenced from the Inputs sheet and the
 * counts of the fabric model written as values. A reader who changes a watt or a price on the
 * Inputs sheet sees the totals, and the chart drawn over them, follow.
 */
final class CompareModelSheet implements WorkbookSheet {
    private final Evaluation e;

    CompareModelSheet(Evaluation e) {
        this.e = e;
    }

    @Override
    public String id() {
        return "compareModel";
    }

    @Override
    public Text name() {
        return Text.of("Compare model", "比較模型");
    }

    /** Rows of the fabric block (0-based), and the first row of the architectures. */
    static final int SPEED = 3;
    static final int ENDPOINTS = 4;
    static final int INJECTION = 5;
    static final int SWITCHES = 6;
    static final int SWITCH_W = 7;
    static final int W_PER_ACCELERATOR = 8;
    static final int HEADER = 10;

    /** Columns of the architecture rows. */
    static final int NAME = 0;
    static final int ID = 1;
    static final int GBPS = 2;
    static final int PORTS = 3;
    static final int MODULES = 4;
    static final int HOST_FROM = 5;
    static final int HOST_GBPS = 6;
    static final int PORT_W = 7;
    static final int MODULE_W = 8;
    static final int OPTICS_KW = 9;
    static final int SWITCH_KW = 10;
    static final int NETWORK_KW = 11;
    static final int PJ = 12;
    static final int CAPEX = 13;
    static final int SAVED = 14;
    static final int EXTRA = 15;

    @Override
    public void write(Sheet sheet, Context ctx) {
        boolean zh = ctx.lang().equals("zh-TW");
        title(sheet.createRow(0), zh ? "比較模型：以「輸入與來源」工作表為參數的公式" : "Compare model: formulas over the Inputs sheet",
                ctx.style(Style.TITLE));
        title(sheet.createRow(1), zh
                ? "藍底為公式、黃底為可改的數值。在「輸入與來源」改動每埠功耗或價格，這裡的總計與圖表會跟著重算；埠數與交換器台數來自網路模型。"
                : "Blue cells are formulas, yellow cells values you may edit. Change a per-port watt or price on the "
                        + "Inputs sheet and these totals, and the chart, follow; port and switch counts come from the fabric model.",
                null);
        var sw = e.interconnect().switchSystem();
        var cluster = e.interconnect().cluster();
        double gbps = e.fabric().request().portGbps();
        label(sheet, SPEED, zh ? "網路埠速率" : "Fabric port speed", "Gb/s", ctx).createCell(1).setCellValue(gbps);
        label(sheet, ENDPOINTS, zh ? "端點數" : "Endpoints", "", ctx).createCell(1).setCellValue(e.fabric().endpoints());
        label(sheet, INJECTION, zh ? "注入頻寬" : "Injection bandwidth", "Gb/s", ctx).createCell(1)
                .setCellValue(e.fabric().injectionGbps());
        label(sheet, SWITCHES, zh ? "交換器台數" : "Switches", "", ctx).createCell(1).setCellValue(e.fabric().switchCount());
        Row swRow = label(sheet, SWITCH_W, zh ? "每台交換器本體功耗（不含光學）" : "Switch power before optics, each", "W", ctx);
        input(swRow, 1, sw.id() + ".basePowerW", sw.basePowerW().value(), ctx);
        Row wpa = label(sheet, W_PER_ACCELERATOR, zh ? "每顆加速器功耗" : "W per accelerator", "W", ctx);
        input(wpa, 1, "cluster.wattsPerAccelerator", cluster.hasAcceleratorPower() ? cluster.wattsPerAccelerator() : 0, ctx);

        String[] headers = zh
                ? new String[] {"架構", "代號", "埠速率 (Gb/s)", "交換器端埠", "主機端模組", "主機端架構", "主機端埠速率 (Gb/s)",
                        "交換器端每埠功耗 (W)", "主機端每模組功耗 (W)", "光學功耗 (kW)", "交換器本體功耗 (kW)", "網路總功耗 (kW)",
                        "每位元能耗 (pJ/bit)", "光學資本支出（百萬美元）", "相對基準節省 (kW)", "可多供電加速器"}
                : new String[] {"Architecture", "Id", "Port speed (Gb/s)", "Switch-side ports", "Host-side modules",
                        "Host side from", "Host-side port speed (Gb/s)", "Switch-side W per port", "Host-side W per module",
                        "Optics power (kW)", "Switch power (kW)", "Network power (kW)", "Energy per bit (pJ/bit)",
                        "Optics capex (US$M)", "Power saved vs baseline (kW)", "Extra accelerators"};
        Row h = sheet.createRow(HEADER);
        for (int i = 0; i < headers.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(ctx.style(Style.HEADER));
        }
        List<ArchitectureResult> archs = e.architectures();
        int first = HEADER + 1;
        for (int i = 0; i < archs.size(); i++) {
            ArchitectureResult r = archs.get(i);
            OpticsArchitecture a = r.architecture();
            OpticsArchitecture host = e.interconnect().nicFor(a);
            int at = first + i;
            Row row = sheet.createRow(at);
            row.createCell(NAME).setCellValue(Names.architecture(a).in(ctx.lang()));
            row.createCell(ID).setCellValue(a.id());
            row.createCell(GBPS).setCellValue(a.portGbps());
            value(row, PORTS, r.switchSidePorts(), ctx);
            value(row, MODULES, r.hostSideModules(), ctx);
            row.createCell(HOST_FROM).setCellValue(host.id());
            row.createCell(HOST_GBPS).setCellValue(host.portGbps());
            String speed = ref(SPEED, 1);
            formula(row, PORT_W, figure(a, ArchitectureFigure.SWITCH_PORT_WATTS, ctx) + "*" + speed + "/" + ref(at, GBPS), ctx);
            formula(row, MODULE_W, figure(host, ArchitectureFigure.HOST_PORT_WATTS, ctx) + "*" + speed + "/"
                    + ref(at, HOST_GBPS), ctx);
            formula(row, OPTICS_KW, "(" + ref(at, PORTS) + "*" + ref(at, PORT_W) + "+" + ref(at, MODULES) + "*"
                    + ref(at, MODULE_W) + ")/1000", ctx);
            formula(row, SWITCH_KW, ref(SWITCHES, 1) + "*" + ref(SWITCH_W, 1) + "/1000", ctx);
            formula(row, NETWORK_KW, ref(at, OPTICS_KW) + "+" + ref(at, SWITCH_KW), ctx);
            formula(row, PJ, ref(at, NETWORK_KW) + "*1000/" + ref(INJECTION, 1) + "*1000", ctx);
            formula(row, CAPEX, "(" + ref(at, PORTS) + "*" + figure(a, ArchitectureFigure.COST_PER_PORT_USD, ctx) + "*" + speed
                    + "/" + ref(at, GBPS) + "+" + ref(at, MODULES) + "*" + figure(host, ArchitectureFigure.COST_PER_PORT_USD, ctx)
                    + "*" + speed + "/" + ref(at, HOST_GBPS) + ")/1000000", ctx);
            formula(row, SAVED, ref(first, NETWORK_KW) + "-" + ref(at, NETWORK_KW), ctx);
            formula(row, EXTRA, "IF(" + ref(W_PER_ACCELERATOR, 1) + ">0,IF(" + ref(at, SAVED) + "<=0,0,FLOOR(" + ref(at, SAVED)
                    + "*1000/" + ref(W_PER_ACCELERATOR, 1) + ",1)),\"\")", ctx);
        }
        int last = first + archs.size() - 1;
        sheet.createFreezePane(1, HEADER + 1);
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, (i == NAME ? 30 : 16) * 256);
        }
        chart(ctx.drawingSheet(sheet), sheet.getSheetName(), archs, first, last, zh, ctx.lang());
    }

    /** Network and optics power per architecture, drawn over the formula cells: it moves with the inputs. */
    private void chart(XSSFSheet xs, String sheetName, List<ArchitectureResult> archs, int first, int last, boolean zh,
                       String lang) {
        XSSFDrawing drawing = xs.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 9, last + 22));
        chart.setTitleText(zh ? "功耗（隨輸入重算）" : "Power (recomputed from the inputs)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle("kW");
        String q = XlsxReport.quoted(sheetName) + "!";
        String[] names = archs.stream().map(a -> Names.architecture(a.architecture()).in(lang)).toArray(String[]::new);
        var cats = XDDFDataSourcesFactory.fromArray(names, q + range(first, last, NAME));
        XDDFChartData data = chart.createData(ChartTypes.BAR, x, y);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        Double[] optics = archs.stream().map(ArchitectureResult::opticsPowerKw).toArray(Double[]::new);
        Double[] network = archs.stream().map(ArchitectureResult::networkPowerKw).toArray(Double[]::new);
        data.addSeries(cats, XDDFDataSourcesFactory.fromArray(optics, q + range(first, last, OPTICS_KW)))
                .setTitle(zh ? "光學功耗" : "Optics power", new CellReference(sheetName, HEADER, OPTICS_KW, true, true));
        data.addSeries(cats, XDDFDataSourcesFactory.fromArray(network, q + range(first, last, NETWORK_KW)))
                .setTitle(zh ? "網路總功耗" : "Network power", new CellReference(sheetName, HEADER, NETWORK_KW, true, true));
        chart.plot(data);
    }

    private static String range(int first, int last, int col) {
        return new CellReference(first, col, true, true).formatAsString() + ":"
                + new CellReference(last, col, true, true).formatAsString();
    }

    /** A figure's Inputs cell, or its value when the Inputs sheet does not hold it. */
    private static String figure(OpticsArchitecture a, ArchitectureFigure f, Context ctx) {
        return ctx.input(a.id() + "." + f.key()).orElse(org.cpolens.model.units.Numbers.plain(a.value(f)));
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, true, true).formatAsString();
    }

    private static void title(Row row, String text, CellStyle style) {
        Cell c = row.createCell(0);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static Row label(Sheet sheet, int at, String label, String unit, Context ctx) {
        Row row = sheet.createRow(at);
        row.createCell(0).setCellValue(unit.isEmpty() ? label : label + " (" + unit + ")");
        return row;
    }

    /** A cell taken from the Inputs sheet, or the value itself (editable) when the sheet lacks it. */
    private static void input(Row row, int col, String figureId, double value, Context ctx) {
        Cell c = row.createCell(col);
        var r = ctx.input(figureId);
        if (r.isPresent()) {
            c.setCellFormula(r.get());
            c.setCellStyle(ctx.style(Style.FORMULA));
        } else {
            c.setCellValue(value);
            c.setCellStyle(ctx.style(Style.INPUT));
        }
    }

    private static void value(Row row, int col, double v, Context ctx) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(ctx.style(Style.INTEGER));
    }

    private static void formula(Row row, int col, String f, Context ctx) {
        Cell c = row.createCell(col);
        c.setCellFormula(f);
        c.setCellStyle(ctx.style(Style.FORMULA));
    }
}
