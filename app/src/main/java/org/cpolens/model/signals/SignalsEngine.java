package org.cpolens.model.signals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Ranks a watchlist's companies by revenue momentum and flags their inflections. */
public final class SignalsEngine {
    /** How far back from the ranking month a missing month counts against the ranking: YoY and 3-month YoY need a year. */
    static final int GAP_WINDOW_MONTHS = 12;

    private SignalsEngine() {
    }

    /** Undated: no filing deadline is judged, no event is hidden. */
    public static SignalsReport compute(Watchlist watchlist, List<RevenueRow> rows, List<Event> events) {
        return compute(watchlist, rows, events, null, false);
    }

    /**
     * @param watchlist     the companies to rank, in the list's order for ties and missing data
     * @param rows          stored revenue rows as known on {@code asOf} (any companies; those not watched are ignored)
     * @param events        the events log; each company gets its own events, oldest first
     * @param asOf          the day the report looks from: months due by then and absent are gaps, later
     *                      events are left out; null for an undated report
     * @param combineJanFeb YoY of January and February taken together (Lunar New Year)
     */
    public static SignalsReport compute(Watchlist watchlist, List<RevenueRow> rows, List<Event> events, LocalDate asOf,
                                        boolean combineJanFeb) {
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
        List<Event> known = asOf == null ? events : events.stream().filter(e -> knownBy(e, asOf)).toList();
        YearMonth rankingMonth = asOf == null ? null : FilingDeadline.lastDueMonth(asOf);
        List<CompanySignal> unranked = new ArrayList<>();
        for (Map.Entry<String, List<RevenueRow>> e : byCode.entrySet()) {
            RevenueSeries s = RevenueSeries.of(e.getKey(), e.getValue());
            List<MonthlySignal> history = s.signals(combineJanFeb);
            MonthlySignal latest = history.isEmpty() ? null : history.get(history.size() - 1);
            String name = s.isEmpty() ? "" : s.rows().get(s.rows().size() - 1).companyName();
            List<Event> own = known.stream().filter(ev -> ev.ticker().equals(e.getKey()))
                    .sorted(Comparator.comparing(Event::date)).toList();
            List<YearMonth> gaps = rankingMonth == null || s.isEmpty() ? List.of() : gaps(s, rankingMonth);
            unranked.add(new CompanySignal(0, e.getKey(), name, latest, latest == null ? null : latest.yoy3m(),
                    new ArrayList<>(s.inflections(combineJanFeb)), history, own, gaps));
        }
        List<CompanySignal> sorted = new ArrayList<>(unranked);
        // highest momentum first; companies without a score keep the watchlist's order at the end
        sorted.sort(Comparator.comparing(CompanySignal::momentum, Comparator.nullsLast(Comparator.reverseOrder())));
        List<CompanySignal> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CompanySignal c = sorted.get(i);
            ranked.add(new CompanySignal(i + 1, c.code(), c.name(), c.latest(), c.momentum(), c.inflections(),
                    c.history(), c.events(), c.gaps()));
        }
        List<Event> all = new ArrayList<>(known);
        all.sort(Comparator.comparing(Event::date).thenComparing(Event::ticker));
        return new SignalsReport(watchlist, ranked, all, asOf, rankingMonth, combineJanFeb);
    }

    /**
     * Months from the later of the company's first stored month and a year before the ranking month,
     * up to the ranking month, that are not stored: each one either hides a figure or shifts the
     * company's latest month back.
     */
    static List<YearMonth> gaps(RevenueSeries s, YearMonth rankingMonth) {
        TreeSet<YearMonth> stored = new TreeSet<>();
        s.rows().forEach(r -> stored.add(r.month()));
        YearMonth from = stored.first().isAfter(rankingMonth.minusMonths(GAP_WINDOW_MONTHS))
                ? stored.first() : rankingMonth.minusMonths(GAP_WINDOW_MONTHS);
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(rankingMonth); m = m.plusMonths(1)) {
            if (!stored.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** An event dated by day counts from that day, one dated by month from the month's first day. */
    static boolean knownBy(Event e, LocalDate asOf) {
        LocalDate d = e.date().length() == 7 ? e.month().atDay(1) : LocalDate.parse(e.date());
        return !d.isAfter(asOf);
    }
}
