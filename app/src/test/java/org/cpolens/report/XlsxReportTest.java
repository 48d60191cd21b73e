package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReportTest {
    private static XSSFWorkbook workbook(ReportModel m, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(m, lang, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose cell {@code col} is exactly {@code text}. */
    private static int rowWith(Sheet s, int col, String text) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row with " + text + " in column " + col + " of " + s.getSheetName());
    }

    @Test
    void oneShortLocalizedSheetPerSectionThenTheModel() throws Exception {
        ReportModel m = ReportFixture.report();
        for (String lang : List.of("en", "zh-TW")) {
            try (XSSFWorkbook wb = workbook(m, lang)) {
                List<String> names = new ArrayList<>();
                for (Sheet s : wb) {
                    names.add(s.getSheetName());
                    assertThat(s.getSheetName().length()).isLessThanOrEqualTo(16);
                    WorkbookUtil.validateSheetName(s.getSheetName());
                }
                if (lang.equals("en")) {
                    assertThat(names).containsExactly("Takeaways", "Compare", "Watts", "Sensitivity", "Risks", "Inputs",
                            "Compare model", "Glossary");
                } else {
                    assertThat(names).containsExactly("重點摘要", "架構比較", "功耗分布", "敏感度", "風險", "輸入與來源", "比較模型",
                            "名詞解釋");
                }
            }
        }
    }

    @Test
    void comparisonCellsAreNumbersEqualToTheEnginesUnderFrozenHeaders() throws Exception {
        Evaluation e = ReportFixture.broadcom();
        try (XSSFWorkbook wb = workbook(ReportFixture.report(), "en")) {
            XSSFSheet s = wb.getSheet("Compare");
            int header = rowWith(s, 1, "Optics power (kW)");
            assertThat(s.getRow(header).getCell(3).getStringCellValue()).isEqualTo("Optics capex (US$M)");
            assertThat(s.getRow(header).getCell(6).getStringCellValue()).isEqualTo("Energy per bit (pJ/bit)");
            for (int i = 0; i < e.architectures().size(); i++) {
                ArchitectureResult a = e.architectures().get(i);
                Row r = s.getRow(header + 1 + i);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(Names.architecture(a.architecture()).en());
                assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(a.opticsPowerKw());
                assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(a.capexUsd() / 1e6);
                assertThat(r.getCell(6).getNumericCellValue()).isEqualTo(a.picojoulesPerBit());
                assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(a.switchSidePorts());
                assertThat(r.getCell(12).getStringCellValue()).isEqualTo(a.id());
            }
            // the first table's header row and the name column stay in view
            assertThat(s.getPaneInformation()).isNotNull();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            // a native chart beside each chart's data: power, energy per bit, lasers, edge, capex
            XSSFDrawing d = s.getDrawingPatriarch();
            assertThat(d).isNotNull();
            assertThat(d.getCharts()).hasSize(5);
            assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void theInputsSheetHoldsEveryFigureNumericAndColouredByStatus() throws Exception {
        ReportModel m = ReportFixture.report();
        try (XSSFWorkbook wb = workbook(m, "en")) {
            XSSFSheet src = wb.getSheet("Inputs");
            int row = rowWith(src, 0, "cpo-bailly-800g.switchPortWatts");
            Cell v = src.getRow(row).getCell(2);
            assertThat(v.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(v.getNumericCellValue()).isEqualTo(5.55);
            assertThat(src.getRow(row).getCell(4).getStringCellValue()).isEqualTo("assumption");
            String assumption = colour(v);
            int stated = rowWith(src, 4, "stated");
            assertThat(colour(src.getRow(stated).getCell(2))).isNotEqualTo(assumption).isEqualTo("D9EAD3");
            assertThat(assumption).isEqualTo("FCE8C8");
            int count = 0;
            for (Row x : src) {
                Cell c = x.getCell(0);
                if (x.getRowNum() > 2 && c != null && m.sources().stream().anyMatch(s -> s.figure().equals(c.toString()))) {
                    count++;
                }
            }
            assertThat(count).isEqualTo(m.sources().size());
            assertThat(src.getPaneInformation().isFreezePane()).isTrue();
            assertThat(src.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:");
        }
    }

    private static String colour(Cell c) {
        return ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor().getARGBHex().substring(2);
    }

    /**
     * The compare model: its formulas over the Inputs sheet give the engine's numbers, and an input
     * changed in the workbook moves the totals as the engine would.
     */
    @Test
    void theCompareModelIsFormulasOverTheInputs() throws Exception {
        Evaluation e = ReportFixture.broadcom();
        try (XSSFWorkbook wb = workbook(ReportFixture.report(), "en")) {
            XSSFSheet model = wb.getSheet("Compare model");
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            for (int i = 0; i < e.architectures().size(); i++) {
                ArchitectureResult a = e.architectures().get(i);
                Row r = model.getRow(CompareModelSheet.HEADER + 1 + i);
                assertThat(r.getCell(CompareModelSheet.ID).getStringCellValue()).isEqualTo(a.id());
                assertThat(r.getCell(CompareModelSheet.OPTICS_KW).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(r.getCell(CompareModelSheet.OPTICS_KW).getNumericCellValue())
                        .isCloseTo(a.opticsPowerKw(), within(1e-9 * a.opticsPowerKw()));
                assertThat(r.getCell(CompareModelSheet.NETWORK_KW).getNumericCellValue())
                        .isCloseTo(a.networkPowerKw(), within(1e-9 * a.networkPowerKw()));
                assertThat(r.getCell(CompareModelSheet.PJ).getNumericCellValue())
                        .isCloseTo(a.picojoulesPerBit(), within(1e-9 * a.picojoulesPerBit()));
                assertThat(r.getCell(CompareModelSheet.CAPEX).getNumericCellValue())
                        .isCloseTo(a.capexUsd() / 1e6, within(1e-9 * a.capexUsd() / 1e6));
                assertThat(r.getCell(CompareModelSheet.SAVED).getNumericCellValue())
                        .isCloseTo(a.powerSavedKw(), within(1e-6));
                assertThat(r.getCell(CompareModelSheet.EXTRA).getNumericCellValue())
                        .isEqualTo(a.extraAcceleratorsAtSamePower());
            }
            // a reader changes the CPO's switch-side watts on the Inputs sheet: the totals follow
            XSSFSheet inputs = wb.getSheet("Inputs");
            inputs.getRow(rowWith(inputs, 0, "cpo-bailly-800g.switchPortWatts")).getCell(2).setCellValue(7);
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            Row cpo = model.getRow(CompareModelSheet.HEADER + 1 + 3);
            assertThat(cpo.getCell(CompareModelSheet.ID).getStringCellValue()).isEqualTo("cpo-bailly-800g");
            assertThat(cpo.getCell(CompareModelSheet.OPTICS_KW).getNumericCellValue())
                    .isCloseTo((40_960 * 7 + 8_192 * 16.93) / 1000, within(1e-9));
            assertThat(model.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    /** llama3-405b runs 800G catalog figures on 400G ports: the formulas rescale them as the engine does. */
    @Test
    void theCompareModelRescalesFiguresToTheFabricsPortSpeed() throws Exception {
        var scenario = org.cpolens.io.ScenarioLoader.load("llama3-405b", org.cpolens.io.Catalogs.bundled());
        var run = org.cpolens.model.pipeline.Analysis.run(scenario, null, null, org.cpolens.model.pipeline.Analysis.Options
                .defaults(scenario, java.util.EnumSet.noneOf(org.cpolens.model.pipeline.Analysis.Stage.class)),
                org.cpolens.model.pipeline.Analysis.Progress.NONE);
        Evaluation e = run.evaluation();
        assertThat(e.fabric().request().portGbps()).isEqualTo(400);
        ReportModel m = ReportBuilder.of(run, org.cpolens.io.Catalogs.bundled().risks()).build();
        try (XSSFWorkbook wb = workbook(m, "en")) {
            XSSFSheet model = wb.getSheet("Compare model");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            for (int i = 0; i < e.architectures().size(); i++) {
                ArchitectureResult a = e.architectures().get(i);
                Row r = model.getRow(CompareModelSheet.HEADER + 1 + i);
                assertThat(r.getCell(CompareModelSheet.NETWORK_KW).getNumericCellValue())
                        .isCloseTo(a.networkPowerKw(), within(1e-9 * a.networkPowerKw()));
                assertThat(r.getCell(CompareModelSheet.CAPEX).getNumericCellValue())
                        .isCloseTo(a.capexUsd() / 1e6, within(1e-9 * Math.max(1, a.capexUsd() / 1e6)));
            }
        }
    }

    @Test
    void takeawayDeltasAreFormulasAndSharesArePercentCells() throws Exception {
        Evaluation e = ReportFixture.broadcom();
        try (XSSFWorkbook wb = workbook(ReportFixture.report(), "zh-TW")) {
            XSSFSheet s = wb.getSheet("重點摘要");
            int row = rowWith(s, 13, "cpoNetworkPowerKw");
            Row r = s.getRow(row);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("網路總功耗（光學＋交換器）");
            Cell vsBest = r.getCell(8);
            assertThat(vsBest.getCellType()).isEqualTo(CellType.FORMULA);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            double lpo = e.architecture("lpo-800g").orElseThrow().networkPowerKw();
            assertThat(vsBest.getNumericCellValue())
                    .isCloseTo((e.studied().networkPowerKw() - lpo) / lpo, within(1e-12));
            assertThat(vsBest.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            int share = rowWith(s, 13, "assumptionSharePercent");
            Cell pct = s.getRow(share).getCell(1);
            assertThat(pct.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(pct.getNumericCellValue()).isBetween(0.0, 1.0);
        }
    }

    /** Years are numbers and shares are real % cells, whichever section writes them. */
    @Test
    void yearsAreNumbersAndPercentagesArePercentCells() throws Exception {
        Section s = new Section("market", Text.of("Market", "市場"), List.of(new DataTable("years", Text.same("years"),
                List.of(Column.of("year", "Year", "年", ""), Column.of("share", "CPO share", "滲透率", "%")),
                List.of(List.of("2026", 3.58), List.of("2027", 8.51)))));
        try (XSSFWorkbook wb = workbook(ReportFixture.builder(1).add(s, List.of(), List.of()).build(), "en")) {
            XSSFSheet m = wb.getSheet("Market");
            int header = rowWith(m, 0, "Year");
            Cell year = m.getRow(header + 1).getCell(0);
            assertThat(year.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(year.getNumericCellValue()).isEqualTo(2026);
            assertThat(year.getCellStyle().getDataFormatString()).isEqualTo("0");
            Cell share = m.getRow(header + 2).getCell(1);
            assertThat(share.getNumericCellValue()).isCloseTo(0.0851, within(1e-12));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(m.getRow(header).getCell(1).getStringCellValue()).isEqualTo("CPO share");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A very long section title that will not fit in a sheet name", "Risks: [what]?*/\\",
            "'quoted'", ""})
    void sheetNamesAreValidUniqueAndShort(String title) {
        Set<String> used = new HashSet<>();
        String a = XlsxReport.sheetName(title, used);
        String b = XlsxReport.sheetName(title, used);
        for (String n : List.of(a, b)) {
            assertThat(n.length()).isBetween(1, 31);
            WorkbookUtil.validateSheetName(n);
        }
        assertThat(a).isNotEqualToIgnoringCase(b);
    }
}
