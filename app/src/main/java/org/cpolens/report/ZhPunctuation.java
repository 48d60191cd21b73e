package org.cpolens.report;

/**
 * Full-width punctuation in Traditional Chinese text. Strings are assembled from code, catalogs
 * and the seed article, which mix half-width commas, colons and brackets into Chinese sentences
 * ("光學功耗(pluggable-dsp-800g)"); Taiwanese typography sets them full width ("光學功耗（…）").
 * A mark is widened only where it touches Chinese: commas in numbers (1,024), colons in times or
 * URLs and brackets around units after Latin text (800G (OSFP)) stay as they are.
 */
public final class ZhPunctuation {
    private ZhPunctuation() {
    }

    /** {@code s} with the half-width , : ; ? ! ( ) that touch Chinese characters set full width. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty() || !hasHan(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        // for each '(' we open: whether it was widened, so its ')' follows
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int prev = prevNonSpace(out);
            int next = nextNonSpace(s, i + 1);
            switch (c) {
                case ',', ';', '?', '!' -> {
                    boolean digits = c == ',' && isDigit(prev) && i + 1 < n && isDigit(s.charAt(i + 1));
                    if (!digits && (isCjk(prev) || isCjk(next))) {
                        trimTrailingSpaces(out);
                        out.append(wide(c));
                        i = skipSpaces(s, i + 1) - 1;
                    } else {
                        out.append(c);
                    }
                }
                case ':' -> {
                    if (isCjk(prev) || (isCjk(next) && !isDigit(prev))) {
                        trimTrailingSpaces(out);
                        out.append('：');
                        i = skipSpaces(s, i + 1) - 1;
                    } else {
                        out.append(c);
                    }
                }
                case '(' -> {
                    int close = matching(s, i);
                    boolean widen = isCjk(prev) || (close > 0 && hasHan(s.substring(i + 1, close)));
                    open.push(widen);
                    if (widen) {
                        trimTrailingSpaces(out);
                        out.append('（');
                        i = skipSpaces(s, i + 1) - 1;
                    } else {
                        out.append(c);
                    }
                }
                case ')' -> {
                    boolean widen = !open.isEmpty() && open.pop();
                    if (widen) {
                        trimTrailingSpaces(out);
                        out.append('）');
                        int j = skipSpaces(s, i + 1);
                        if (j < n && isCjk(s.charAt(j))) {
                            i = j - 1; // no space between a full-width bracket and the Chinese after it
                        }
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        // no space on either side of full-width punctuation: it carries its own
        return FULL_WIDTH_SPACE.matcher(out).replaceAll("$1$2");
    }

    private static final java.util.regex.Pattern FULL_WIDTH_SPACE =
            java.util.regex.Pattern.compile(" +([（），。：；、「」！？])|([（），。：；、「」！？]) +");

    private static char wide(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case '?' -> '？';
            case '!' -> '！';
            default -> c;
        };
    }

    /** Han characters, kana, and CJK or full-width punctuation. */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int prevNonSpace(StringBuilder out) {
        for (int j = out.length() - 1; j >= 0; j--) {
            if (out.charAt(j) != ' ') {
                return out.charAt(j);
            }
        }
        return -1;
    }

    private static int nextNonSpace(String s, int from) {
        int j = skipSpaces(s, from);
        return j < s.length() ? s.charAt(j) : -1;
    }

    private static int skipSpaces(String s, int from) {
        int j = from;
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Index of the ')' closing the '(' at {@code at}, or -1. */
    private static int matching(String s, int at) {
        int depth = 0;
        for (int j = at; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }
}
