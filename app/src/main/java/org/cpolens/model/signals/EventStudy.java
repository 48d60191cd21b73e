package org.cpolens.model.signals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event-study view: for each dated event and each watched company with revenue around it, the
 * company's YoY in the months before and after the event's month. It shows what happened around an event; it
 * does not say the event caused it.
 */
public final class EventStudy {
    public static final int MAX_MONTHS = 24;

    private EventStudy() {
    }

    /** @param months how many months on each side of the event's month, 1 to {@link #MAX_MONTHS} */
    public static List<EventWindow> compute(SignalsReport report, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1 to " + MAX_MONTHS + ": " + months);
        }
        List<EventWindow> out = new ArrayList<>();
        for (Event e : report.events()) {
            for (CompanySignal c : report.companies()) {
                if (!c.hasData()) {
                    continue;
                }
                Map<YearMonth, MonthlySignal> byMonth = new HashMap<>();
                c.history().forEach(s -> byMonth.put(s.month(), s));
                List<Double> yoy = new ArrayList<>();
                double sumBefore = 0;
                int nBefore = 0;
                double sumAfter = 0;
                int nAfter = 0;
                for (int k = -months; k <= months; k++) {
                    MonthlySignal s = byMonth.get(e.month().plusMonths(k));
                    Double v = s == null ? null : s.yoy();
                    yoy.add(v);
                    if (v != null && k < 0) {
                        sumBefore += v;
                        nBefore++;
                    } else if (v != null && k > 0) {
                        sumAfter += v;
                        nAfter++;
                    }
                }
                // a window with no stored month says nothing about the event: left out rather than shown blank
                if (yoy.stream().anyMatch(java.util.Objects::nonNull)) {
                    out.add(new EventWindow(e, c.code(), c.name(), months, yoy, nBefore == 0 ? null : sumBefore / nBefore,
                            nAfter == 0 ? null : sumAfter / nAfter));
                }
            }
        }
        return out;
    }
}
