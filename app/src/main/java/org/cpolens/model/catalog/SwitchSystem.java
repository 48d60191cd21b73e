package org.cpolens.model.catalog;

import java.util.Objects;

/**
 * A switch system: radix ports at one speed, with its power before optics.
 *
 * @param radix       ports at {@code portGbps}
 * @param basePowerW  system power without optics (ASIC, fans, CPU, conversion)
 * @param rackUnits   height in rack units
 */
public record SwitchSystem(
        String id,
        String name,
        int radix,
        double portGbps,
        Figure basePowerW,
        Figure rackUnits,
        String source,
        Status status) {

    public SwitchSystem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(basePowerW, "basePowerW");
        Objects.requireNonNull(rackUnits, "rackUnits");
        if (radix < 1) {
            throw new IllegalArgumentException("radix must be >= 1, got " + radix);
        }
    }
}
