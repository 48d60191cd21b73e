package org.cpolens.model.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A top-down forecast set against the bottom-up figure of the same scope (its value scope and layers)
 * in the last year both speak about, and against what the fleet's optics could hold at most.
 *
 * @param topDown     the forecast (US$, or ports for a port metric)
 * @param bottomUp    the bottom-up of the same scope (US$ or ports)
 * @param ratio       top-down / bottom-up
 * @param byScope     the bottom-up of the forecast's layers in every value scope (US$; empty for ports):
 *                    how far the reading of "CPO market" alone moves the comparison
 * @param potential   the same scope if every optical port of those layers in the fleet were CPO
 * @param impliedShare top-down / potential: the CPO share of the fleet's optics the forecast needs
 * @param impossible  the implied share is above 100%: the fleet's optics cannot hold the forecast
 *                    (more ports or a higher price than modelled, or a wider scope than declared)
 * @param withoutScaleUp the bottom-up of the same scope without the scale-up layer: where a forecast
 *                    sits when it counts scale-out and the NIC side only
 */
public record Reconciliation(String sourceId, String sourceName, Metric metric, ForecastScope scope, int year,
                             double topDown, double bottomUp, double ratio, Map<ValueScope, Double> byScope,
                             double potential, double impliedShare, boolean impossible, double withoutScaleUp) {
    public Reconciliation {
        byScope = byScope.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byScope));
    }
}
