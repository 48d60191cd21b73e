package org.cpolens.io.revenue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.model.InputException;

/**
 * The MOPS / TWSE download: RFC 4180 CSV, every field quoted, the 14 columns of
 * {@link RevenueColumns} as header. Quoted remarks may hold commas, doubled quotes, full-width
 * punctuation and line breaks; they are kept verbatim. A header-only file is a month not published yet.
 */
final class MopsCsvReader implements RevenueReader {
    @Override
    public RevenueFormat format() {
        return RevenueFormat.MOPS_CSV;
    }

    @Override
    public boolean accepts(char first) {
        return first != '[' && first != '{';
    }

    private record Record(int line, List<String> fields) {
    }

    @Override
    public ParsedRevenueFile read(String source, String sha256, String encoding, String text, LocalDate today) {
        List<Record> records = records(source, text);
        checkHeader(source, records.get(0));
        RowBuilder rows = new RowBuilder(today);
        for (int r = 1; r < records.size(); r++) {
            Record rec = records.get(r);
            String where = source + ":" + rec.line();
            if (rec.fields().size() != RevenueColumns.ALL.size()) {
                throw new InputException(where, null, abbreviate(String.join(",", rec.fields())),
                        "this line has " + rec.fields().size() + " fields, the header has " + RevenueColumns.ALL.size(),
                        "check for a missing or extra comma or quote on this line");
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < RevenueColumns.ALL.size(); c++) {
                cells.put(RevenueColumns.ALL.get(c), rec.fields().get(c));
            }
            rows.add(where, cells);
        }
        List<String> notes = new ArrayList<>();
        if (rows.rows().isEmpty()) {
            notes.add(RevenueReader.notPublishedYet(source, "header only"));
        }
        return new ParsedRevenueFile(source, sha256, format(), encoding, rows.rows(), rows.mismatches(), notes);
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
    private static List<Record> records(String source, String text) {
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
                        throw new InputException(source + ":" + line, null, abbreviate(f + "\""),
                                "a quote inside an unquoted field", "quote the whole field and double the quotes inside it");
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
                                "text after a closing quote", "a field is either wholly quoted or not quoted at all");
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

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
