package org.cpolens.report;

/** Output formats every command offers. */
public enum Format {
    TABLE, JSON, CSV;
}
