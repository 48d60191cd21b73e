package org.cpolens.model.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of dated event a log entry records. */
public enum EventKind {
    ORDER, PRODUCT, STANDARD, CONFERENCE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventKind> fromWord(String w) {
        return Arrays.stream(values()).filter(k -> k.word().equals(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(EventKind::word).toList();
    }
}
