package org.cpolens.model.signals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Which months of one company's revenue are present, not yet due, or missing, from {@code from}
 * to the month before {@code today}'s. Community datasets lose months silently; this says so.
 *
 * @param from the first month looked at (the company's first stored month, or the asked start)
 */
public record CompanyCoverage(String code, String name, YearMonth from, YearMonth to, List<YearMonth> present,
                              List<YearMonth> notYetDue, List<YearMonth> missing) {
    public CompanyCoverage {
        Objects.requireNonNull(code, "code");
        present = List.copyOf(present);
        notYetDue = List.copyOf(notYetDue);
        missing = List.copyOf(missing);
    }

    /**
     * Classifies every month from {@code from} to the month before today's.
     *
     * @param stored the months the database holds for the company (months outside the range are ignored)
     */
    public static CompanyCoverage of(String code, String name, SortedSet<YearMonth> stored, YearMonth from,
                                     LocalDate today) {
        YearMonth to = YearMonth.from(today).minusMonths(1);
        List<YearMonth> present = new ArrayList<>();
        List<YearMonth> notYetDue = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (stored.contains(m)) {
                present.add(m);
            } else if (FilingDeadline.isDue(m, today)) {
                missing.add(m);
            } else {
                notYetDue.add(m);
            }
        }
        return new CompanyCoverage(code, name, from, to, present, notYetDue, missing);
    }

    public MonthStatus status(YearMonth m) {
        return present.contains(m) ? MonthStatus.PRESENT : notYetDue.contains(m) ? MonthStatus.NOT_YET_DUE
                : MonthStatus.MISSING;
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
