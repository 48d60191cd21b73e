package org.cpolens.model.signals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One company's monthly revenue filing, as published on MOPS / TWSE / TPEx, with ROC dates already
 * converted to the Gregorian calendar. Amounts are thousand NT$, exact.
 *
 * @param reportDate          the date the exchange produced the table (出表日期); null when unknown
 * @param statedMomPercent    the file's own MoM % column as written (scale kept), null when empty
 * @param statedYoyPercent    the file's own YoY %, null when empty (the file leaves it empty when
 *                            last year's month was 0)
 * @param statedYtdPercent    the file's own year-to-date %, null when empty
 * @param note                備註: free text, "-" when none
 */
public record RevenueRow(String companyCode, String companyName, String industry, YearMonth month,
                         LocalDate reportDate, long revenueThousandNtd, long previousMonthThousandNtd,
                         long lastYearMonthThousandNtd, BigDecimal statedMomPercent, BigDecimal statedYoyPercent,
                         long cumulativeThousandNtd, long lastYearCumulativeThousandNtd,
                         BigDecimal statedYtdPercent, String note) {
    public RevenueRow {
        Objects.requireNonNull(companyCode, "companyCode");
        Objects.requireNonNull(month, "month");
        companyName = companyName == null ? "" : companyName;
        industry = industry == null ? "" : industry;
        note = note == null ? "" : note;
    }

    /** MoM % recomputed from this row's own amounts; empty when the previous month was 0. */
    public java.util.OptionalDouble mom() {
        return RevenueMath.growthPercent(revenueThousandNtd, previousMonthThousandNtd);
    }

    /** YoY % recomputed; empty when last year's month was 0. */
    public java.util.OptionalDouble yoy() {
        return RevenueMath.growthPercent(revenueThousandNtd, lastYearMonthThousandNtd);
    }

    /** Year-to-date YoY % recomputed from the cumulative columns. */
    public java.util.OptionalDouble ytdYoy() {
        return RevenueMath.growthPercent(cumulativeThousandNtd, lastYearCumulativeThousandNtd);
    }

    /** True when every stored field equals {@code other}'s (the import uses it to find corrections). */
    public boolean sameFiling(RevenueRow o) {
        return revenueThousandNtd == o.revenueThousandNtd && previousMonthThousandNtd == o.previousMonthThousandNtd
                && lastYearMonthThousandNtd == o.lastYearMonthThousandNtd
                && cumulativeThousandNtd == o.cumulativeThousandNtd
                && lastYearCumulativeThousandNtd == o.lastYearCumulativeThousandNtd
                && Objects.equals(statedMomPercent, o.statedMomPercent)
                && Objects.equals(statedYoyPercent, o.statedYoyPercent)
                && Objects.equals(statedYtdPercent, o.statedYtdPercent)
                && companyName.equals(o.companyName) && industry.equals(o.industry) && note.equals(o.note)
                && Objects.equals(reportDate, o.reportDate);
    }
}
