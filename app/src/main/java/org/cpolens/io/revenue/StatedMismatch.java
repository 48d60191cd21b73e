package org.cpolens.io.revenue;

import java.time.YearMonth;

/**
 * A file's own percentage column that disagrees with the value recomputed from its amounts
 * (beyond the file's rounding). Reported, never trusted: signals use the recomputed value.
 *
 * @param stated     the file's cell, "" when empty
 * @param recomputed the exact value, null when undefined (its base is 0)
 */
public record StatedMismatch(String where, String companyCode, YearMonth month, String column, String stated,
                             Double recomputed) {
    public String message() {
        return where + ": " + companyCode + " " + month + " column '" + column + "' states '" + stated
                + "' but the amounts give " + (recomputed == null ? "no value (the base is 0)"
                : String.format(java.util.Locale.ROOT, "%.6f", recomputed)) + "; the recomputed value is used";
    }
}
