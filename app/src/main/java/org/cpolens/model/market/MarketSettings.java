package org.cpolens.model.market;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.OpticsLayer;

/**
 * A scenario's market section resolved over the catalog's defaults and fleet, before any fabric exists:
 * the pipeline evaluates each platform's scenario and the scenario's own CPO to make the
 * {@link MarketInputs} of a run.
 *
 * @param architecture the scenario's CPO: the single-fabric model the bridge starts from counts its ports
 * @param layers       adoption of each optical layer
 * @param headline     the value scope of the headline figures (the others are reported beside it)
 * @param volumeScale  a what-if multiplier on every platform's shipments (1 = the fleet's)
 * @param legacy       the single-fabric model, for the bridge's first bar
 * @param hindcast     published module volumes the all-pluggable fleet is checked against
 * @param notCompared  published figures not set against the bottom-up, with the reason
 * @param figures      the inputs used, with source and status, for the sources appendix
 */
public record MarketSettings(String scenarioName, int startYear, int endYear, OpticsArchitecture architecture,
                             Figure lasersPerWafer, Map<OpticsLayer, LayerAdoption> layers, Prices prices,
                             ValueScope headline, double volumeScale, Uncertainty uncertainty, AcceleratorFleet fleet,
                             LegacyModel legacy, List<PublishedVolume> hindcast, List<TopDownSource> sources,
                             List<NotCompared> notCompared, List<InputFigure> figures) {
    public MarketSettings {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(lasersPerWafer, "lasersPerWafer");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(legacy, "legacy");
        EnumMap<OpticsLayer, LayerAdoption> m = new EnumMap<>(OpticsLayer.class);
        m.putAll(layers);
        for (OpticsLayer l : OpticsLayer.values()) {
            if (!m.containsKey(l)) {
                throw InputException.field("market.layers." + l.word(), null, "missing", "every layer needs an adoption curve");
            }
            if (m.get(l).launchYear() > endYear) {
                throw InputException.field("market.layers." + l.word() + ".launchYear", m.get(l).launchYear(),
                        "is after endYear " + endYear + ": the layer would ship nothing in the modelled years",
                        "launch it by " + endYear + ", or widen endYear");
            }
        }
        layers = java.util.Collections.unmodifiableMap(m);
        if (!(volumeScale > 0) || Double.isInfinite(volumeScale)) {
            throw InputException.field("volumeScale", volumeScale, "must be greater than zero", null);
        }
        hindcast = List.copyOf(hindcast);
        sources = List.copyOf(sources);
        notCompared = List.copyOf(notCompared);
        figures = List.copyOf(figures);
    }

    /** The inputs of a run once the scenario's CPO and every platform scenario are evaluated. */
    public MarketInputs inputs(FabricDemand demand, List<PlatformDemand> platforms) {
        return new MarketInputs(this, demand, platforms);
    }

    public LayerAdoption layer(OpticsLayer l) {
        return layers.get(l);
    }

    /** The switch layer's curve: the one the single-fabric model had. */
    public AdoptionCurve adoption() {
        return layers.get(OpticsLayer.SWITCH).curve();
    }

    /** Bass p of the switch layer; a logistic or Gompertz curve becomes a Bass curve with this p and the default q. */
    public MarketSettings withAdoptionP(double p) {
        return withSwitchCurve(bass().withP(p));
    }

    /** Bass q of the switch layer; a logistic or Gompertz curve becomes a Bass curve with the default p and this q. */
    public MarketSettings withAdoptionQ(double q) {
        return withSwitchCurve(bass().withQ(q));
    }

    private AdoptionCurve.Bass bass() {
        LayerAdoption s = layers.get(OpticsLayer.SWITCH);
        if (s.curve() instanceof AdoptionCurve.Bass b) {
            return b;
        }
        return new AdoptionCurve.Bass(DEFAULT_P, DEFAULT_Q, 1.0, s.launchYear());
    }

    /**
     * Used only when a logistic or Gompertz switch curve is switched to Bass by a what-if knob: the same
     * labelled assumptions as catalog/market-defaults.yaml (p 0.03 within the literature's 0.01-0.05,
     * q 0.38 within 0.3-0.5); a test keeps the two equal.
     */
    static final double DEFAULT_P = 0.03;
    static final double DEFAULT_Q = 0.38;

    public MarketSettings withSwitchCurve(AdoptionCurve curve) {
        Map<OpticsLayer, LayerAdoption> m = new EnumMap<>(layers);
        m.put(OpticsLayer.SWITCH, layers.get(OpticsLayer.SWITCH).withCurve(curve));
        return withLayers(m);
    }

    public MarketSettings withLayers(Map<OpticsLayer, LayerAdoption> m) {
        return new MarketSettings(scenarioName, startYear, endYear, architecture, lasersPerWafer, m, prices, headline,
                volumeScale, uncertainty, fleet, legacy, hindcast, sources, notCompared, figures);
    }

    /** Learning rate of a Wright engine-price curve, or the annual decline of an annual-decline one. */
    public MarketSettings withLearningRate(double rate) {
        return withPrices(prices.withEngine(prices.engine().withRate(rate)));
    }

    /** The engine price per Gb/s in the curve's base year. */
    public MarketSettings withEngineUsdPerGbps(double usd) {
        return withPrices(prices.withEngine(prices.engine().withInitialUsd(usd)));
    }

    public MarketSettings withPrices(Prices p) {
        return new MarketSettings(scenarioName, startYear, endYear, architecture, lasersPerWafer, layers, p, headline,
                volumeScale, uncertainty, fleet, legacy, hindcast, sources, notCompared, figures);
    }

    public MarketSettings withUncertainty(Uncertainty u) {
        return new MarketSettings(scenarioName, startYear, endYear, architecture, lasersPerWafer, layers, prices,
                headline, volumeScale, u, fleet, legacy, hindcast, sources, notCompared, figures);
    }

    public MarketSettings withHeadline(ValueScope scope) {
        return new MarketSettings(scenarioName, startYear, endYear, architecture, lasersPerWafer, layers, prices, scope,
                volumeScale, uncertainty, fleet, legacy, hindcast, sources, notCompared, figures);
    }

    /** Every platform's shipments in every year multiplied by {@code factor} (a what-if on volumes). */
    public MarketSettings withDeploymentScale(double factor) {
        return new MarketSettings(scenarioName, startYear, endYear, architecture, lasersPerWafer, layers, prices,
                headline, volumeScale * factor, uncertainty, fleet, legacy, hindcast, sources, notCompared, figures);
    }
}
