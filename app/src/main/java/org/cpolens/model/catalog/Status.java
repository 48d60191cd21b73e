package org.cpolens.model.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a figure can be trusted; the words are those every catalog and output uses. */
public enum Status {
    /** The source states the figure. */
    STATED("stated"),
    /** Stated only by a press article, broker summary or blog quoting the original. */
    SECONDARY("secondary"),
    /** Arithmetic that fits stated figures; the note gives the derivation. */
    RECONSTRUCTED("reconstructed"),
    /** A modelling choice with no source; outputs label it as such. */
    ASSUMPTION("assumption"),
    /** Chosen so the model reproduces one published run; the note names the run and the fit. */
    FITTED("fitted"),
    /** Searched for and not found; a figure with this status has no value of its own. */
    NOT_FOUND("not-found");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Status> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.word.equals(w)).findFirst();
    }

    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(Status::word).toList());
    }

    @Override
    public String toString() {
        return word;
    }
}
