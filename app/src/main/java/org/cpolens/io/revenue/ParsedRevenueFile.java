package org.cpolens.io.revenue;

import java.util.List;

/**
 * A revenue file that parsed cleanly. {@code notes} say things worth knowing that are not errors
 * (a header-only file: the month is not published yet; ignored extra JSON keys).
 *
 * @param source a file path or the URL it was fetched from
 * @param sha256 of the raw bytes, recorded in the import log
 */
public record ParsedRevenueFile(String source, String sha256, RevenueFormat format, String encoding,
                                List<ParsedRow> rows, List<StatedMismatch> mismatches, List<String> notes) {
    public ParsedRevenueFile {
        rows = List.copyOf(rows);
        mismatches = List.copyOf(mismatches);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
