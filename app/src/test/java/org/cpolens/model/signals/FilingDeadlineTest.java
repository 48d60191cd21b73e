package org.cpolens.model.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FilingDeadlineTest {
    @Test
    void aMonthIsDueAfterTheTenthOfTheNextMonth() {
        YearMonth march = YearMonth.of(2025, 3);
        assertThat(FilingDeadline.dueDate(march)).isEqualTo(LocalDate.of(2025, 4, 10));
        // the 10th itself is still on time
        assertThat(FilingDeadline.isDue(march, LocalDate.of(2025, 4, 10))).isFalse();
        assertThat(FilingDeadline.isDue(march, LocalDate.of(2025, 4, 11))).isTrue();
        assertThat(FilingDeadline.lastDueMonth(LocalDate.of(2025, 4, 10))).isEqualTo(YearMonth.of(2025, 2));
        assertThat(FilingDeadline.lastDueMonth(LocalDate.of(2025, 4, 11))).isEqualTo(march);
        // December is due on 10 January of the next year
        assertThat(FilingDeadline.lastDueMonth(LocalDate.of(2025, 1, 11))).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void coverageClassifiesEveryMonthFromTheStartToLastMonth() {
        TreeSet<YearMonth> stored = new TreeSet<>(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 3)));
        CompanyCoverage c = CompanyCoverage.of("3363", "x", stored, YearMonth.of(2025, 1), LocalDate.of(2025, 5, 5));
        assertThat(c.present()).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 3));
        assertThat(c.missing()).containsExactly(YearMonth.of(2025, 2));
        // April is due on 10 May: on the 5th it is not yet due
        assertThat(c.notYetDue()).containsExactly(YearMonth.of(2025, 4));
        assertThat(c.status(YearMonth.of(2025, 2))).isEqualTo(MonthStatus.MISSING);
        assertThat(c.complete()).isFalse();
        CompanyCoverage later = CompanyCoverage.of("3363", "x", stored, YearMonth.of(2025, 1), LocalDate.of(2025, 5, 11));
        assertThat(later.missing()).containsExactly(YearMonth.of(2025, 2), YearMonth.of(2025, 4));
    }
}
