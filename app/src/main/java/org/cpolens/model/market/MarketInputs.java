package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.InputException;

/**
 * Everything a market run needs: the scenario's market settings and the CPO architecture's bill
 * of materials per accelerator. Immutable; the {@code with...} methods give the what-if copies the
 * dashboard and the sensitivity use. The Monte Carlo seed and trial count are not part of the inputs.
 */
public record MarketInputs(MarketSettings settings, FabricDemand demand) {

    public MarketInputs {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(demand, "demand");
        Objects.requireNonNull(settings.adoption(), "adoption");
        Objects.requireNonNull(settings.price(), "price");
        Objects.requireNonNull(settings.uncertainty(), "uncertainty");
        if (settings.endYear() < settings.startYear()) {
            throw InputException.field("market.endYear", settings.endYear(),
                    "years out of order: before startYear " + settings.startYear(), "endYear must be at least startYear");
        }
        double[] deployments = settings.deployments();
        if (deployments.length != settings.endYear() - settings.startYear() + 1) {
            throw InputException.field("market.deployments", deployments.length + " years",
                    "needs one value per year " + settings.startYear() + ".." + settings.endYear(), null);
        }
        for (double d : deployments) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw InputException.field("market.deployments", d, "must not be negative", null);
            }
        }
    }

    public String scenarioName() {
        return settings.scenarioName();
    }

    public int startYear() {
        return settings.startYear();
    }

    public int endYear() {
        return settings.endYear();
    }

    public double[] deployments() {
        return settings.deployments();
    }

    public AdoptionCurve adoption() {
        return settings.adoption();
    }

    /** The least-squares fit behind {@link #adoption}, or null when the curve was given. */
    public AdoptionFit adoptionFit() {
        return settings.adoptionFit();
    }

    public PriceCurve price() {
        return settings.price();
    }

    public Uncertainty uncertainty() {
        return settings.uncertainty();
    }

    /** Published top-down forecasts, each kept apart. */
    public List<TopDownSource> sources() {
        return settings.sources();
    }

    /** The figures used, with source and status, for the sources appendix. */
    public List<InputFigure> figures() {
        return settings.figures();
    }

    public int years() {
        return endYear() - startYear() + 1;
    }

    public double deploymentsIn(int year) {
        return settings.deployments()[year - startYear()];
    }

    public MarketInputs withAdoptionP(double p) {
        return new MarketInputs(settings.withAdoptionP(p), demand);
    }

    public MarketInputs withAdoptionQ(double q) {
        return new MarketInputs(settings.withAdoptionQ(q), demand);
    }

    public MarketInputs withLearningRate(double rate) {
        return new MarketInputs(settings.withLearningRate(rate), demand);
    }

    public MarketInputs withAspUsdPerPort(double usd) {
        return new MarketInputs(settings.withAspUsdPerPort(usd), demand);
    }

    public MarketInputs withUncertainty(Uncertainty u) {
        return new MarketInputs(settings.withUncertainty(u), demand);
    }

    public MarketInputs withDeploymentScale(double factor) {
        return new MarketInputs(settings.withDeploymentScale(factor), demand);
    }
}
