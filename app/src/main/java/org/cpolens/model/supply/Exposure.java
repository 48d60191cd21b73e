package org.cpolens.model.supply;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cpolens.model.catalog.Figure;

/**
 * A published figure on how much of a company's business a segment is, e.g. 聯亞's 2025 SiPh
 * revenue NT$2.8B = 81% of revenue (Goldman via the seed).
 *
 * @param segmentRevenue  the segment's revenue (unit TWD or USD)
 * @param totalRevenue    the company's total revenue that year (same unit)
 * @param shareOfRevenue  the segment's share of total revenue, 0..1
 * @param shareOfProducts a share of products (not revenue), 0..1, as the seed gives for 光聖
 */
public record Exposure(OptionalInt year, String segment, Optional<Figure> segmentRevenue,
                       Optional<Figure> totalRevenue, Optional<Figure> shareOfRevenue, Optional<Figure> shareOfProducts) {
    public Exposure {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(segmentRevenue, "segmentRevenue");
        Objects.requireNonNull(totalRevenue, "totalRevenue");
        Objects.requireNonNull(shareOfRevenue, "shareOfRevenue");
        Objects.requireNonNull(shareOfProducts, "shareOfProducts");
    }
}
