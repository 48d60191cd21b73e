package org.cpolens.model.signals;

import java.time.YearMonth;
import java.util.List;

/**
 * A watched company's revenue trend: its history, its latest month, its momentum score and flags.
 * {@code latest} is null when no revenue is stored for the company.
 *
 * @param momentum the 3-month moving YoY of the latest month, the ranking key; null when undefined
 *                 (never computed over a missing month: a gap leaves it undefined)
 * @param rank     1-based position in the momentum ranking; companies without a score come last
 * @param gaps     months past their filing deadline that are not stored, within the year before the
 *                 ranking month (empty when the report was computed without a date)
 */
public record CompanySignal(int rank, String code, String name, MonthlySignal latest, Double momentum,
                            List<Inflection> inflections, List<MonthlySignal> history, List<Event> events,
                            List<YearMonth> gaps) {
    public CompanySignal {
        inflections = List.copyOf(inflections);
        history = List.copyOf(history);
        events = List.copyOf(events);
        gaps = List.copyOf(gaps);
    }

    public boolean hasData() {
        return latest != null;
    }

    /** Whether the ranking of this company rests on months that are missing. */
    public boolean incomplete() {
        return !gaps.isEmpty();
    }
}
