package org.cpolens.model.supply;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Units of each component wanted in one year: {@link ClusterDemand} derives them from clusters of a
 * built fabric, and {@link MarketDemand} from the market engine's ports per year.
 *
 * @param units component word to units (iteration order kept)
 */
public record ComponentDemand(int year, Map<String, Double> units) {
    public ComponentDemand {
        Objects.requireNonNull(units, "units");
        Map<String, Double> copy = new LinkedHashMap<>();
        units.forEach((k, v) -> {
            if (v == null || !(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("units of " + k + " must be a finite number >= 0, got " + v);
            }
            copy.put(k, v);
        });
        units = Collections.unmodifiableMap(copy);
    }

    public double unitsOf(String component) {
        return units.getOrDefault(component, 0.0);
    }
}
