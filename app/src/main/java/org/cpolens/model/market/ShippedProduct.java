package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.catalog.Status;

/**
 * A CPO product that ships (not a roadmap item): the years up to the last such product are shipped
 * history, which the Monte Carlo's risk delays do not push back; they act on the ramp after it.
 *
 * @param year the calendar year it ships in volume
 * @param date the date the source gives, as written
 */
public record ShippedProduct(String name, int year, String date, String source, Status status) {
    public ShippedProduct {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
