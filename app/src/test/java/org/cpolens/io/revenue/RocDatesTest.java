package org.cpolens.io.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.cpolens.model.units.Units;
import org.junit.jupiter.api.Test;

class RocDatesTest {
    @Test
    void csvSpellings() {
        // ROC 113 + 1911 = 2024; ROC 112 = 2023
        assertThat(RocDates.date("113/02/07")).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(RocDates.month("112/12")).isEqualTo(YearMonth.of(2023, 12));
        assertThat(RocDates.month("99/1")).isEqualTo(YearMonth.of(2010, 1));
    }

    @Test
    void openApiSpellings() {
        // "1150811": ROC 115 = 2026, August 11; "11507": 2026-07
        assertThat(RocDates.date("1150811")).isEqualTo(LocalDate.of(2026, 8, 11));
        assertThat(RocDates.month("11507")).isEqualTo(YearMonth.of(2026, 7));
        assertThat(RocDates.date("991231")).isEqualTo(LocalDate.of(2010, 12, 31));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThat(RocDates.date("113/02/30")).isNull();
        assertThat(RocDates.date("2024-02-07")).isNull();
        assertThat(RocDates.month("113/13")).isNull();
        assertThat(RocDates.month("")).isNull();
        assertThat(RocDates.month("abc")).isNull();
        assertThat(RocDates.month("0/05")).isNull();
    }

    @Test
    void roundTripsAndUnits() {
        assertThat(RocDates.rocMonth(YearMonth.of(2024, 2))).isEqualTo("113/02");
        assertThat(RocDates.rocDate(LocalDate.of(2024, 2, 7))).isEqualTo("113/02/07");
        assertThat(Units.gregorianYearFromRoc(Units.rocYearFromGregorian(2026))).isEqualTo(2026);
        // the filings' thousand NT$ to NT$, exactly
        assertThat(Units.ntdFromThousands(256_840_064L)).isEqualTo(256_840_064_000L);
    }
}
