package org.cpolens.model.market;

import java.util.List;

/**
 * A market run: the deterministic projection with Monte Carlo bands per year, the reconciliation of
 * each top-down source and the tornado for {@code focusYear}.
 *
 * @param focusYear the year the sensitivity and key figures speak about (2030 when modelled, else the last year)
 */
public record MarketResult(MarketInputs inputs, long seed, int trials, List<YearResult> years,
                           List<Reconciliation> reconciliation, int focusYear, List<SensitivityRow> sensitivity) {
    public MarketResult {
        years = List.copyOf(years);
        reconciliation = List.copyOf(reconciliation);
        sensitivity = List.copyOf(sensitivity);
    }

    public YearResult year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("year " + year + " is not modelled"));
    }
}
