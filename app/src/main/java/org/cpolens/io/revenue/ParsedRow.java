package org.cpolens.io.revenue;

import org.cpolens.model.signals.RevenueRow;

/** A row and where it came from ({@code file:line}), for messages. */
public record ParsedRow(String where, RevenueRow row) {
}
