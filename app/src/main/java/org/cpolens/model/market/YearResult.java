package org.cpolens.model.market;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One year of a market run, every layer together. Units are per year (not cumulative); the bands come
 * from the Monte Carlo, the rest from the deterministic projection.
 *
 * @param accelerators     packages the fleet ships this year
 * @param adoptionShare    the switch layer's CPO share (the single-fabric model's one curve)
 * @param engineUsdPerGbps engine price per Gb/s this year
 * @param laserModuleUsd   price of one external laser source module this year
 * @param ports            CPO ports of every layer
 * @param gbps             CPO Gb/s of every layer
 * @param cpoSwitches      CPO switch systems (switch layer)
 * @param hostModules      NIC-side pluggable modules kept beside CPO switches
 * @param value            value per scope
 * @param bands            P10/P50/P90 per scope
 * @param headline         the scope {@link #revenueUsd}, {@link #p50} and the rest speak about
 * @param topDown          revenue-metric sources that speak about this year, by id
 * @param topDownPorts     port-metric sources that speak about this year, by id
 */
public record YearResult(int year, double accelerators, double adoptionShare, double engineUsdPerGbps,
                         double laserModuleUsd, double ports, double gbps, double engines, double lasers,
                         double laserSourceModules, double faus, double epiWafers, double cpoSwitches,
                         double hostModules, Map<ValueScope, Double> value, Map<ValueScope, Band> bands,
                         ValueScope headline, Band portsBand, Map<String, Double> topDown,
                         Map<String, Double> topDownPorts) {
    public YearResult {
        value = Collections.unmodifiableMap(new EnumMap<>(value));
        bands = Collections.unmodifiableMap(new EnumMap<>(bands));
        topDown = Collections.unmodifiableMap(new LinkedHashMap<>(topDown));
        topDownPorts = Collections.unmodifiableMap(new LinkedHashMap<>(topDownPorts));
    }

    /** The headline scope's deterministic value. */
    public double revenueUsd() {
        return value.get(headline);
    }

    public double revenueUsd(ValueScope scope) {
        return value.get(scope);
    }

    public double p10() {
        return bands.get(headline).p10();
    }

    public double p50() {
        return bands.get(headline).p50();
    }

    public double p90() {
        return bands.get(headline).p90();
    }

    public Band band(ValueScope scope) {
        return bands.get(scope);
    }
}
