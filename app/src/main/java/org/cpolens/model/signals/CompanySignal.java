package org.cpolens.model.signals;

import java.util.List;

/**
 * A watched company's revenue trend: its history, its latest month, its momentum score and flags.
 * {@code latest} is null when no revenue is stored for the company.
 *
 * @param momentum the 3-month moving YoY of the latest month, the ranking key; null when undefined
 * @param rank     1-based position in the momentum ranking; companies without a score come last
 */
public record CompanySignal(int rank, String code, String name, MonthlySignal latest, Double momentum,
                            List<Inflection> inflections, List<MonthlySignal> history, List<Event> events) {
    public CompanySignal {
        inflections = List.copyOf(inflections);
        history = List.copyOf(history);
        events = List.copyOf(events);
    }

    public boolean hasData() {
        return latest != null;
    }
}
