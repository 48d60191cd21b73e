package org.cpolens.model.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.cpolens.model.catalog.Figure;

/**
 * What one architecture's failures cost a year, in units another model (the TCO) can price: the
 * accelerator-hours the job does not spend on useful work, technician hours, parts replaced and
 * spares on the shelf; in dollars where the catalog gives or assumes a price for the part.
 *
 * @param lostAcceleratorHoursPerYear (1 - goodput) x accelerators x hours in a year: every interruption,
 *                                    restart, lost work, checkpoint write and flap stall counted (including
 *                                    interruptions from outside the network when the scenario adds them)
 * @param technicianHoursPerYear      hands-on and travel time of all repairs
 * @param partsPerYear                parts replaced a year, by part (parts with no demand left out)
 * @param sparesHeld                  spares on the shelf for the service level, by part
 * @param prices                      price of one part, for the parts that have one (catalog figure with
 *                                    source and status); parts not listed are unpriced
 */
public record ReliabilityCosts(double lostAcceleratorHoursPerYear, double technicianHoursPerYear,
                               Map<Part, Double> partsPerYear, Map<Part, Integer> sparesHeld,
                               Map<Part, Figure> prices) {
    public ReliabilityCosts {
        partsPerYear = Collections.unmodifiableMap(partsPerYear.isEmpty() ? new EnumMap<>(Part.class)
                : new EnumMap<>(partsPerYear));
        sparesHeld = Collections.unmodifiableMap(sparesHeld.isEmpty() ? new EnumMap<>(Part.class)
                : new EnumMap<>(sparesHeld));
        prices = Collections.unmodifiableMap(prices.isEmpty() ? new EnumMap<>(Part.class) : new EnumMap<>(prices));
    }

    /** Dollars a year spent on {@code part}, when it has a price. */
    public OptionalDouble partsUsdPerYear(Part part) {
        Figure p = prices.get(part);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(partsPerYear.getOrDefault(part, 0.0) * p.value());
    }

    /** Dollars tied up in the spares of {@code part}, when it has a price. */
    public OptionalDouble sparesUsd(Part part) {
        Figure p = prices.get(part);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(sparesHeld.getOrDefault(part, 0) * p.value());
    }

    /** Dollars a year over the priced parts only; {@link #unpricedParts()} says what it leaves out. */
    public double pricedPartsUsdPerYear() {
        double s = 0;
        for (Part p : partsPerYear.keySet()) {
            s += partsUsdPerYear(p).orElse(0);
        }
        return s;
    }

    /** Dollars in spares over the priced parts only. */
    public double pricedSparesUsd() {
        double s = 0;
        for (Part p : sparesHeld.keySet()) {
            s += sparesUsd(p).orElse(0);
        }
        return s;
    }

    /** Parts replaced or held that have no price: their dollars are not in the priced totals. */
    public Set<Part> unpricedParts() {
        Set<Part> out = EnumSet.noneOf(Part.class);
        for (Part p : partsPerYear.keySet()) {
            if (!prices.containsKey(p)) {
                out.add(p);
            }
        }
        for (Part p : sparesHeld.keySet()) {
            if (!prices.containsKey(p) && sparesHeld.get(p) > 0) {
                out.add(p);
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
