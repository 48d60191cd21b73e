package org.cpolens.model.supply;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;

/**
 * How the catalog derives a unit demand before the market engine supplies one: the CPO
 * architecture of a bundled scenario, so many clusters in one year.
 */
public record DefaultDemand(String scenario, String architecture, Figure year, Figure clustersPerYear,
                            Figure portsPerEngine) {
    public DefaultDemand {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(clustersPerYear, "clustersPerYear");
        Objects.requireNonNull(portsPerEngine, "portsPerEngine");
    }
}
