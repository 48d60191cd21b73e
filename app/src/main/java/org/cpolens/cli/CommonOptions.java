package org.cpolens.cli;

import java.nio.file.Path;
import org.cpolens.io.Catalogs;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.report.Format;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format = Format.TABLE;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "a folder of catalog YAML files whose entries add to or replace the bundled ones by id")
    Path catalogDir;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "table labels: en or zh-TW (default: ${DEFAULT-VALUE})")
    String lang = "en";

    @Option(names = "--debug", description = "show stack traces on errors")
    boolean debug;

    public Format format() {
        return format;
    }

    public String lang() {
        return lang;
    }

    /** Every catalog, with the {@code --catalog} folder's files on top. */
    public Catalogs catalogs() {
        return Catalogs.load(catalogDir);
    }

    public Catalog catalog() {
        return catalogs().interconnect();
    }

    public Path catalogDir() {
        return catalogDir;
    }
}
