package org.cpolens.model.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.eval.OpticsLayer;

/**
 * The fleet with every optical end pluggable, counted as modules of a class, beside a published unit
 * volume: a check of the fleet, not a fit (nothing is tuned to it).
 *
 * @param modelUnits modules the fleet needs (readings weighted)
 * @param byLayer    the same by optical layer
 * @param ratio      model / published
 */
public record HindcastRow(int year, String moduleClass, double modelUnits, Map<OpticsLayer, Double> byLayer,
                          Figure published, double ratio) {
    public HindcastRow {
        byLayer = Collections.unmodifiableMap(new EnumMap<>(byLayer));
    }
}
