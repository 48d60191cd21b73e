package org.cpolens.model.signals;

import java.util.List;

/** The ranked companies of one watchlist, and every event of the log (for the events table). */
public record SignalsReport(Watchlist watchlist, List<CompanySignal> companies, List<Event> events) {
    public SignalsReport {
        companies = List.copyOf(companies);
        events = List.copyOf(events);
    }

    /** True when at least one watched company has revenue stored. */
    public boolean hasData() {
        return companies.stream().anyMatch(CompanySignal::hasData);
    }
}
