package org.cpolens.report;

import org.cpolens.model.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders {@link DataTable}s as aligned terminal text or as CSV a spreadsheet opens. */
public final class Tables {
    private Tables() {
    }

    /** Aligned text; numbers right-aligned with thousands separators. */
    public static String text(DataTable t, String lang) {
        List<String[]> cells = new ArrayList<>();
        int n = t.columns().size();
        String[] header = new String[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            Column c = t.columns().get(i);
            header[i] = c.header().in(lang) + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")");
        }
        for (List<Object> row : t.rows()) {
            String[] r = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                if (v instanceof Number) {
                    numeric[i] = true;
                }
                r[i] = display(v, lang);
            }
            cells.add(r);
        }
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = displayWidth(header[i]);
            for (String[] r : cells) {
                width[i] = Math.max(width[i], displayWidth(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (t.title() != null && !t.title().in(lang).isEmpty()) {
            sb.append(t.title().in(lang)).append('\n');
        }
        appendRow(sb, header, width, numeric);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
            rule[i] = "-".repeat(width[i]);
        }
        appendRow(sb, rule, width, new boolean[n]);
        for (String[] r : cells) {
            appendRow(sb, r, width, numeric);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] r, int[] width, boolean[] right) {
        for (int i = 0; i < r.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            int pad = width[i] - displayWidth(r[i]);
            if (right[i]) {
                sb.append(" ".repeat(pad)).append(r[i]);
            } else {
                sb.append(r[i]);
                if (i < r.length - 1) {
                    sb.append(" ".repeat(pad));
                }
            }
        }
        sb.append('\n');
    }

    /** CJK characters take two terminal columns. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6))) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** CSV (RFC 4180) with a header of the stable column keys and plain, full-precision numbers. */
    public static String csv(DataTable t) {
        StringBuilder sb = new StringBuilder();
        List<String> head = new ArrayList<>();
        for (Column c : t.columns()) {
            head.add(c.key());
        }
        sb.append(csvLine(head));
        for (List<Object> row : t.rows()) {
            List<String> r = new ArrayList<>();
            for (Object v : row) {
                r.add(plain(v));
            }
            sb.append(csvLine(r));
        }
        return sb.toString();
    }

    private static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }

    /** A status word in Traditional Chinese; other words (e.g. "computed") as they are. */
    static String statusZh(String word) {
        return switch (word) {
            case "stated" -> "陳述";
            case "secondary" -> "二手";
            case "reconstructed" -> "推算";
            case "assumption" -> "假設";
            case "not-found" -> "查無";
            case "fitted" -> "擬合";
            case "computed" -> "計算";
            default -> word;
        };
    }

    /** {@link String#format} in the root locale: report text never depends on the machine's. */
    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A number without exponent or grouping, as a spreadsheet reads it. */
    public static String plain(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return Numbers.plain(((Number) v).doubleValue());
        }
        if (v instanceof Text t) {
            return t.en();
        }
        return String.valueOf(v);
    }

    /** A number for people: integers grouped, others to a sensible precision. */
    public static String display(Object v, String lang) {
        if (v == null) {
            return "";
        }
        if (v instanceof Text t) {
            return t.in(lang);
        }
        if (v instanceof Long || v instanceof Integer) {
            return Numbers.grouped(((Number) v).longValue());
        }
        if (v instanceof Number num) {
            return Numbers.readable(num.doubleValue());
        }
        return String.valueOf(v);
    }
}
