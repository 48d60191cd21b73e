package org.cpolens.io.revenue;

import java.util.List;

/**
 * What one import did, per file. An import that changes nothing writes nothing (not even a log row),
 * so importing the same file twice leaves the database byte-for-byte as it was.
 */
public record ImportSummary(List<FileResult> files) {
    public ImportSummary {
        files = List.copyOf(files);
    }

    /**
     * @param importId   the import_log id, or 0 when the file changed nothing
     * @param keptNewer  rows whose stored version comes from a later report date and was kept
     * @param revisions  one line per corrected row: what changed
     */
    public record FileResult(String source, RevenueFormat format, String encoding, int rowsInFile, int inserted,
                             int updated, int unchanged, int keptNewer, long importId, List<String> revisions,
                             List<StatedMismatch> mismatches, List<String> notes) {
        public FileResult {
            revisions = List.copyOf(revisions);
            mismatches = List.copyOf(mismatches);
            notes = List.copyOf(notes);
        }
    }

    public int inserted() {
        return files.stream().mapToInt(FileResult::inserted).sum();
    }

    public int updated() {
        return files.stream().mapToInt(FileResult::updated).sum();
    }

    public int unchanged() {
        return files.stream().mapToInt(FileResult::unchanged).sum();
    }
}
