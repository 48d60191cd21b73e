package org.cpolens.io.revenue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueRow;
import org.cpolens.model.signals.SignalsEngine;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.model.signals.Watchlist;

/** Everything the signals views need, read from the revenue database and the catalogs. */
public final class SignalsLoader {
    private SignalsLoader() {
    }

    /**
     * What to load.
     *
     * @param db            the database option (null: the default file)
     * @param catalogDir    a {@code --catalog} folder, or null
     * @param today         the day it is (Taipei); filing deadlines and events are judged from it
     * @param asOf          look from this past day: only filings reported by then; null for today
     * @param combineJanFeb YoY of January and February taken together
     */
    public record Query(Path db, Path catalogDir, String watchlist, LocalDate today, LocalDate asOf,
                        boolean combineJanFeb) {
    }

    /** The default watchlist's signals today, as the report shows them. */
    public static SignalsReport load(Path db, String watchlistId) {
        return load(new Query(db, null, watchlistId, RevenueFileParser.today(), null, false));
    }

    /**
     * A missing database is not an error: the report then has no data and says how to import.
     * Never creates a file.
     */
    public static SignalsReport load(Query q) {
        if (q.asOf() != null && q.asOf().isAfter(q.today())) {
            throw InputException.field("--as-of", q.asOf(), "is after today (" + q.today() + ")",
                    "give a past day, or leave --as-of out for today");
        }
        SignalsCatalog catalog = SignalsCatalog.load(q.catalogDir());
        Watchlist w = catalog.watchlist(q.watchlist());
        List<RevenueRow> rows = List.of();
        Optional<RevenueStore> store = RevenueStore.openIfExists(q.db());
        if (store.isPresent()) {
            try (RevenueStore s = store.get()) {
                rows = q.asOf() == null ? s.rows(w.tickers()) : s.rowsAsOf(w.tickers(), q.asOf());
            }
        }
        LocalDate from = q.asOf() == null ? q.today() : q.asOf();
        return SignalsEngine.compute(w, rows, catalog.events(), from, q.combineJanFeb());
    }
}
