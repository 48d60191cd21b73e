package org.cpolens.model.signals;

import java.time.YearMonth;
import java.util.Objects;
import org.cpolens.model.catalog.Status;

/**
 * A dated event (an order, a product launch, a standard, a conference talk) shown beside revenue.
 *
 * @param date   as the source gives it: {@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known
 * @param month  the month the event falls in, to place it on a revenue chart
 * @param ticker the company's ticker (a Taiwan code such as 3081, or a US symbol such as AVGO)
 */
public record Event(String date, YearMonth month, String ticker, EventKind kind, String textEn, String textZhTw,
                    String source, Status status) {
    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
