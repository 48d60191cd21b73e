package org.cpolens.model.signals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ranks a watchlist's companies by revenue momentum and flags their inflections. */
public final class SignalsEngine {
    private SignalsEngine() {
    }

    /**
     * @param watchlist the companies to rank, in the list's order for ties and missing data
     * @param rows      stored revenue rows (any companies; those not watched are ignored)
     * @param events    the events log; each company gets its own events, oldest first
     */
    public static SignalsReport compute(Watchlist watchlist, List<RevenueRow> rows, List<Event> events) {
        Map<String, List<RevenueRow>> byCode = new LinkedHashMap<>();
        for (String t : watchlist.tickers()) {
            byCode.put(t, new ArrayList<>());
        }
        for (RevenueRow r : rows) {
            List<RevenueRow> l = byCode.get(r.companyCode());
            if (l != null) {
                l.add(r);
            }
        }
        List<CompanySignal> unranked = new ArrayList<>();
        for (Map.Entry<String, List<RevenueRow>> e : byCode.entrySet()) {
            RevenueSeries s = RevenueSeries.of(e.getKey(), e.getValue());
            List<MonthlySignal> history = s.signals();
            MonthlySignal latest = history.isEmpty() ? null : history.get(history.size() - 1);
            String name = s.isEmpty() ? "" : s.rows().get(s.rows().size() - 1).companyName();
            List<Event> own = events.stream().filter(ev -> ev.ticker().equals(e.getKey()))
                    .sorted(Comparator.comparing(Event::date)).toList();
            unranked.add(new CompanySignal(0, e.getKey(), name, latest, latest == null ? null : latest.yoy3m(),
                    new ArrayList<>(s.inflections()), history, own));
        }
        List<CompanySignal> sorted = new ArrayList<>(unranked);
        // highest momentum first; companies without a score keep the watchlist's order at the end
        sorted.sort(Comparator.comparing(CompanySignal::momentum, Comparator.nullsLast(Comparator.reverseOrder())));
        List<CompanySignal> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CompanySignal c = sorted.get(i);
            ranked.add(new CompanySignal(i + 1, c.code(), c.name(), c.latest(), c.momentum(), c.inflections(),
                    c.history(), c.events()));
        }
        List<Event> all = new ArrayList<>(events);
        all.sort(Comparator.comparing(Event::date).thenComparing(Event::ticker));
        return new SignalsReport(watchlist, ranked, all);
    }
}
