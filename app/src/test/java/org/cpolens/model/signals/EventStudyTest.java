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

class EventStudyTest {
    static RevenueRow row(String code, String month, long revenue, long lastYear) {
        return SignalsEngineTest.row(code, month, revenue, lastYear);
    }

    @Test
    void yoyAroundAnEventWithMissingMonthsBlankAndOtherEventsLeftOut() {
        List<RevenueRow> rows = new ArrayList<>();
        // YoY 10 %, 20 %, (2024-06 missing), 40 %, 50 % around an event in 2024-06
        rows.add(row("A", "2024-04", 110, 100));
        rows.add(row("A", "2024-05", 120, 100));
        rows.add(row("A", "2024-07", 140, 100));
        rows.add(row("A", "2024-08", 150, 100));
        Event e = new Event("2024-06-15", YearMonth.of(2024, 6), "X", EventKind.ORDER, "o", "單", "s", Status.STATED);
        Event far = new Event("2019-01", YearMonth.of(2019, 1), "X", EventKind.ORDER, "o", "單", "s", Status.STATED);
        SignalsReport r = SignalsEngine.compute(new Watchlist("w", "W", "W", List.of("A", "B"), "s"), rows, List.of(e, far));
        List<EventWindow> ws = EventStudy.compute(r, 2);
        // B has no revenue and the 2019 event has no month around it: one window only
        assertThat(ws).singleElement().satisfies(w -> {
            assertThat(w.event()).isEqualTo(e);
            assertThat(w.at(-2)).isCloseTo(10.0, within(1e-12));
            assertThat(w.at(0)).isNull();
            assertThat(w.at(2)).isCloseTo(50.0, within(1e-12));
            assertThat(w.before()).isCloseTo(15.0, within(1e-12));
            assertThat(w.after()).isCloseTo(45.0, within(1e-12));
            assertThat(w.change()).isCloseTo(30.0, within(1e-12));
        });
        assertThatThrownBy(() -> EventStudy.compute(r, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void januaryAndFebruaryCombinedWeighByAmount() {
        // Jan 150 vs 100 (+50 %), Feb 80 vs 100 (-20 %): together 230 vs 200, +15 %
        List<RevenueRow> rows = List.of(row("A", "2025-01", 150, 100), row("A", "2025-02", 80, 100),
                row("A", "2025-03", 110, 100));
        List<MonthlySignal> plain = RevenueSeries.of("A", rows).signals(false);
        List<MonthlySignal> combined = RevenueSeries.of("A", rows).signals(true);
        assertThat(plain.get(0).yoy()).isCloseTo(50.0, within(1e-12));
        assertThat(combined.get(0).yoy()).isCloseTo(15.0, within(1e-12));
        assertThat(combined.get(1).yoy()).isCloseTo(15.0, within(1e-12));
        assertThat(combined.get(2).yoy()).isEqualTo(plain.get(2).yoy());
        // until February is filed, January's combined YoY is undefined, not January alone
        assertThat(RevenueSeries.of("A", rows.subList(0, 1)).signals(true).get(0).yoy()).isNull();
    }

    @Test
    void gapsWithinAYearOfTheRankingMonthMakeARankingIncomplete() {
        List<RevenueRow> rows = List.of(row("A", "2025-01", 1, 1), row("A", "2025-03", 1, 1),
                row("B", "2025-01", 1, 1), row("B", "2025-02", 1, 1), row("B", "2025-03", 1, 1));
        SignalsReport r = SignalsEngine.compute(new Watchlist("w", "W", "W", List.of("A", "B"), "s"), rows, List.of(),
                LocalDate.of(2025, 4, 11), false);
        assertThat(r.rankingMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(r.incomplete()).extracting(CompanySignal::code).containsExactly("A");
        assertThat(r.incomplete().get(0).gaps()).containsExactly(YearMonth.of(2025, 2));
        // on 10 April March was not yet due: B's February is its latest due month and nothing is missing for it
        SignalsReport early = SignalsEngine.compute(new Watchlist("w", "W", "W", List.of("B"), "s"), rows.subList(2, 4),
                List.of(), LocalDate.of(2025, 4, 10), false);
        assertThat(early.incomplete()).isEmpty();
    }
}
