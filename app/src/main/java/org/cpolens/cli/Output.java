package org.cpolens.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cpolens.report.DataTable;
import org.cpolens.report.Json;
import org.cpolens.report.Tables;

/** Prints a result in the chosen format: JSON from a map, table and CSV from tables. */
final class Output {
    private Output() {
    }

    static void print(PrintWriter out, CommonOptions o, Object json, List<DataTable> tables) {
        switch (o.format()) {
            case JSON -> out.print(Json.write(json));
            case CSV -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (i > 0) {
                        out.print("\r\n");
                    }
                    out.print(Tables.csv(tables.get(i)));
                }
            }
            default -> {
                for (int i = 0; i < tables.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    out.print(Tables.text(tables.get(i), o.lang()));
                }
            }
        }
        out.flush();
    }

    static void print(PrintWriter out, CommonOptions o, Object json, DataTable table) {
        print(out, o, json, List.of(table));
    }
}
