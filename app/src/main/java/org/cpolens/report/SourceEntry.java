package org.cpolens.report;

/** One line of the sources appendix: a figure the report used, its value, source and status. */
public record SourceEntry(String figure, String value, String unit, String source, String status, String note) {
}
