package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReportTest {
    private static Workbook workbook(ReportModel m, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(m, lang, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The row whose first cell is exactly {@code text}. */
    private static int rowStarting(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + s.getSheetName());
    }

    @Test
    void oneValidSheetPerSectionPlusSources() throws Exception {
        ReportModel m = ReportFixture.report();
        try (Workbook wb = workbook(m, "en")) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(m.sections().size());
            List<String> names = new ArrayList<>();
            for (Sheet s : wb) {
                names.add(s.getSheetName());
                assertThat(s.getSheetName().length()).isLessThanOrEqualTo(31);
                WorkbookUtil.validateSheetName(s.getSheetName());
            }
            assertThat(names).containsExactly("Executive summary", "Architecture comparison", "Where the watts go",
                    "Interconnect sensitivity", "Risks", "Sources");
        }
    }

    @Test
    void comparisonCellsAreNumbersEqualToTheEngines() throws Exception {
        Evaluation e = ReportFixture.broadcom();
        try (Workbook wb = workbook(ReportFixture.report(), "en")) {
            Sheet s = wb.getSheet("Architecture comparison");
            // the compare table: its header row follows the title row and carries units
            int header = -1;
            for (Row r : s) {
                Cell c = r.getCell(3);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Optics power (kW)")) {
                    header = r.getRowNum();
                }
            }
            assertThat(header).isPositive();
            assertThat(s.getRow(header).getCell(5).getStringCellValue()).isEqualTo("Energy per bit (pJ/bit)");
            for (int i = 0; i < e.architectures().size(); i++) {
                ArchitectureResult a = e.architectures().get(i);
                Row r = s.getRow(header + 1 + i);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo(a.id());
                assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(a.switchSidePorts());
                assertThat(r.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(a.opticsPowerKw());
                assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(a.picojoulesPerBit());
            }
        }
    }

    @Test
    void keyFiguresAndSourcesAreNumeric() throws Exception {
        ReportModel m = ReportFixture.report();
        try (Workbook wb = workbook(m, "zh-TW")) {
            Sheet sum = wb.getSheet("Executive summary");
            int r = rowStarting(sum, "baselineOpticsPowerKw");
            assertThat(sum.getRow(r).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sum.getRow(r).getCell(2).getNumericCellValue()).isCloseTo(((Number) m.summary().get("baselineOpticsPowerKw")).doubleValue(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(sum.getRow(r).getCell(1).getStringCellValue()).contains("光學功耗");

            Sheet src = wb.getSheet("Sources");
            int row = rowStarting(src, "cpo-bailly-800g.switchPortWatts");
            assertThat(src.getRow(row).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(src.getRow(row).getCell(1).getNumericCellValue()).isEqualTo(5.55);
            int count = 0;
            for (Row x : src) {
                Cell c = x.getCell(0);
                if (c != null && m.sources().stream().anyMatch(s -> s.figure().equals(c.toString()))) {
                    count++;
                }
            }
            assertThat(count).isEqualTo(m.sources().size());
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
