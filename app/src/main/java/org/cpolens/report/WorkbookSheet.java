package org.cpolens.report;

import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A sheet of report.xlsx that a section writes itself, beside the sheet {@link XlsxReport} makes
 * of its blocks: typically a model of formulas over the Inputs sheet, so a reader who changes an
 * input in Excel sees the totals move. A section hands it over in
 * {@link ReportSection.Contribution#sheets}; XlsxReport writes it after the section sheets.
 */
public interface WorkbookSheet {
    /** Stable id, e.g. {@code compareModel}. */
    String id();

    /** The sheet's name in each language, at most 31 characters. */
    Text name();

    /** Writes the sheet (a streaming sheet: rows in order, each once). */
    void write(Sheet sheet, Context context);

    /** What a sheet can ask of the workbook it is written into. */
    interface Context {
        /** "en" or "zh-TW". */
        String lang();

        /**
         * An absolute reference to the value cell of a figure of the Inputs sheet (an id of the
         * Sources appendix, e.g. {@code cpo-bailly-800g.switchPortWatts}), for formulas.
         */
        Optional<String> input(String figureId);

        CellStyle style(Style style);

        /** The sheet under a streaming sheet, for drawings and native charts. */
        XSSFSheet drawingSheet(Sheet sheet);

        /** The cell styles the workbook shares. */
        enum Style { TITLE, HEADER, TEXT, WRAP, INTEGER, DECIMAL, PERCENT, YEAR, FORMULA, INPUT }
    }
}
