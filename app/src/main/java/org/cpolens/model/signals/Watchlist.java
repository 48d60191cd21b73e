package org.cpolens.model.signals;

import java.util.List;

/** A named list of company codes to rank, with where the list comes from. */
public record Watchlist(String id, String nameEn, String nameZhTw, List<String> tickers, String source) {
    public Watchlist {
        tickers = List.copyOf(tickers);
    }
}
