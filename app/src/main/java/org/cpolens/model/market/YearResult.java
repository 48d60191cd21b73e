package org.cpolens.model.market;

import java.util.Map;

/**
 * One year of a market run. Units are per year (not cumulative); the P-bands come from the Monte
 * Carlo, the rest from the deterministic projection.
 *
 * @param topDown      revenue-metric sources that speak about this year, by id
 * @param topDownPorts port-metric sources that speak about this year, by id
 */
public record YearResult(int year, double deployments, double adoptionShare, double aspUsdPerPort, double ports,
                         double engines, double lasers, double laserSourceModules, double faus, double epiWafers,
                         double revenueUsd, double p10, double p50, double p90, double portsP10, double portsP50,
                         double portsP90, Map<String, Double> topDown, Map<String, Double> topDownPorts) {
    public YearResult {
        topDown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topDown));
        topDownPorts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topDownPorts));
    }
}
