package org.cpolens.io.revenue;

/** One row of the import log: an import that changed the stored revenue. */
public record ImportLogEntry(long id, String source, String sha256, String format, String importedAt, int rowsInFile,
                             int inserted, int updated) {
}
