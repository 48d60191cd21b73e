package org.cpolens.model.signals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The ranked companies of one watchlist, and every event of the log (for the events table).
 *
 * @param asOf         the day the report looks from: only filings reported by then count; null when undated
 * @param rankingMonth the latest month whose filing deadline had passed on {@code asOf}; null when undated
 */
public record SignalsReport(Watchlist watchlist, List<CompanySignal> companies, List<Event> events, LocalDate asOf,
                            YearMonth rankingMonth, boolean combineJanFeb) {
    public SignalsReport {
        companies = List.copyOf(companies);
        events = List.copyOf(events);
    }

    /** True when at least one watched company has revenue stored. */
    public boolean hasData() {
        return companies.stream().anyMatch(CompanySignal::hasData);
    }

    /** The watched companies whose ranking rests on missing months. */
    public List<CompanySignal> incomplete() {
        return companies.stream().filter(CompanySignal::incomplete).toList();
    }
}
