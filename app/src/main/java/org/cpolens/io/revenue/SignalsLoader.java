package org.cpolens.io.revenue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.RevenueRow;
import org.cpolens.model.signals.SignalsEngine;
import org.cpolens.model.signals.SignalsReport;
import org.cpolens.model.signals.Watchlist;

/** Everything the signals views need, read from the revenue database and the bundled catalogs. */
public final class SignalsLoader {
    private SignalsLoader() {
    }

    /**
     * The watchlist's signals from the database at {@code db} (null: the default file). A missing
     * database is not an error: the report then has no data and says how to import. Never creates a file.
     */
    public static SignalsReport load(Path db, String watchlistId) {
        Watchlist w = SignalsCatalog.watchlist(watchlistId);
        List<Event> events = SignalsCatalog.bundledEvents();
        List<RevenueRow> rows = List.of();
        Optional<RevenueStore> store = RevenueStore.openIfExists(db);
        if (store.isPresent()) {
            try (RevenueStore s = store.get()) {
                rows = s.rows(w.tickers());
            }
        }
        return SignalsEngine.compute(w, rows, events);
    }
}
