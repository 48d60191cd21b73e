package org.cpolens.model.signals;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month's revenue is due: Taiwan issuers file it by the 10th of the following month. Before
 * the end of that day a month without a filing is "not yet due", after it "missing".
 */
public final class FilingDeadline {
    /** The day of the following month by which a month's revenue must be filed. */
    public static final int DAY = 10;

    private FilingDeadline() {
    }

    /** The last day a filing for {@code month} is on time. */
    public static LocalDate dueDate(YearMonth month) {
        return month.plusMonths(1).atDay(DAY);
    }

    /** Whether {@code month} should have been filed by the end of {@code today}'s eve (its deadline has passed). */
    public static boolean isDue(YearMonth month, LocalDate today) {
        return today.isAfter(dueDate(month));
    }

    /** The latest month whose deadline has passed on {@code today}. */
    public static YearMonth lastDueMonth(LocalDate today) {
        YearMonth m = YearMonth.from(today).minusMonths(1);
        return isDue(m, today) ? m : m.minusMonths(1);
    }
}
