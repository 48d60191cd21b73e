package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;

/**
 * A scenario's market section resolved over the catalog's defaults, before any fabric exists: the
 * pipeline adds the CPO architecture's bill of materials ({@link FabricDemand}) to make the
 * {@link MarketInputs} of a run.
 *
 * @param architecture   the CPO architecture whose ports the forecast counts: the section's
 *                       {@code architecture}, else the scenario's CPO, else the catalog's default
 * @param lasersPerWafer good CW laser dies per InP epi wafer
 */
public record MarketSettings(String scenarioName, int startYear, int endYear, double[] deployments,
                             OpticsArchitecture architecture, Figure lasersPerWafer, AdoptionCurve adoption,
                             AdoptionFit adoptionFit, PriceCurve price, Uncertainty uncertainty,
                             List<TopDownSource> sources, List<InputFigure> figures) {
    public MarketSettings {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(lasersPerWafer, "lasersPerWafer");
        deployments = deployments.clone();
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }

    @Override
    public double[] deployments() {
        return deployments.clone();
    }

    /** The inputs of a run once the architecture's bill of materials is known. */
    public MarketInputs inputs(FabricDemand demand) {
        return new MarketInputs(this, demand);
    }

    /** Bass p; a logistic or Gompertz curve becomes a Bass curve with this p and the default q. */
    public MarketSettings withAdoptionP(double p) {
        return withAdoption(bass().withP(p));
    }

    /** Bass q; a logistic or Gompertz curve becomes a Bass curve with the default p and this q. */
    public MarketSettings withAdoptionQ(double q) {
        return withAdoption(bass().withQ(q));
    }

    private AdoptionCurve.Bass bass() {
        if (adoption instanceof AdoptionCurve.Bass b) {
            return b;
        }
        return new AdoptionCurve.Bass(DEFAULT_P, DEFAULT_Q, 1.0, startYear - 1);
    }

    /**
     * Used only when a logistic or Gompertz scenario is switched to Bass by a what-if knob: the same
     * labelled assumptions as catalog/market-defaults.yaml (p 0.03 within the literature's 0.01-0.05,
     * q 0.38 within 0.3-0.5); a test keeps the two equal.
     */
    static final double DEFAULT_P = 0.03;
    static final double DEFAULT_Q = 0.38;

    public MarketSettings withAdoption(AdoptionCurve curve) {
        return new MarketSettings(scenarioName, startYear, endYear, deployments, architecture, lasersPerWafer, curve,
                null, price, uncertainty, sources, figures);
    }

    /** Learning rate of a Wright curve, or the annual decline of an annual-decline curve. */
    public MarketSettings withLearningRate(double rate) {
        return withPrice(price.withRate(rate));
    }

    public MarketSettings withAspUsdPerPort(double usd) {
        return withPrice(price.withInitialUsdPerPort(usd));
    }

    public MarketSettings withPrice(PriceCurve curve) {
        return new MarketSettings(scenarioName, startYear, endYear, deployments, architecture, lasersPerWafer, adoption,
                adoptionFit, curve, uncertainty, sources, figures);
    }

    public MarketSettings withUncertainty(Uncertainty u) {
        return new MarketSettings(scenarioName, startYear, endYear, deployments, architecture, lasersPerWafer, adoption,
                adoptionFit, price, u, sources, figures);
    }

    public MarketSettings withDeployments(double[] perYear) {
        return new MarketSettings(scenarioName, startYear, endYear, perYear, architecture, lasersPerWafer, adoption,
                adoptionFit, price, uncertainty, sources, figures);
    }

    /** Every year's deployments multiplied by {@code factor} (a what-if on GPU volumes). */
    public MarketSettings withDeploymentScale(double factor) {
        double[] d = deployments.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= factor;
        }
        return withDeployments(d);
    }
}
