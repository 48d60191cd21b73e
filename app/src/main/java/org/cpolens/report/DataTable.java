package org.cpolens.report;

import java.util.List;

/**
 * Rows of cells under typed columns. Cells are {@link Number}, {@link String}, {@link Text} or null;
 * numbers stay numbers all the way to the XLSX cell and the CSV field.
 */
public record DataTable(String id, Text title, List<Column> columns, List<List<Object>> rows) implements Block {
    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row has " + r.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
