package org.cpolens.model.market;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;

/**
 * An accelerator platform of the fleet: packages shipped per year and the representative cluster
 * (one reading, or several when sources conflict) whose bill of materials per accelerator is the
 * optics each package pulls.
 *
 * @param shipments packages per calendar year; a year not listed ships none
 */
public record Platform(String id, String name, String nameZhTw, String vendor, List<PlatformReading> readings,
                       SortedMap<Integer, Figure> shipments) {
    public Platform {
        Objects.requireNonNull(id, "id");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw InputException.field("platforms." + id + ".scenario", null, "the platform has no scenario",
                    "give 'scenario: NAME' or a readings: list");
        }
        double sum = 0;
        for (PlatformReading r : readings) {
            sum += r.weight().value();
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw InputException.field("platforms." + id + ".readings", sum, "weights must add up to 1",
                    "e.g. 0.5 and 0.5 for two readings neither source settles");
        }
        for (Figure f : shipments.values()) {
            if (!(f.value() >= 0) || Double.isInfinite(f.value())) {
                throw InputException.field("platforms." + id + ".shipments", f.value(), "must not be negative", null);
            }
        }
        shipments = Collections.unmodifiableSortedMap(new TreeMap<>(shipments));
        nameZhTw = nameZhTw == null ? name : nameZhTw;
    }

    /** Packages shipped in {@code year}; 0 for a year not listed. */
    public double shipmentsIn(int year) {
        Figure f = shipments.get(year);
        return f == null ? 0 : f.value();
    }
}
