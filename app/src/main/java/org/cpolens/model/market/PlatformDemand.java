package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;

/** A platform with the bill of materials per accelerator of each of its readings, in reading order. */
public record PlatformDemand(Platform platform, List<PlatformBom> readings) {
    public PlatformDemand {
        Objects.requireNonNull(platform, "platform");
        readings = List.copyOf(readings);
        if (readings.size() != platform.readings().size()) {
            throw new IllegalArgumentException(platform.id() + ": one bill of materials per reading");
        }
    }

    public double weight(int reading) {
        return platform.readings().get(reading).weight().value();
    }
}
