package org.cpolens.report;

/** One piece of a report section. */
public sealed interface Block permits DataTable, Chart, GraphChart, Paragraph, KeyFigures, Callout {
}
