package org.cpolens.io;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "maybe you meant ..." for unknown keys and ids. */
public final class Suggest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggest() {
    }

    /** Up to three known names close to {@code bad}, nearest first. */
    public static List<String> closest(String bad, Collection<String> known) {
        String b = bad == null ? "" : bad.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, b.length() / 3);
        return known.stream()
                .map(k -> new Object[] {k, score(b, k.toLowerCase(Locale.ROOT))})
                .filter(o -> (int) o[1] <= limit || contains(b, ((String) o[0]).toLowerCase(Locale.ROOT)))
                .sorted(Comparator.<Object[]>comparingInt(o -> (int) o[1]).thenComparing(o -> (String) o[0]))
                .limit(3)
                .map(o -> (String) o[0])
                .toList();
    }

    private static int score(String bad, String known) {
        return DISTANCE.apply(bad, known);
    }

    /** A name that contains the typed one (or the reverse) is a candidate however far apart. */
    private static boolean contains(String bad, String known) {
        return bad.length() >= 3 && (known.contains(bad) || bad.contains(known));
    }

    /** A hint sentence: the closest names, or the full list when none is close. */
    public static String hint(String bad, Collection<String> known) {
        List<String> near = closest(bad, known);
        if (!near.isEmpty()) {
            return "maybe you meant " + quoteJoin(near, " or ") + "?";
        }
        return "expected one of " + quoteJoin(known.stream().sorted().toList(), ", ");
    }

    private static String quoteJoin(Collection<String> items, String sep) {
        return String.join(sep, items.stream().map(s -> "'" + s + "'").toList());
    }
}
