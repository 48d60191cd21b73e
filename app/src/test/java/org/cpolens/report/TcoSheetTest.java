package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpolens.io.Catalogs;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.tco.TcoSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TCO sheet's formulas, evaluated by POI, give the model's figures; and changing an input cell
 * gives what the model gives with that input changed, so the sheet is a model an analyst can edit.
 */
class TcoSheetTest {
    private static TcoResult run(double pue, double share) {
        Scenario s = ScenarioLoader.load("broadcom-32k", Catalogs.bundled());
        s = s.with(s.tco().with(TcoSettings.ReliabilitySource.ANALYTIC).with(TcoInput.PUE, pue)
                .with(TcoInput.REPLACEMENT_COST_SHARE, share));
        return Analysis.run(s, null, null, Analysis.Options.defaults(s, Set.of(Analysis.Stage.TCO)).withTcoTrials(10),
                Analysis.Progress.NONE).tco().orElseThrow();
    }

    private static double value(FormulaEvaluator ev, Sheet s, String ref) {
        CellReference c = new CellReference(ref);
        Cell cell = s.getRow(c.getRow()).getCell(c.getCol());
        assertThat(cell.getCellType()).as(ref + " is a formula").isEqualTo(CellType.FORMULA);
        return ev.evaluate(cell).getNumberValue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.3})
    void formulasGiveTheModelsFiguresAndFollowTheirInputs(double share) throws Exception {
        TcoResult r = run(1.56, share);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = TcoSheet.write(wb, r, "en");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < r.architectures().size(); i++) {
                TcoResult.ArchitectureTco a = r.architectures().get(i);
                int row = TcoSheet.HEADER + 1 + i;
                assertThat(s.getRow(row - 1).getCell(0).getStringCellValue()).isEqualTo(a.id());
                assertThat(value(ev, s, TcoSheet.TCO_COLUMN + row)).as(a.id()).isCloseTo(a.tcoUsd(), within(1e-9 * a.tcoUsd()));
                assertThat(value(ev, s, TcoSheet.PER_ACCELERATOR_YEAR_COLUMN + row))
                        .isCloseTo(a.usdPerAcceleratorYear(), within(1e-9 * a.usdPerAcceleratorYear()));
            }
            TcoResult.BreakEven b = r.targetBreakEven().orElseThrow();
            int cpoRow = TcoSheet.HEADER + 1 + r.architectures().indexOf(r.target());
            // broadcom-32k runs at the CPO's own 800G, so the sheet's per-port figures are the model's
            assertThat(value(ev, s, TcoSheet.BREAK_EVEN_PRICE_COLUMN + cpoRow))
                    .isCloseTo(b.priceUsdPerPort(), within(1e-6 * Math.abs(b.priceUsdPerPort())));
            assertThat(value(ev, s, TcoSheet.BREAK_EVEN_WATTS_COLUMN + cpoRow))
                    .isCloseTo(b.wattsPerPort(), within(1e-6 * Math.abs(b.wattsPerPort())));

            // an analyst types the break-even price into the CPO row: its TCO ties the best non-CPO row
            s.getRow(cpoRow - 1).getCell(2).setCellValue(b.priceUsdPerPort());
            ev.clearAllCachedResultValues();
            assertThat(value(ev, s, TcoSheet.TCO_COLUMN + cpoRow)).isCloseTo(b.rivalTcoUsd(), within(1e-6 * b.rivalTcoUsd()));
            s.getRow(cpoRow - 1).getCell(2).setCellValue(b.catalogPriceUsdPerPort());

            // an analyst changes PUE to 1.2: the sheet follows the model run at 1.2
            s.getRow(TcoSheet.PUE - 1).getCell(1).setCellValue(1.2);
            ev.clearAllCachedResultValues();
            TcoResult at = run(1.2, share);
            for (int i = 0; i < at.architectures().size(); i++) {
                TcoResult.ArchitectureTco a = at.architectures().get(i);
                assertThat(value(ev, s, TcoSheet.TCO_COLUMN + (TcoSheet.HEADER + 1 + i))).as(a.id() + " at PUE 1.2")
                        .isCloseTo(a.tcoUsd(), within(1e-9 * a.tcoUsd()));
            }
        }
    }
}
