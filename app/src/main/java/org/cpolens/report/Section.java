package org.cpolens.report;

import java.util.List;

/** A report section: one sheet in the XLSX, one chapter in the HTML. */
public record Section(String id, Text title, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
