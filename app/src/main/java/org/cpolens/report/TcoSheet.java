package org.cpolens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.tco.AnalyticReliability;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoKernel;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.units.Units;

/**
 * The cost of ownership as a spreadsheet an analyst can change: a sheet whose inputs are cells
 * (lifetime, discount rate, electricity price, PUE, the value of an accelerator-hour, the technician
 * rate, part prices, and per architecture its counts, price and watts per port) and whose every
 * total is an Excel formula over them: the annuity factor, optics capex, spares, energy,
 * reliability, freed power, TCO, TCO per accelerator-year, NPV against the baseline and the
 * break-even price and watts per port against the best non-CPO row. With the inputs as the model
 * ran them, the formulas give the model's figures (a test evaluates them).
 *
 * <p>What the sheet cannot take apart is given as values from the model and labelled so: the CPO
 * premium, lost accelerator-hours and technician hours per year, and the replacement parts and
 * spares not tied to the switch-side price (their share of it is a column, so the break-even stays
 * exact). {@link #write(Workbook, TcoResult, String)} adds the sheet to any workbook (the report's);
 * {@link #writeWorkbook} writes it alone.
 */
public final class TcoSheet {
    public static final String SHEET = "TCO formulas";

    /** Rows (1-based, as Excel names them) of the input cells in column B. */
    static final int LIFETIME = 4;
    static final int RATE = 5;
    static final int ELECTRICITY = 6;
    static final int PUE = 7;
    static final int ACCELERATOR_HOUR = 8;
    static final int TECHNICIAN = 9;
    static final int HOURS = 10;
    static final int ACCELERATORS = 11;
    static final int FREED = 12;
    static final int NET_SHARE = 13;
    static final int WATTS_PER_ACCELERATOR = 14;
    static final int LASER_MODULE = 15;
    static final int FAU = 16;
    static final int FIBER = 17;
    static final int ANNUITY = 18;
    /** Header row of the architecture table; its rows follow. */
    static final int HEADER = 21;

