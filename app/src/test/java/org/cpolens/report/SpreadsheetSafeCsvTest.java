package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Tables#csv} never hands a spreadsheet a formula. */
class SpreadsheetSafeCsvTest {
    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+1|'=1+1",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "-5.5|-5.5",
            "+3|+3",
            "-1e-9|-1e-9",
            "-|'-",
            "cpo-bailly-800g|cpo-bailly-800g",
            "a=b|a=b",
            "'=already|'=already",
    })
    void formulaCellsBecomeText(String cell, String safe) {
        assertThat(Tables.spreadsheetSafe(cell)).isEqualTo(safe);
    }

    @Test
    void numbersInCellsAreNeverEscapedAndTextIs() {
        DataTable t = new DataTable("t", Text.of("T", "T"), List.of(Column.of("a", "A", "A", ""), Column.of("b", "B", "B", "")),
                List.of(List.of(-5.5, "=HYPERLINK(\"x\")"), List.of(-3L, "\tcmd")));
        assertThat(Tables.csv(t)).isEqualTo("a,b\r\n-5.5,\"'=HYPERLINK(\"\"x\"\")\"\r\n-3,'\tcmd\r\n");
    }
}
