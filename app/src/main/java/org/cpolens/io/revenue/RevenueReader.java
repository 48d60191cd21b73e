package org.cpolens.io.revenue;

import java.time.LocalDate;

/**
 * One shape of the monthly revenue table. {@link RevenueFileParser} decodes the bytes, asks each
 * reader whether the text is its shape, and hands it to the first that says yes; the reader turns
 * records into checked rows through a {@link RowBuilder}.
 */
sealed interface RevenueReader permits MopsCsvReader, OpenApiJsonReader {
    /** The format this reader parses. */
    RevenueFormat format();

    /** Whether {@code text} (decoded, without BOM, at its first non-blank character {@code first}) is this shape. */
    boolean accepts(char first);

    /**
     * Parses a whole file or throws an {@link org.cpolens.model.InputException} naming {@code source:line}.
     *
     * @param today rows dated after it are refused
     */
    ParsedRevenueFile read(String source, String sha256, String encoding, String text, LocalDate today);

    /** Said when a file holds no rows: the month is not published yet. */
    static String notPublishedYet(String source, String what) {
        return source + ": " + what + ", no rows: the month is not published yet (companies file by the "
                + "10th of the following month); nothing to import";
    }
}
