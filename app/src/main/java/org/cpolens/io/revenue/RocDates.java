package org.cpolens.io.revenue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.cpolens.model.units.Units;

/**
 * ROC-calendar dates as the exchanges write them: CSV {@code "113/02/07"} and {@code "112/12"},
 * OpenAPI JSON {@code "1150811"} and {@code "11507"} (ROC year + 1911 = Gregorian year).
 * Both spellings are accepted in both formats. Returns null for text that is not such a date.
 */
public final class RocDates {
    private RocDates() {
    }

    /** A day: "113/02/07" or "1130207". */
    public static LocalDate date(String s) {
        String t = s.trim();
        int y;
        int m;
        int d;
        try {
            if (t.contains("/")) {
                String[] p = t.split("/", -1);
                if (p.length != 3 || !digits(p[0], 1, 3) || !digits(p[1], 1, 2) || !digits(p[2], 1, 2)) {
                    return null;
                }
                y = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
                d = Integer.parseInt(p[2]);
            } else {
                if (!digits(t, 5, 7)) {
                    return null;
                }
                y = Integer.parseInt(t.substring(0, t.length() - 4));
                m = Integer.parseInt(t.substring(t.length() - 4, t.length() - 2));
                d = Integer.parseInt(t.substring(t.length() - 2));
            }
            if (y < 1) {
                return null;
            }
            return LocalDate.of(Units.gregorianYearFromRoc(y), m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month: "112/12" or "11507". */
    public static YearMonth month(String s) {
        String t = s.trim();
        int y;
        int m;
        try {
            if (t.contains("/")) {
                String[] p = t.split("/", -1);
                if (p.length != 2 || !digits(p[0], 1, 3) || !digits(p[1], 1, 2)) {
                    return null;
                }
                y = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
            } else {
                if (!digits(t, 3, 5)) {
                    return null;
                }
                y = Integer.parseInt(t.substring(0, t.length() - 2));
                m = Integer.parseInt(t.substring(t.length() - 2));
            }
            if (y < 1) {
                return null;
            }
            return YearMonth.of(Units.gregorianYearFromRoc(y), m);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ROC spelling of a Gregorian month, as the CSV writes it ("113/02"). */
    public static String rocMonth(YearMonth ym) {
        return String.format(java.util.Locale.ROOT, "%d/%02d", Units.rocYearFromGregorian(ym.getYear()), ym.getMonthValue());
    }

    /** The ROC spelling of a Gregorian day, as the CSV writes it ("113/02/07"). */
    public static String rocDate(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%d/%02d/%02d", Units.rocYearFromGregorian(d.getYear()),
                d.getMonthValue(), d.getDayOfMonth());
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
