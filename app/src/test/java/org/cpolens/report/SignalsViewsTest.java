package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.model.signals.RevenueRow;
import org.cpolens.model.signals.SignalsEngine;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.model.signals.Watchlist;
import org.junit.jupiter.api.Test;

class SignalsViewsTest {
    private final Watchlist watchlist = SignalsCatalog.bundled().watchlist("supply-chain");

    @Test
    void withoutDataTheSectionSaysHowToImportInBothLanguages() {
        SignalsReport r = SignalsEngine.compute(watchlist, List.of(), SignalsCatalog.bundledEvents());
        Section s = SignalsViews.section(r);
        assertThat(s.id()).isEqualTo("signals");
        assertThat(s.blocks().get(0)).isInstanceOfSatisfying(Paragraph.class, p -> {
            assertThat(p.text().en()).contains("cpolens revenue import");
            assertThat(p.text().zhTw()).contains("cpolens revenue import").contains("月營收");
        });
        assertThat(s.blocks()).noneMatch(b -> b instanceof Chart);
        assertThat(s.blocks().get(s.blocks().size() - 1)).isInstanceOfSatisfying(DataTable.class,
                t -> assertThat(t.id()).isEqualTo("events"));
        assertThat(SignalsViews.sources(r).get(0).status()).isEqualTo("not-found");
    }

    @Test
    void withDataTheSectionHasLineChartsPerWatchedCompany() {
        List<RevenueRow> rows = new ArrayList<>();
        // 2024-01, 2024-02, 2024-04: the chart keeps the calendar and leaves March as a gap
        for (String m : List.of("2024-01", "2024-02", "2024-04")) {
            rows.add(new RevenueRow("3081", "Fixture Co", "", YearMonth.parse(m), LocalDate.parse(m + "-10"), 120, 110, 100,
                    null, null, 120, 100, null, "-"));
        }
        SignalsReport r = SignalsEngine.compute(watchlist, rows, SignalsCatalog.bundledEvents());
        Section s = SignalsViews.section(r);
        List<Chart> charts = s.blocks().stream().filter(b -> b instanceof Chart).map(b -> (Chart) b).toList();
        assertThat(charts).hasSize(2).allMatch(c -> c.kind() == ChartKind.LINE);
        Chart revenue = charts.get(0);
        assertThat(revenue.categories()).extracting(Text::en).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(revenue.series().get(0).values()).containsExactly(120, 120, Double.NaN, 120);
        assertThat(charts.get(1).unit()).isEqualTo("%");
        assertThat(s.blocks()).anyMatch(b -> b instanceof DataTable t && t.id().equals("signals"));
        List<SourceEntry> src = SignalsViews.sources(r);
        assertThat(src.get(0).value()).isEqualTo("1 companies, 2024-01 to 2024-04");
        assertThat(src).anyMatch(e -> e.figure().contains("AVGO"));
    }

    @Test
    void bundledEventsAndWatchlistAreSourced() {
        assertThat(watchlist.tickers()).containsExactly("2330", "2317", "3081", "3363", "6187", "3711", "6442");
        assertThat(SignalsCatalog.bundledEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.source()).isNotBlank())
                .anySatisfy(e -> assertThat(e.textEn()).contains("Davisson"))
                .anySatisfy(e -> assertThat(e.textEn()).contains("OFC 2024"))
                .anySatisfy(e -> assertThat(e.textEn()).contains("GTC 2025"));
    }
}
