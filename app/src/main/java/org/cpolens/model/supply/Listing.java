package org.cpolens.model.supply;

import java.util.Objects;
import org.cpolens.model.catalog.Status;

/** Where a company's shares trade, with how we know it (Taiwan markets are often assumptions). */
public record Listing(String ticker, String market, String source, Status status) {
    public Listing {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }

    /** Known markets; the word list the catalog loader checks. */
    public static final java.util.List<String> MARKETS = java.util.List.of("TWSE", "TPEx", "NASDAQ", "NYSE", "SZSE",
            "SSE", "HKEX");
}
