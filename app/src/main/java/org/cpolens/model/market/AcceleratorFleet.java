package org.cpolens.model.market;

import java.util.List;
import java.util.Optional;

/** Every platform the market counts, in catalog order. */
public record AcceleratorFleet(List<Platform> platforms) {
    public AcceleratorFleet {
        platforms = List.copyOf(platforms);
    }

    public double shipmentsIn(int year) {
        double s = 0;
        for (Platform p : platforms) {
            s += p.shipmentsIn(year);
        }
        return s;
    }

    public Optional<Platform> platform(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
