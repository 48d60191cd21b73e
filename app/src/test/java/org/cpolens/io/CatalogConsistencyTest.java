package org.cpolens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpolens.io.revenue.SignalsCatalog;
import org.cpolens.model.signals.Watchlist;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.SupplyChain;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogs are kept in separate files by separate loaders; these checks keep them telling
 * one story (the supply-chain watchlist names the same companies the supply-chain graph holds).
 */
class CatalogConsistencyTest {
    @Test
    void everySupplyChainWatchlistTickerIsATaiwanListedCompanyOfTheGraph() {
        SupplyChain chain = CompanyCatalogLoader.bundled();
        Watchlist w = SignalsCatalog.bundled().watchlist(SignalsCatalog.DEFAULT_WATCHLIST);
        assertThat(w.tickers()).isNotEmpty();
        for (String ticker : w.tickers()) {
            Company c = chain.company(ticker).orElseThrow(() -> new AssertionError(
                    "watchlist ticker " + ticker + " is not in companies.yaml"));
            assertThat(c.listing().market()).as(ticker).isIn("TWSE", "TPEx");
        }
    }

    @Test
    void everyTaiwanListedSupplierOfACpoComponentIsWatched() {
        SupplyChain chain = CompanyCatalogLoader.bundled();
        List<String> watched = SignalsCatalog.bundled().watchlist(SignalsCatalog.DEFAULT_WATCHLIST).tickers();
        for (Company c : chain.companies()) {
            boolean taiwan = c.listing().market().equals("TWSE") || c.listing().market().equals("TPEx");
            if (taiwan && !c.roles().isEmpty()) {
                assertThat(watched).as("%s (%s) supplies the chain and trades in Taiwan", c.nameEn(), c.ticker())
                        .contains(c.ticker());
            }
        }
    }

    /** Sources name the original publication, never this project's working notes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"companies.yaml", "events.yaml", "watchlists.yaml"})
    void signalsAndSupplyCatalogsCiteOriginalPublications(String file) throws Exception {
        String text;
        try (var in = CatalogConsistencyTest.class.getResourceAsStream("/catalog/" + file)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(text).doesNotContain("figures.md").doesNotContain("DESIGN.md").doesNotContain("reference/");
    }

    /** What a source only reports (據報導, "reportedly") is secondary, not stated. */
    @Test
    void reportedClaimsAreSecondary() {
        for (Company c : CompanyCatalogLoader.bundled().companies()) {
            for (var r : c.roles()) {
                if (r.source().contains("據報導") || r.source().toLowerCase(java.util.Locale.ROOT).contains("reported")) {
                    assertThat(r.status()).as(c.id() + " " + r.component()).isNotEqualTo(org.cpolens.model.catalog.Status.STATED);
                }
            }
        }
    }
}
