package org.cpolens.model.catalog;

/** Which values a figure may take: the one place the positivity rule is written. */
public enum Bound {
    POSITIVE("must be greater than zero"),
    NON_NEGATIVE("must not be negative");

    private final String rule;

    Bound(String rule) {
        this.rule = rule;
    }

    public boolean accepts(double v) {
        return Double.isFinite(v) && (this == POSITIVE ? v > 0 : v >= 0);
    }

    /** The rule in words, for error messages. */
    public String rule() {
        return rule;
    }
}
