package org.cpolens.model.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.Status;
import org.junit.jupiter.api.Test;

class SignalsEngineTest {
    /** A row with only revenue and last year's month (the previous month set to the same as last year). */
    static RevenueRow row(String code, String month, long revenue, long lastYear) {
        return new RevenueRow(code, "Co " + code, "", YearMonth.parse(month), LocalDate.parse(month + "-28"), revenue,
                revenue, lastYear, null, null, revenue, lastYear, null, "-");
    }

    @Test
    void threeMonthYoyIsSumOverSum() {
        // (120 + 130 + 150) / (100 + 100 + 100) - 1 = 33.33 %
        RevenueSeries s = RevenueSeries.of("A", List.of(row("A", "2024-01", 120, 100), row("A", "2024-03", 150, 100),
                row("A", "2024-02", 130, 100)));
        List<MonthlySignal> sig = s.signals();
        assertThat(sig).extracting(MonthlySignal::month).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2),
                YearMonth.of(2024, 3));
        assertThat(sig.get(0).yoy3m()).isNull();
        assertThat(sig.get(1).yoy3m()).isNull();
        assertThat(sig.get(2).yoy3m()).isCloseTo(100.0 / 3.0, within(1e-9));
        assertThat(sig.get(2).yoy()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void threeMonthYoyNeedsThreeMonthsInARow() {
        RevenueSeries s = RevenueSeries.of("A", List.of(row("A", "2024-01", 120, 100), row("A", "2024-02", 130, 100),
                row("A", "2024-04", 150, 100)));
        assertThat(s.signals().get(2).yoy3m()).isNull();
    }

    @Test
    void yoyEmptyWhenLastYearWasZero() {
        MonthlySignal m = RevenueSeries.of("N", List.of(row("N", "2024-10", 6741, 0))).signals().get(0);
        assertThat(m.yoy()).isNull();
        assertThat(m.ytdYoy()).isNull();
    }

    @Test
    void flagsYoyAccelerationThreeMonthsRunning() {
        // YoY 10, 25, 40, 55 %: three rises in a row
        List<RevenueRow> up = List.of(row("U", "2024-07", 110, 100), row("U", "2024-08", 125, 100),
                row("U", "2024-09", 140, 100), row("U", "2024-10", 155, 100));
        assertThat(RevenueSeries.of("U", up).inflections()).contains(Inflection.YOY_ACCELERATING_3M)
                .doesNotContain(Inflection.YOY_DECELERATING_3M);
        // only two rises (10, 25, 25, 40): no flag
        List<RevenueRow> flat = List.of(row("F", "2024-07", 110, 100), row("F", "2024-08", 125, 100),
                row("F", "2024-09", 125, 100), row("F", "2024-10", 140, 100));
        assertThat(RevenueSeries.of("F", flat).inflections()).doesNotContain(Inflection.YOY_ACCELERATING_3M);
        // falls three months running
        List<RevenueRow> down = List.of(row("D", "2024-07", 155, 100), row("D", "2024-08", 140, 100),
                row("D", "2024-09", 125, 100), row("D", "2024-10", 110, 100));
        assertThat(RevenueSeries.of("D", down).inflections()).contains(Inflection.YOY_DECELERATING_3M);
        // a gap month breaks the run
        List<RevenueRow> gap = List.of(row("G", "2024-06", 110, 100), row("G", "2024-08", 125, 100),
                row("G", "2024-09", 140, 100), row("G", "2024-10", 155, 100));
        assertThat(RevenueSeries.of("G", gap).inflections()).doesNotContain(Inflection.YOY_ACCELERATING_3M);
    }

    @Test
    void flagsThreeMonthYoyTurningPositiveAndRecordHigh() {
        List<RevenueRow> rows = new ArrayList<>();
        YearMonth m = YearMonth.of(2023, 1);
        for (int i = 0; i < 13; i++) {
            // 3-month YoY is negative until the last month, whose big jump also sets a record
            long revenue = i < 12 ? 90 : 200;
            rows.add(row("R", m.plusMonths(i).toString(), revenue, 100));
        }
        assertThat(RevenueSeries.of("R", rows).inflections())
                .contains(Inflection.YOY3M_TURNED_POSITIVE, Inflection.RECORD_HIGH);
        assertThat(RevenueSeries.of("R", rows.subList(0, 12)).inflections()).doesNotContain(Inflection.RECORD_HIGH);
    }

    @Test
    void ranksByMomentumWithMissingCompaniesLastInWatchlistOrder() {
        Watchlist w = new Watchlist("t", "T", "T", List.of("A", "B", "C", "D"), "test");
        List<RevenueRow> rows = new ArrayList<>();
        for (String mo : List.of("2024-08", "2024-09", "2024-10")) {
            rows.add(row("A", mo, 105, 100));
            rows.add(row("C", mo, 150, 100));
            rows.add(row("Z", mo, 999, 100)); // not watched: ignored
        }
        rows.add(row("B", "2024-10", 300, 100)); // one month only: no 3-month YoY, ranked after A and C
        Event e = new Event("2025-10", YearMonth.of(2025, 10), "C", EventKind.PRODUCT, "launch", "發表", "src",
                Status.STATED);
        SignalsReport r = SignalsEngine.compute(w, rows, List.of(e));
        assertThat(r.companies()).extracting(CompanySignal::code).containsExactly("C", "A", "B", "D");
        assertThat(r.companies()).extracting(CompanySignal::rank).containsExactly(1, 2, 3, 4);
        assertThat(r.companies().get(0).momentum()).isCloseTo(50.0, within(1e-12));
        assertThat(r.companies().get(0).events()).containsExactly(e);
        assertThat(r.companies().get(3).hasData()).isFalse();
        assertThat(r.hasData()).isTrue();
        assertThat(SignalsEngine.compute(w, List.of(), List.of()).hasData()).isFalse();
    }

    @Test
    void seriesRejectsAMonthGivenTwice() {
        assertThatThrownBy(() -> RevenueSeries.of("A", List.of(row("A", "2024-01", 1, 1), row("A", "2024-01", 2, 1))))
                .hasMessageContaining("twice");
    }
}
