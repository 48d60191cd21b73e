package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.eval.Interconnect;

/**
 * One reading of a platform's optics: a representative cluster scenario (its interconnect, parsed,
 * not yet evaluated) and the weight the Monte Carlo draws it with. A platform with one reading has
 * weight 1.
 */
public record PlatformReading(String id, String scenario, Interconnect interconnect, Figure weight) {
    public PlatformReading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(interconnect, "interconnect");
        Objects.requireNonNull(weight, "weight");
    }
}
