package org.cpolens.io.revenue;

import java.time.YearMonth;

/** A stored row that a later import corrected: which import, which row, what changed. */
public record Revision(long importId, String companyCode, YearMonth month, String changes) {
}
