package org.cpolens.report;

import java.util.List;

/** Headline numbers, each with where it comes from. */
public record KeyFigures(List<KeyFigure> figures) implements Block {
    public KeyFigures {
        figures = List.copyOf(figures);
    }

    /** Which way a figure is better, so a delta can say "ahead" or "behind". */
    public enum Better {
        LOWER, HIGHER, NONE
    }

    /**
     * @param key        stable camelCase name, also used in summary.json
     * @param source     the catalog source or "model output"
     * @param status     a status word, or "computed" for model output
     * @param references what the figure is read against (the baseline, the best non-CPO choice, a
     *                   published range); the takeaways print the deltas
     * @param better     which way the figure is better, for the deltas' sign
     * @param sourceText the source as readers of each language see it; {@code source} in both when not given
     */
    public record KeyFigure(String key, Text label, double value, String unit, String source, String status,
                            List<Reference> references, Better better, Text sourceText) {
        public KeyFigure {
            references = references == null ? List.of() : List.copyOf(references);
            better = better == null ? Better.NONE : better;
            sourceText = sourceText == null ? Text.same(source == null ? "" : source) : sourceText;
        }

        /** A figure read on its own. */
        public KeyFigure(String key, Text label, double value, String unit, String source, String status) {
            this(key, label, value, unit, source, status, List.of(), Better.NONE, null);
        }

        /** A figure whose source reads in both languages (model output described in words). */
        public KeyFigure(String key, Text label, double value, String unit, Text source, String status) {
            this(key, label, value, unit, source.en(), status, List.of(), Better.NONE, source);
        }

        /** The same figure read against {@code refs}. */
        public KeyFigure against(Better direction, List<Reference> refs) {
            return new KeyFigure(key, label, value, unit, source, status, refs, direction, sourceText);
        }
    }

    /** What a reference stands for. */
    public enum Role {
        /** The scenario's first architecture. */
        BASELINE,
        /** The best architecture that is not CPO, on this figure. */
        BEST_OTHER,
        /** The low end of a published range of the same scope. */
        RANGE_LOW,
        /** The high end of that range. */
        RANGE_HIGH
    }

    /**
     * A value a key figure is read against, in the figure's unit.
     *
     * @param name who or what it is (an architecture's display name, a publisher)
     */
    public record Reference(Role role, Text name, double value) {
    }
}
