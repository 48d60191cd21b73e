package org.cpolens.model.supply;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cpolens.model.catalog.Figure;

/**
 * One company's stake in one component's demand in one year.
 *
 * @param supplierShare       its assumed share of the component's units: equal among qualified
 *                            suppliers (all suppliers when none is qualified), 0 for a candidate
 * @param units               units at stake
 * @param price               per-unit price used, empty when the component has none
 * @param revenueUsd          units x price, empty without a price
 * @param shareOfRevenue      revenue at stake over the company's known total revenue of
 *                            {@code revenueYear} (converted at the catalog's NT$/US$ rate)
 */
public record CompanyExposure(String companyId, int year, String component, boolean qualified, double supplierShare,
                              double units, Optional<Figure> price, OptionalDouble revenueUsd,
                              OptionalDouble shareOfRevenue, OptionalInt revenueYear) {
}
