package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.InputException;

/**
 * Everything a market run needs, immutable. The {@code with...} methods give the what-if copies the
 * dashboard and the sensitivity use; the Monte Carlo seed and trial count are not part of the inputs.
 *
 * @param deployments  accelerators deployed per year, index 0 = {@code startYear}
 * @param adoptionFit  the least-squares fit behind {@code adoption}, or null when the curve was given
 * @param sources      published top-down forecasts, each kept apart
 * @param figures      the figures used, with source and status, for the sources appendix
 */
public record MarketInputs(String scenarioName, int startYear, int endYear, double[] deployments, FabricDemand demand,
                           AdoptionCurve adoption, AdoptionFit adoptionFit, PriceCurve price, Uncertainty uncertainty,
                           List<TopDownSource> sources, List<InputFigure> figures) {

    public MarketInputs {
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(adoption, "adoption");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(uncertainty, "uncertainty");
        if (endYear < startYear) {
            throw InputException.field("market.endYear", endYear, "years out of order: before startYear " + startYear,
                    "endYear must be at least startYear");
        }
        deployments = deployments.clone();
        if (deployments.length != endYear - startYear + 1) {
            throw InputException.field("market.deployments", deployments.length + " years",
                    "needs one value per year " + startYear + ".." + endYear, null);
        }
        for (double d : deployments) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw InputException.field("market.deployments", d, "must not be negative", null);
            }
        }
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }

    @Override
    public double[] deployments() {
        return deployments.clone();
    }

    public int years() {
        return endYear - startYear + 1;
    }

    public double deploymentsIn(int year) {
        return deployments[year - startYear];
    }

    /** Bass p; a logistic or Gompertz curve becomes a Bass curve with this p and the default q. */
    public MarketInputs withAdoptionP(double p) {
        return withAdoption(bass().withP(p));
    }

    /** Bass q; a logistic or Gompertz curve becomes a Bass curve with the default p and this q. */
    public MarketInputs withAdoptionQ(double q) {
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
     * q 0.38 within 0.3-0.5, figures.md s6); a test keeps the two equal.
     */
    static final double DEFAULT_P = 0.03;
    static final double DEFAULT_Q = 0.38;

    public MarketInputs withAdoption(AdoptionCurve curve) {
        return new MarketInputs(scenarioName, startYear, endYear, deployments, demand, curve, null, price, uncertainty,
                sources, figures);
    }

    /** Learning rate of a Wright curve, or the annual decline of an annual-decline curve. */
    public MarketInputs withLearningRate(double rate) {
        return withPrice(price.withRate(rate));
    }

    public MarketInputs withAspUsdPerPort(double usd) {
        return withPrice(price.withInitialUsdPerPort(usd));
    }

    public MarketInputs withPrice(PriceCurve curve) {
        return new MarketInputs(scenarioName, startYear, endYear, deployments, demand, adoption, adoptionFit, curve,
                uncertainty, sources, figures);
    }

    public MarketInputs withUncertainty(Uncertainty u) {
        return new MarketInputs(scenarioName, startYear, endYear, deployments, demand, adoption, adoptionFit, price, u,
                sources, figures);
    }

    public MarketInputs withDeployments(double[] perYear) {
        return new MarketInputs(scenarioName, startYear, endYear, perYear, demand, adoption, adoptionFit, price,
                uncertainty, sources, figures);
    }

    /** Every year's deployments multiplied by {@code factor} (a what-if on GPU volumes). */
    public MarketInputs withDeploymentScale(double factor) {
        double[] d = deployments.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= factor;
        }
        return withDeployments(d);
    }
}
