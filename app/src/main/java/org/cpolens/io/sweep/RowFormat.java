package org.cpolens.io.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;

/** How sweep rows are written; chosen from the output file's extension. */
public enum RowFormat {
    /** Comma-separated, header first, CRLF line ends (RFC 4180), as the other CSV outputs. */
    CSV(".csv"),
    /** One JSON array of row objects. */
    JSON(".json"),
    /** One JSON object per line. */
    JSONL(".jsonl"),
    /** Apache Parquet, ZSTD-compressed, typed columns. */
    PARQUET(".parquet");

    private final String extension;

    RowFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static RowFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (RowFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return f;
            }
        }
        if (name.endsWith(".ndjson")) {
            return JSONL;
        }
        List<String> known = List.of(".csv", ".json", ".jsonl", ".parquet");
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        throw InputException.field("--out", file, "unknown output format '" + ext + "'",
                ext.isEmpty() ? "end the file name in .csv, .json, .jsonl or .parquet" : Suggest.hint(ext, known));
    }
}
