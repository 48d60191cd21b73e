package org.cpolens.model.supply;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A company's published exposure with whatever can be derived from it: given two of segment
 * revenue, total revenue and share, the third follows (status "reconstructed").
 *
 * @param currency     unit of the revenue figures ("TWD" or "USD")
 * @param shareStatus  status of {@code share}: the catalog's, or "reconstructed"
 * @param totalStatus  status of {@code totalRevenue}
 * @param derivation   the arithmetic, "" when nothing was derived
 * @param consistent   false when all three were given and disagree by more than 1%
 */
public record ReportedExposure(String companyId, OptionalInt year, String segment, OptionalDouble segmentRevenue,
                               OptionalDouble totalRevenue, OptionalDouble share, OptionalDouble shareOfProducts,
                               String currency, String segmentStatus, String totalStatus, String shareStatus,
                               String source, String derivation, boolean consistent) {
}
