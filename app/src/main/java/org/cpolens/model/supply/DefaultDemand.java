package org.cpolens.model.supply;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/**
 * How the catalog derives a unit demand before the market engine supplies one: so many clusters
 * of a bundled scenario's CPO architecture (its bill of materials) in one year.
 */
public record DefaultDemand(String scenario, Figure year, Figure clustersPerYear) {
    public DefaultDemand {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(clustersPerYear, "clustersPerYear");
    }
}
