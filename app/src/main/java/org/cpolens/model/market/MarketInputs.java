package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.InputException;

/**
 * Everything a market run needs: the scenario's market settings, the bill of materials per
 * accelerator of every platform reading of the fleet, and the scenario's own CPO (the single-fabric
 * model the bridge starts from). Immutable; the {@code with...} methods give the what-if copies the
 * dashboard and the sensitivity use. The Monte Carlo seed and trial count are not part of the inputs.
 */
public record MarketInputs(MarketSettings settings, FabricDemand demand, List<PlatformDemand> platforms) {

    public MarketInputs {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(demand, "demand");
        platforms = List.copyOf(platforms);
        if (settings.endYear() < settings.startYear()) {
            throw InputException.field("market.endYear", settings.endYear(),
                    "years out of order: before startYear " + settings.startYear(), "endYear must be at least startYear");
        }
        if (platforms.size() != settings.fleet().platforms().size()) {
            throw new IllegalArgumentException("one demand per fleet platform");
        }
        for (int y = settings.startYear(); y <= settings.endYear(); y++) {
            if (!(settings.fleet().shipmentsIn(y) > 0)) {
                throw InputException.field("fleet.shipments", y, "no platform ships in this modelled year",
                        "add shipments for " + y + " to fleet.yaml, or keep endYear within the fleet's years");
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

    public int years() {
        return endYear() - startYear() + 1;
    }

    public AdoptionCurve adoption() {
        return settings.adoption();
    }

    /** The least-squares fit behind the switch layer's curve, or null when the curve was given. */
    public AdoptionFit adoptionFit() {
        return settings.layer(org.cpolens.model.eval.OpticsLayer.SWITCH).fit();
    }

    public Prices prices() {
        return settings.prices();
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

    /** Accelerators the fleet ships in {@code year} (with the what-if volume scale). */
    public double shipmentsIn(int year) {
        return settings.fleet().shipmentsIn(year) * settings.volumeScale();
    }

    private MarketInputs with(MarketSettings s) {
        return new MarketInputs(s, demand, platforms);
    }

    public MarketInputs withAdoptionP(double p) {
        return with(settings.withAdoptionP(p));
    }

    public MarketInputs withAdoptionQ(double q) {
        return with(settings.withAdoptionQ(q));
    }

    public MarketInputs withLearningRate(double rate) {
        return with(settings.withLearningRate(rate));
    }

    public MarketInputs withEngineUsdPerGbps(double usd) {
        return with(settings.withEngineUsdPerGbps(usd));
    }

    public MarketInputs withUncertainty(Uncertainty u) {
        return with(settings.withUncertainty(u));
    }

    public MarketInputs withDeploymentScale(double factor) {
        return with(settings.withDeploymentScale(factor));
    }

    public MarketInputs withHeadline(ValueScope scope) {
        return with(settings.withHeadline(scope));
    }
}