    /** The architecture table's columns, in order (A, B, ...). */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"Architecture", "架構", ""},
            new String[] {"Switch-side ports", "交換器端埠", ""},
            new String[] {"Switch-side price per port (fabric speed)", "交換器端每埠價格（網路埠速）", "USD"},
            new String[] {"Host-side modules", "主機端模組", ""},
            new String[] {"Host-side price per module", "主機端每模組價格", "USD"},
            new String[] {"Laser source modules", "外部雷射光源模組", ""},
            new String[] {"FAUs", "光纖陣列單元", ""},
            new String[] {"Fiber cables", "光纖跳線", ""},
            new String[] {"CPO switch premium (model)", "CPO 交換器溢價（模型值）", "USD"},
            new String[] {"Switch-side watts per port (fabric speed)", "交換器端每埠功耗（網路埠速）", "W"},
            new String[] {"Other network power (switches, host side)", "其他網路功耗（交換器、主機端）", "W"},
            new String[] {"Network power", "網路功耗", "kW"},
            new String[] {"Lost accelerator-hours per year (model)", "每年損失加速器小時（模型值）", "h/yr"},
            new String[] {"Technician hours per year (model)", "每年技術人員工時（模型值）", "h/yr"},
            new String[] {"Other replaced parts per year (model)", "其他更換零件（模型值）", "USD/yr"},
            new String[] {"Share of switch-side optics replaced per year (model)", "每年更換的交換器端光學比例（模型值）", "1/yr"},
            new String[] {"Other spares (model)", "其他備品（模型值）", "USD"},
            new String[] {"Share of switch-side optics held as spares (model)", "作為備品的交換器端光學比例（模型值）", ""},
            new String[] {"Optics capex", "光學資本支出", "USD"},
            new String[] {"Spares", "備品", "USD"},
            new String[] {"Year-0 spend", "期初支出", "USD"},
            new String[] {"Energy per year", "每年電費", "USD/yr"},
            new String[] {"Reliability costs per year", "每年可靠度成本", "USD/yr"},
            new String[] {"Freed power per year", "釋出電力價值", "USD/yr"},
            new String[] {"Running costs per year", "每年營運成本", "USD/yr"},
            new String[] {"TCO (present value)", "總持有成本（現值）", "USD"},
            new String[] {"TCO per accelerator-year", "每加速器年總持有成本", "USD/(accelerator yr)"},
            new String[] {"NPV against the baseline", "相對基準架構淨現值", "USD"},
            new String[] {"Best non-CPO TCO", "最佳非 CPO 總持有成本", "USD"},
            new String[] {"Break-even price per port (fabric speed)", "損益兩平每埠價格（網路埠速）", "USD"},
            new String[] {"Break-even watts per port (fabric speed)", "損益兩平每埠功耗（網路埠速）", "W"});

    /** Column letters of the formula columns, for tests. */
    static final String TCO_COLUMN = "Z";
    static final String PER_ACCELERATOR_YEAR_COLUMN = "AA";
    static final String BREAK_EVEN_PRICE_COLUMN = "AD";
    static final String BREAK_EVEN_WATTS_COLUMN = "AE";

    private TcoSheet() {
    }

    /** Writes a workbook holding the sheet alone, through a temporary file: a failure leaves nothing half-written. */
    public static void writeWorkbook(TcoResult r, String lang, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, ".tco", ".xlsx.tmp");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp)) {
                write(wb, r, lang);
                wb.write(out);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Adds the sheet to {@code wb}. */
    public static Sheet write(Workbook wb, TcoResult r, String lang) {
        Sheet s = wb.createSheet(SHEET);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        boolean zh = "zh-TW".equalsIgnoreCase(lang);

        text(s, 0, 0, zh ? "總持有成本（公式）：情境 " + r.scenario() + "，亂數種子 " + r.seed()
                : "Cost of ownership (formulas): scenario " + r.scenario() + ", seed " + r.seed(), header);
        text(s, 1, 0, zh ? "所有總計皆為公式：改動 B 欄輸入值或各架構的數量、價格、功耗，結果隨之更新。"
                : "Every total is a formula: change the inputs in column B or an architecture's counts, prices and watts and the results follow.", null);
        text(s, 2, 0, zh ? "輸入" : "Input", header);
        text(s, 2, 1, zh ? "數值" : "Value", header);
        text(s, 2, 2, zh ? "單位" : "Unit", header);
        text(s, 2, 3, zh ? "狀態" : "Status", header);
        text(s, 2, 4, zh ? "來源" : "Source", header);
        input(s, LIFETIME, r, TcoInput.LIFETIME_YEARS, zh);
        input(s, RATE, r, TcoInput.DISCOUNT_RATE, zh);
        input(s, ELECTRICITY, r, TcoInput.ELECTRICITY_USD_PER_KWH, zh);
        input(s, PUE, r, TcoInput.PUE, zh);
        input(s, ACCELERATOR_HOUR, r, TcoInput.ACCELERATOR_HOUR_USD, zh);
        input(s, TECHNICIAN, r, TcoInput.TECHNICIAN_USD_PER_HOUR, zh);
        value(s, HOURS, zh ? "每年小時數" : "Hours per year", Units.HOURS_PER_YEAR, "h", "365.25 x 24");
        value(s, ACCELERATORS, zh ? "加速器數" : "Accelerators", r.accelerators(), "", "scenario " + r.scenario());
        value(s, FREED, zh ? "釋出電力以加速器計價（1 是，0 否）" : "Freed power valued as accelerators (1 yes, 0 no)",
                r.settings().freedPower() == org.cpolens.model.tco.TcoSettings.FreedPower.ACCELERATORS ? 1 : 0, "",
                "tco.freedPower");
        input(s, NET_SHARE, r, TcoInput.FREED_POWER_NET_SHARE, zh);
        value(s, WATTS_PER_ACCELERATOR, zh ? "每加速器功耗" : "Watts per accelerator", r.wattsPerAccelerator(), "W",
                "scenario " + r.scenario() + " (cluster.wattsPerAccelerator)");
        input(s, LASER_MODULE, r, TcoInput.LASER_SOURCE_MODULE_USD, zh);
        input(s, FAU, r, TcoInput.FAU_USD, zh);
        input(s, FIBER, r, TcoInput.FIBER_CABLE_USD, zh);
        text(s, ANNUITY - 1, 0, zh ? "年金現值因子" : "Annuity factor", null);
        formula(s, ANNUITY, 1, "IF(B5=0,B4,(1-(1+B5)^(-B4))/B5)", null);
        text(s, ANNUITY - 1, 4, zh ? "每年 1 元於使用年限內的現值（年末支付）" : "present value of 1 a year over the lifetime, paid at year ends", null);

        Row h = s.createRow(HEADER - 1);
        for (int c = 0; c < COLUMNS.size(); c++) {
            String[] col = COLUMNS.get(c);
            String label = zh ? col[1] : col[0];
            Cell cell = h.createCell(c);
            cell.setCellValue(col[2].isEmpty() ? label : label + " (" + col[2] + ")");
            cell.setCellStyle(header);
        }
        int first = HEADER + 1;
        int last = HEADER + r.architectures().size();
        List<String> otherRows = new ArrayList<>();
        for (int i = 0; i < r.architectures().size(); i++) {
            if (!r.architectures().get(i).cpo()) {
                otherRows.add("Z" + (first + i));
            }
        }
        for (int i = 0; i < r.architectures().size(); i++) {
            TcoResult.ArchitectureTco a = r.architectures().get(i);
            int n = first + i;
            Row row = s.createRow(n - 1);
            double ports = a.design(DesignKernel.SWITCH_PORTS);
            double hosts = a.design(DesignKernel.HOST_MODULES);
            double switchCapex = a.design(DesignKernel.SWITCH_CAPEX_USD);
            double hostCapex = a.design(DesignKernel.CAPEX_USD) - switchCapex;
            double switchW = a.design(DesignKernel.SWITCH_PORT_W);
            // shares of the switch-side optics' price that replacements and spares spend (the kernel's)
            double k1 = a.output(TcoKernel.REPLACED_SHARE_PER_YEAR);
            double k2 = a.output(TcoKernel.SPARES_SHARE);
            text(row, 0, a.id());
            num(row, 1, ports);
            num(row, 2, ports > 0 ? switchCapex / ports : 0);
            num(row, 3, hosts);
            num(row, 4, hosts > 0 ? hostCapex / hosts : 0);
            num(row, 5, a.design(DesignKernel.LASER_MODULES));
            num(row, 6, a.design(DesignKernel.FAUS));
            num(row, 7, r.fibers());
            num(row, 8, a.output(TcoKernel.SWITCH_PREMIUM_USD));
            num(row, 9, switchW);
            num(row, 10, a.design(DesignKernel.NETWORK_W) - ports * switchW);
            formula(row, 11, "(B" + n + "*J" + n + "+K" + n + ")/1000", money);
            num(row, 12, a.reliability(AnalyticReliability.LOST_HOURS));
            num(row, 13, a.reliability(AnalyticReliability.TECHNICIAN_HOURS));
            num(row, 14, a.output(TcoKernel.PARTS_USD_PER_YEAR) - k1 * switchCapex);
            num(row, 15, k1);
            num(row, 16, a.output(TcoKernel.SPARES_USD) - k2 * switchCapex);
            num(row, 17, k2);
            formula(row, 18, "B" + n + "*C" + n + "+D" + n + "*E" + n + "+F" + n + "*$B$" + LASER_MODULE + "+G" + n
                    + "*$B$" + FAU + "+H" + n + "*$B$" + FIBER, money);
            formula(row, 19, "Q" + n + "+R" + n + "*B" + n + "*C" + n, money);
            formula(row, 20, "S" + n + "+I" + n + "+T" + n, money);
            formula(row, 21, "L" + n + "*$B$" + PUE + "*$B$" + ELECTRICITY + "*$B$" + HOURS, money);
            formula(row, 22, "M" + n + "*$B$" + ACCELERATOR_HOUR + "+N" + n + "*$B$" + TECHNICIAN + "+O" + n + "+P" + n
                    + "*B" + n + "*C" + n, money);
            formula(row, 23, "IF(AND($B$" + FREED + "=1,$B$" + WATTS_PER_ACCELERATOR + ">0),($L$" + first + "-L" + n
                    + ")*1000/$B$" + WATTS_PER_ACCELERATOR + "*$B$" + ACCELERATOR_HOUR + "*$B$" + NET_SHARE + "*$B$"
                    + HOURS + ",0)", money);
            formula(row, 24, "V" + n + "+W" + n + "-X" + n, money);
            formula(row, 25, "U" + n + "+Y" + n + "*$B$" + ANNUITY, money);
            formula(row, 26, "Z" + n + "/$B$" + ANNUITY + "/$B$" + ACCELERATORS, money);
            formula(row, 27, "$Z$" + first + "-Z" + n, money);
            if (a.cpo() && !otherRows.isEmpty()) {
                formula(row, 28, "MIN(" + String.join(",", otherRows) + ")", money);
                formula(row, 29, "C" + n + "+(AC" + n + "-Z" + n + ")/(B" + n + "*(1+R" + n + "+P" + n + "*$B$" + ANNUITY
                        + "))", money);
                formula(row, 30, "J" + n + "+(AC" + n + "-Z" + n + ")/(B" + n + "*$B$" + ANNUITY + "*($B$" + PUE + "*$B$"
                        + ELECTRICITY + "*$B$" + HOURS + "/1000+IF(AND($B$" + FREED + "=1,$B$" + WATTS_PER_ACCELERATOR
                        + ">0),$B$" + ACCELERATOR_HOUR + "*$B$" + NET_SHARE + "*$B$" + HOURS + "/$B$"
                        + WATTS_PER_ACCELERATOR + ",0)))", money);
            }
        }
        text(s, last + 1, 0, zh ? "（模型值）欄位來自 cpolens 的計算；其餘總計皆為公式。可靠度來源："
                : "Columns marked (model) are the model's figures; every other total is a formula. Reliability from: "
                + String.join(", ", r.architectures().stream().map(a -> a.id() + " " + a.reliabilitySource()).toList()), null);
        for (int c = 0; c < COLUMNS.size(); c++) {
            s.setColumnWidth(c, (c == 0 ? 34 : 18) * 256);
        }
        return s;
    }

    private static void input(Sheet s, int row, TcoResult r, TcoInput i, boolean zh) {
        Figure f = r.settings().figure(i);
        Row x = s.createRow(row - 1);
        text(x, 0, zh ? i.zhTw() : i.en());
        num(x, 1, f.value());
        text(x, 2, f.unit());
        text(x, 3, f.status().word());
        text(x, 4, f.source());
    }

    private static void value(Sheet s, int row, String label, double v, String unit, String source) {
        Row x = s.createRow(row - 1);
        text(x, 0, label);
        num(x, 1, v);
        text(x, 2, unit);
        text(x, 3, "computed");
        text(x, 4, source);
    }

    private static void text(Sheet s, int rowIndex, int col, String v, CellStyle style) {
        Row r = s.getRow(rowIndex) == null ? s.createRow(rowIndex) : s.getRow(rowIndex);
        Cell c = r.createCell(col);
        c.setCellValue(v);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void text(Row r, int col, String v) {
        r.createCell(col).setCellValue(v);
    }

    private static void num(Row r, int col, double v) {
        r.createCell(col).setCellValue(v);
    }

    private static void formula(Row r, int col, String f, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellFormula(f);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void formula(Sheet s, int row, int col, String f, CellStyle style) {
        Row r = s.getRow(row - 1) == null ? s.createRow(row - 1) : s.getRow(row - 1);
        formula(r, col, f, style);
    }

    /** The column letter of a 0-based index. */
    static String letter(int col) {
        return CellReference.convertNumToColString(col);
    }
}
