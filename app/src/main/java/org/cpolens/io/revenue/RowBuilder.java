package org.cpolens.io.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueMath;
import org.cpolens.model.signals.RevenueRow;

/**
 * Turns one record's cells (column name to text), whatever format they came from, into a checked
 * {@link RevenueRow}; collects the rows, the stated-column mismatches and the notes of one file.
 * Any bad cell throws with {@code file:line}, the column, the value and a hint.
 */
final class RowBuilder {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    /** Any decimal the exchanges print: "8.275151136764931", "-2.51", "47.5", "1e-05"; bounded in length. */
    private static final Pattern PERCENT = Pattern.compile("[+-]?(\\d{1,20}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][+-]?\\d{1,3})?");
    /** A note longer than this is not a remark but a broken file. */
    static final int MAX_NOTE = 100_000;
    private static final String HINT_AMOUNT = "amounts are whole thousand NT$, e.g. \"123456\"";
    private static final String HINT_PERCENT = "a decimal number such as \"12.34\" or \"-3.8542416145443785\", or empty";

    private final LocalDate today;
    private final List<ParsedRow> rows = new ArrayList<>();
    private final List<StatedMismatch> mismatches = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();

    /** @param today rows for months not yet over, or reported after today, are refused */
    RowBuilder(LocalDate today) {
        this.today = today;
    }

    List<ParsedRow> rows() {
        return rows;
    }

    List<StatedMismatch> mismatches() {
        return mismatches;
    }

    void add(String where, Map<String, String> c) {
        LocalDate reportDate = date(where, RevenueColumns.REPORT_DATE, c);
        YearMonth month = month(where, RevenueColumns.MONTH, c);
        if (reportDate.isAfter(today)) {
            throw new InputException(where, RevenueColumns.REPORT_DATE, c.get(RevenueColumns.REPORT_DATE).trim(),
                    "the report date " + reportDate + " is after today (" + today + ")",
                    "a table cannot be published in the future: check the ROC year (year + 1911) or the computer's clock");
        }
        if (!month.isBefore(YearMonth.from(today))) {
            throw new InputException(where, RevenueColumns.MONTH, c.get(RevenueColumns.MONTH).trim(),
                    "the month " + month + " is not over yet (today is " + today + ")",
                    "monthly revenue is filed after the month ends: check the ROC year (year + 1911) or the computer's clock");
        }
        String code = c.get(RevenueColumns.CODE).trim();
        if (!CODE.matcher(code).matches()) {
            throw new InputException(where, RevenueColumns.CODE, code, "not a company code",
                    "a code is 1 to 16 letters and digits, e.g. \"2330\"");
        }
        String key = code + " " + month;
        String before = seen.putIfAbsent(key, where);
        if (before != null) {
            throw new InputException(where, RevenueColumns.CODE, code, "company " + code + " month " + month
                    + " appears twice in the file (also at " + before + ")", "keep one row per company and month");
        }
        String note = c.get(RevenueColumns.NOTE);
        if (note.length() > MAX_NOTE) {
            throw new InputException(where, RevenueColumns.NOTE, note.substring(0, 40) + "...",
                    "a remark of " + note.length() + " characters (the limit is " + MAX_NOTE + ")",
                    "a quote may be missing earlier in the file, so that many lines ran together");
        }
        BigDecimal mom = percent(where, RevenueColumns.MOM, c);
        BigDecimal yoy = percent(where, RevenueColumns.YOY, c);
        BigDecimal ytd = percent(where, RevenueColumns.YTD, c);
        RevenueRow row = new RevenueRow(code, c.get(RevenueColumns.NAME).trim(), c.get(RevenueColumns.INDUSTRY).trim(),
                month, reportDate,
                amount(where, RevenueColumns.REVENUE, c),
                amount(where, RevenueColumns.PREVIOUS_MONTH, c),
                amount(where, RevenueColumns.LAST_YEAR_MONTH, c),
                mom, yoy,
                amount(where, RevenueColumns.CUMULATIVE, c),
                amount(where, RevenueColumns.LAST_YEAR_CUMULATIVE, c),
                ytd, note);
        check(where, row, RevenueColumns.MOM, row.revenueThousandNtd(), row.previousMonthThousandNtd(), mom);
        check(where, row, RevenueColumns.YOY, row.revenueThousandNtd(), row.lastYearMonthThousandNtd(), yoy);
        check(where, row, RevenueColumns.YTD, row.cumulativeThousandNtd(), row.lastYearCumulativeThousandNtd(), ytd);
        rows.add(new ParsedRow(where, row));
    }

    private void check(String where, RevenueRow row, String column, long current, long base, BigDecimal stated) {
        if (!RevenueMath.statedAgrees(current, base, stated)) {
            var exact = RevenueMath.growthPercent(current, base);
            mismatches.add(new StatedMismatch(where, row.companyCode(), row.month(), column,
                    stated == null ? "" : stated.toPlainString(), exact.isPresent() ? exact.getAsDouble() : null));
        }
    }

    private static LocalDate date(String where, String col, Map<String, String> c) {
        String v = c.get(col).trim();
        LocalDate d = RocDates.date(v);
        if (d == null) {
            throw new InputException(where, col, v, "not an ROC date",
                    "the CSV writes \"113/02/07\" and the OpenAPI \"1130207\" (ROC year 113 = 2024)");
        }
        return d;
    }

    private static YearMonth month(String where, String col, Map<String, String> c) {
        String v = c.get(col).trim();
        YearMonth m = RocDates.month(v);
        if (m == null) {
            throw new InputException(where, col, v, "not an ROC year and month",
                    "the CSV writes \"112/12\" and the OpenAPI \"11212\" (ROC year 112 = 2023)");
        }
        return m;
    }

    static long amount(String where, String col, Map<String, String> c) {
        String raw = c.get(col).trim();
        String v = raw;
        if (v.indexOf(',') >= 0 && GROUPED.matcher(v).matches()) {
            v = v.replace(",", "");
        }
        // plain digits with an optional minus, at most 18 of them so the long cannot overflow
        int start = v.startsWith("-") ? 1 : 0;
        int digits = v.length() - start;
        boolean ok = digits >= 1 && digits <= 18;
        for (int i = start; ok && i < v.length(); i++) {
            char ch = v.charAt(i);
            ok = ch >= '0' && ch <= '9';
        }
        if (!ok) {
            throw new InputException(where, col, raw, raw.isEmpty() ? "empty amount" : "not a whole number",
                    HINT_AMOUNT);
        }
        return Long.parseLong(v);
    }

    static BigDecimal percent(String where, String col, Map<String, String> c) {
        String v = c.get(col).trim();
        if (v.isEmpty()) {
            return null;
        }
        if (!PERCENT.matcher(v).matches()) {
            throw new InputException(where, col, v.length() > 40 ? v.substring(0, 40) + "..." : v,
                    "not a decimal number", HINT_PERCENT);
        }
        return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
    }
}
