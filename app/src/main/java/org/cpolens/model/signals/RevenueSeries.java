package org.cpolens.model.signals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One company's monthly rows in month order, and the growth figures over them. Each month's MoM,
 * YoY and YTD come from that month's own filing (its previous-month, last-year and cumulative
 * columns), so a month needs no neighbour to be judged; the 3-month YoY needs three months in a row.
 */
public final class RevenueSeries {
    private final String code;
    private final List<RevenueRow> rows;

    private RevenueSeries(String code, List<RevenueRow> rows) {
        this.code = code;
        this.rows = rows;
    }

    /** The series of one company; rows of other companies or a month given twice are an error. */
    public static RevenueSeries of(String code, List<RevenueRow> rows) {
        List<RevenueRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(RevenueRow::month));
        for (int i = 0; i < sorted.size(); i++) {
            RevenueRow r = sorted.get(i);
            if (!r.companyCode().equals(code)) {
                throw new IllegalArgumentException("row of " + r.companyCode() + " in the series of " + code);
            }
            if (i > 0 && sorted.get(i - 1).month().equals(r.month())) {
                throw new IllegalArgumentException(code + " " + r.month() + " appears twice");
            }
        }
        return new RevenueSeries(code, List.copyOf(sorted));
    }

    public String code() {
        return code;
    }

    public List<RevenueRow> rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The monthly signals, oldest first. */
    public List<MonthlySignal> signals() {
        return signals(false);
    }

    /**
     * The monthly signals, oldest first. With {@code combineJanFeb}, January's and February's YoY
     * are both that of January + February together against the same two months a year earlier:
     * the Lunar New Year falls in either month, so each alone compares holidays with working days.
     * Until February is filed, January's YoY is then left undefined rather than shown alone.
     */
    public List<MonthlySignal> signals(boolean combineJanFeb) {
        int n = rows.size();
        List<MonthlySignal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RevenueRow r = rows.get(i);
            OptionalDouble yoy = combineJanFeb && r.month().getMonthValue() <= 2 ? janFebYoy(i) : r.yoy();
            out.add(new MonthlySignal(r.month(), r.revenueThousandNtd(), box(r.mom()), box(yoy), box(r.ytdYoy()),
                    box(movingYoy(i, 3))));
        }
        return out;
    }

    /** January + February YoY for row {@code i} (a January or a February); empty unless both months are filed. */
    private OptionalDouble janFebYoy(int i) {
        YearMonth m = rows.get(i).month();
        YearMonth jan = m.withMonth(1);
        RevenueRow a = null;
        RevenueRow b = null;
        for (int k = Math.max(0, i - 1); k <= Math.min(rows.size() - 1, i + 1); k++) {
            RevenueRow r = rows.get(k);
            if (r.month().equals(jan)) {
                a = r;
            } else if (r.month().equals(jan.plusMonths(1))) {
                b = r;
            }
        }
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        return RevenueMath.growthPercent(new long[] {a.revenueThousandNtd(), b.revenueThousandNtd()},
                new long[] {a.lastYearMonthThousandNtd(), b.lastYearMonthThousandNtd()});
    }

    /**
     * YoY of the sum of the {@code window} months ending at row {@code end}, against the same months
     * a year earlier as their filings state them; empty unless those months are all present.
     */
    OptionalDouble movingYoy(int end, int window) {
        if (end - window + 1 < 0) {
            return OptionalDouble.empty();
        }
        long[] current = new long[window];
        long[] base = new long[window];
        YearMonth expected = rows.get(end).month();
        for (int k = 0; k < window; k++) {
            RevenueRow r = rows.get(end - k);
            if (!r.month().equals(expected)) {
                return OptionalDouble.empty();
            }
            current[k] = r.revenueThousandNtd();
            base[k] = r.lastYearMonthThousandNtd();
            expected = expected.minusMonths(1);
        }
        return RevenueMath.growthPercent(current, base);
    }

    /** The flags that hold at the latest month. */
    public Set<Inflection> inflections() {
        return inflections(false);
    }

    /** The flags that hold at the latest month, on YoY figures combined for January + February when asked. */
    public Set<Inflection> inflections(boolean combineJanFeb) {
        Set<Inflection> flags = EnumSet.noneOf(Inflection.class);
        List<MonthlySignal> s = signals(combineJanFeb);
        int n = s.size();
        if (n == 0) {
            return flags;
        }
        if (n >= 4 && contiguous(s, n - 4, n - 1)) {
            boolean up = true;
            boolean down = true;
            for (int i = n - 3; i < n; i++) {
                Double a = s.get(i - 1).yoy();
                Double b = s.get(i).yoy();
                if (a == null || b == null) {
                    up = false;
                    down = false;
                    break;
                }
                up &= b > a;
                down &= b < a;
            }
            if (up) {
                flags.add(Inflection.YOY_ACCELERATING_3M);
            }
            if (down) {
                flags.add(Inflection.YOY_DECELERATING_3M);
            }
        }
        if (n >= 2 && contiguous(s, n - 2, n - 1)) {
            Double before = s.get(n - 2).yoy3m();
            Double now = s.get(n - 1).yoy3m();
            if (before != null && now != null) {
                if (before <= 0 && now > 0) {
                    flags.add(Inflection.YOY3M_TURNED_POSITIVE);
                }
                if (before >= 0 && now < 0) {
                    flags.add(Inflection.YOY3M_TURNED_NEGATIVE);
                }
            }
        }
        if (n >= 13) {
            long last = s.get(n - 1).revenueThousandNtd();
            boolean record = true;
            for (int i = 0; i < n - 1; i++) {
                if (s.get(i).revenueThousandNtd() >= last) {
                    record = false;
                    break;
                }
            }
            if (record) {
                flags.add(Inflection.RECORD_HIGH);
            }
        }
        return flags;
    }

    private static boolean contiguous(List<MonthlySignal> s, int from, int to) {
        for (int i = from + 1; i <= to; i++) {
            if (!s.get(i - 1).month().plusMonths(1).equals(s.get(i).month())) {
                return false;
            }
        }
        return true;
    }

    private static Double box(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
