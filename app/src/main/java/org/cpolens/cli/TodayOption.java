package org.cpolens.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cpolens.io.revenue.RevenueFileParser;
import org.cpolens.model.InputException;
import picocli.CommandLine.Option;

/**
 * The day the revenue commands take as today (Taipei): filing deadlines, future months and "as of"
 * are judged against it. Hidden: it exists so that runs can be reproduced and tests are deterministic.
 */
final class TodayOption {
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", hidden = true,
            description = "take this day as today (default: today in Taipei)")
    String today;

    LocalDate get() {
        return today == null ? RevenueFileParser.today() : day("--today", today);
    }

    static LocalDate day(String option, String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw InputException.field(option, s, "not a day", "write YYYY-MM-DD, e.g. 2025-04-30");
        }
    }
}
