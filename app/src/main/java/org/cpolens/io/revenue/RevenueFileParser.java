package org.cpolens.io.revenue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueMath;
import org.cpolens.model.signals.RevenueRow;

/**
 * Reads a MOPS/TWSE monthly revenue CSV or a TWSE/TPEx OpenAPI JSON file into rows. Any malformed
 * cell rejects the whole file with {@code file:line}, the column, the value and a hint, before
 * anything is stored; the file's own MoM / YoY / YTD columns are checked against the amounts.
 */
public final class RevenueFileParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern PERCENT = Pattern.compile("[+-]?(\\d{1,12}(\\.\\d{1,10})?|\\.\\d{1,10})");
    private static final String HINT_AMOUNT = "amounts are whole thousand NT$, e.g. \"123456\"";
    private static final String HINT_PERCENT = "a percentage such as \"12.34\" or \"-5.10\", or empty";

    private RevenueFileParser() {
    }

    /** Reads a file from disk. */
    public static ParsedRevenueFile read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name, null, null, "is a folder, not a file", "give the CSV or JSON file itself");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name, null, null, "file not found", "check the path");
        } catch (IOException e) {
            throw new InputException(name, null, null, "cannot read: " + e.getMessage(), null);
        }
        return parse(name, bytes);
    }

    /** Parses bytes; {@code source} names them in messages (a path or a URL). */
    public static ParsedRevenueFile parse(String source, byte[] bytes) {
        String sha = sha256(bytes);
        TextDecoding.Decoded d = TextDecoding.decode(source, bytes);
        String text = d.text();
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            throw new InputException(source, null, null, "the file is empty",
                    "download the month's CSV from MOPS or the JSON from the TWSE/TPEx OpenAPI");
        }
        char first = text.charAt(i);
        if (first == '[' || first == '{') {
            return parseJson(source, sha, d.encoding(), text);
        }
        return parseCsv(source, sha, d.encoding(), text);
    }

    // ---- CSV

    private record Record(int line, List<String> fields) {
    }

    private static ParsedRevenueFile parseCsv(String source, String sha, String encoding, String text) {
        List<Record> records = csvRecords(source, text);
        Record header = records.get(0);
        checkHeader(source, header);
        List<ParsedRow> rows = new ArrayList<>();
        List<StatedMismatch> mismatches = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            String where = source + ":" + rec.line();
            if (rec.fields().size() != RevenueColumns.ALL.size()) {
                throw new InputException(where, null, String.join(",", rec.fields()),
                        "has " + rec.fields().size() + " fields, the header has " + RevenueColumns.ALL.size(),
                        "check for a missing or extra comma or quote on this line");
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < RevenueColumns.ALL.size(); c++) {
                cells.put(RevenueColumns.ALL.get(c), rec.fields().get(c));
            }
            addRow(where, cells, rows, mismatches, seen);
        }
        if (rows.isEmpty()) {
            notes.add(source + ": header only, no rows: the month is not published yet (companies file by the "
                    + "10th of the following month); nothing to import");
        }
        return new ParsedRevenueFile(source, sha, RevenueFormat.MOPS_CSV, encoding, rows, mismatches, notes);
    }

    private static void checkHeader(String source, Record header) {
        List<String> h = header.fields().stream().map(String::trim).toList();
        if (h.equals(RevenueColumns.ALL)) {
            return;
        }
        long known = h.stream().filter(RevenueColumns.ALL::contains).count();
        String where = source + ":" + header.line();
        if (known < 3) {
            throw new InputException(where, null, abbreviate(String.join(",", h)),
                    "unknown format: not a MOPS monthly revenue CSV nor an OpenAPI JSON array",
                    "expected a CSV whose header starts \"" + RevenueColumns.REPORT_DATE + "\",\""
                            + RevenueColumns.MONTH + "\",\"" + RevenueColumns.CODE + "\",... or a JSON array of objects");
        }
        for (int c = 0; c < RevenueColumns.ALL.size(); c++) {
            String want = RevenueColumns.ALL.get(c);
            String got = c < h.size() ? h.get(c) : "(missing)";
            if (!want.equals(got)) {
                throw new InputException(where, "column " + (c + 1), got, "wrong header: expected '" + want + "'",
                        "the header must be exactly the 14 MOPS columns: " + String.join(",", RevenueColumns.ALL));
            }
        }
        throw new InputException(where, null, null, "wrong header: " + h.size() + " columns, expected "
                + RevenueColumns.ALL.size(), "the header must be exactly the 14 MOPS columns");
    }

    /** RFC 4180 records with the line each starts on; quoted fields may hold commas and line breaks. */
    private static List<Record> csvRecords(String source, String text) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean inQuotes = false;
        boolean quotedField = false;
        boolean any = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (f.length() > 0 && !f.toString().isBlank()) {
                        throw new InputException(source + ":" + line, null, f + "\"",
                                "a quote inside an unquoted field", "quote the whole field and double inner quotes");
                    }
                    f.setLength(0);
                    inQuotes = true;
                    quotedField = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(f.toString());
                    f.setLength(0);
                    quotedField = false;
                    any = true;
                }
                case '\r' -> {
                    // part of CRLF; a lone CR is ignored as well
                }
                case '\n' -> {
                    if (any || f.length() > 0) {
                        fields.add(f.toString());
                        out.add(new Record(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    f.setLength(0);
                    quotedField = false;
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (quotedField && !Character.isWhitespace(c)) {
                        throw new InputException(source + ":" + line, null, String.valueOf(c),
                                "text after a closing quote", "a field is either fully quoted or not quoted");
                    }
                    if (!quotedField) {
                        f.append(c);
                    }
                    any = true;
                }
            }
        }
        if (inQuotes) {
            throw new InputException(source + ":" + recordLine, null, null, "a quoted field is never closed",
                    "the file may be cut short: download it again");
        }
        if (any || f.length() > 0) {
            fields.add(f.toString());
            out.add(new Record(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    // ---- JSON

    private static ParsedRevenueFile parseJson(String source, String sha, String encoding, String text) {
        List<ParsedRow> rows = new ArrayList<>();
        List<StatedMismatch> mismatches = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> ignoredKeys = new LinkedHashSet<>();
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new InputException(source + ":" + p.currentTokenLocation().getLineNr(), null, null,
                        "unknown format: JSON, but not an array of revenue objects",
                        "the TWSE/TPEx OpenAPI returns [ {\"" + RevenueColumns.REPORT_DATE + "\": ...}, ... ]");
            }
            int index = 0;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                index++;
                int line = p.currentTokenLocation().getLineNr();
                String where = source + ":" + line + " (record " + index + ")";
                if (t != JsonToken.START_OBJECT) {
                    throw new InputException(where, null, p.getText(), "expected an object", null);
                }
                JsonNode obj = MAPPER.readTree(p);
                Map<String, String> cells = new HashMap<>();
                for (String key : RevenueColumns.ALL) {
                    JsonNode v = obj.get(key);
                    if (v == null || v.isNull()) {
                        throw new InputException(where, key, null, "missing",
                                "each object needs the 14 MOPS keys: " + String.join(",", RevenueColumns.ALL));
                    }
                    if (!v.isValueNode()) {
                        throw new InputException(where, key, null, "expected a string value", null);
                    }
                    cells.put(key, v.asText());
                }
                Iterator<String> names = obj.fieldNames();
                while (names.hasNext()) {
                    String k = names.next();
                    if (!RevenueColumns.ALL.contains(k)) {
                        ignoredKeys.add(k);
                    }
                }
                addRow(where, cells, rows, mismatches, seen);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(line > 0 ? source + ":" + line : source, null, null,
                    "not valid JSON: " + e.getOriginalMessage(), "the download may be cut short: fetch it again");
        } catch (IOException e) {
            throw new InputException(source, null, null, "cannot read: " + e.getMessage(), null);
        }
        List<String> notes = new ArrayList<>();
        if (!ignoredKeys.isEmpty()) {
            notes.add(source + ": ignored keys not in the MOPS table: " + String.join(", ", ignoredKeys));
        }
        if (rows.isEmpty()) {
            notes.add(source + ": an empty array, no rows: the month is not published yet (companies file by the "
                    + "10th of the following month); nothing to import");
        }
        return new ParsedRevenueFile(source, sha, RevenueFormat.OPENAPI_JSON, encoding, rows, mismatches, notes);
    }

    // ---- cells

    private static void addRow(String where, Map<String, String> c, List<ParsedRow> rows,
                               List<StatedMismatch> mismatches, Map<String, String> seen) {
        LocalDate reportDate = date(where, RevenueColumns.REPORT_DATE, c);
        YearMonth month = month(where, RevenueColumns.MONTH, c);
        String code = c.get(RevenueColumns.CODE).trim();
        if (!CODE.matcher(code).matches()) {
            throw new InputException(where, RevenueColumns.CODE, code, "not a company code",
                    "a code is letters and digits, e.g. \"2330\"");
        }
        String key = code + " " + month;
        String before = seen.putIfAbsent(key, where);
        if (before != null) {
            throw new InputException(where, RevenueColumns.CODE, code, "company " + code + " month " + month
                    + " appears twice in the file (also at " + before + ")", "keep one row per company and month");
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
                ytd, c.get(RevenueColumns.NOTE).trim());
        check(where, row, RevenueColumns.MOM, row.revenueThousandNtd(), row.previousMonthThousandNtd(), mom, mismatches);
        check(where, row, RevenueColumns.YOY, row.revenueThousandNtd(), row.lastYearMonthThousandNtd(), yoy, mismatches);
        check(where, row, RevenueColumns.YTD, row.cumulativeThousandNtd(), row.lastYearCumulativeThousandNtd(), ytd,
                mismatches);
        rows.add(new ParsedRow(where, row));
    }

    private static void check(String where, RevenueRow row, String column, long current, long base, BigDecimal stated,
                              List<StatedMismatch> out) {
        if (!RevenueMath.statedAgrees(current, base, stated)) {
            var exact = RevenueMath.growthPercent(current, base);
            out.add(new StatedMismatch(where, row.companyCode(), row.month(), column,
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
            throw new InputException(where, col, v, "not a percentage", HINT_PERCENT);
        }
        return new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
