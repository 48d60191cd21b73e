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
        // derived from the supply catalog: its Taiwan-listed companies, in catalog order
        List<String> taiwan = org.cpolens.io.CompanyCatalogLoader.bundled().companies().stream()
                .filter(c -> List.of("TWSE", "TPEx").contains(c.listing().market())).map(c -> c.ticker()).toList();
        assertThat(watchlist.tickers()).isEqualTo(taiwan).contains("3163", "4979", "3450", "4977", "6451", "3234");
        assertThat(SignalsCatalog.bundledEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.source()).isNotBlank().doesNotContain("figures.md").doesNotContain("DESIGN.md"))
                .anySatisfy(e -> assertThat(e.textEn()).contains("Davisson"))
                .anySatisfy(e -> assertThat(e.textEn()).contains("OFC 2024"))
                .anySatisfy(e -> assertThat(e.textEn()).contains("GTC 2025"));
        // the 2025-26 events of the issue, each on its day
        assertThat(SignalsCatalog.bundledEvents()).extracting(e -> e.date() + " " + e.ticker()).contains(
                "2025-06-03 AVGO", "2025-10-01 AVGO", "2025-10-08 AVGO", "2026-03-12 OCI-MSA", "2026-03-02 LITE",
                "2026-03-02 COHR", "2026-03-16 NVDA");
    }
}
