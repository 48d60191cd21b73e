package org.cpolens.model.scenario;

import java.util.List;
import java.util.Objects;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.eval.Interconnect;
import org.cpolens.model.fabric.ClusterSpec;
import org.cpolens.model.market.MarketSettings;
import org.cpolens.model.sim.ReliabilitySettings;
import org.cpolens.model.supply.SupplySettings;
import org.cpolens.model.tco.TcoSettings;

/**
 * A runnable scenario, parsed once: the interconnect to evaluate and every model's settings over
 * the catalog's defaults, plus the run defaults. No fabric is built until the pipeline runs it.
 *
 * @param descriptionZhTw the description in Traditional Chinese ("" when the scenario gives none)
 */
public record Scenario(String name, String description, Interconnect interconnect, MarketSettings market,
                       SupplySettings supply, ReliabilitySettings reliability, RunDefaults run, TcoSettings tco,
                       String descriptionZhTw) {
    public Scenario {
        Objects.requireNonNull(tco, "tco");
        Objects.requireNonNull(interconnect, "interconnect");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(supply, "supply");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(run, "run");
        description = description == null ? "" : description;
        descriptionZhTw = descriptionZhTw == null ? "" : descriptionZhTw;
    }

    /** A scenario without a Chinese description. */
    public Scenario(String name, String description, Interconnect interconnect, MarketSettings market,
                    SupplySettings supply, ReliabilitySettings reliability, RunDefaults run, TcoSettings tco) {
        this(name, description, interconnect, market, supply, reliability, run, tco, "");
    }

    public ClusterSpec cluster() {
        return interconnect.cluster();
    }

    public List<OpticsArchitecture> architectures() {
        return interconnect.architectures();
    }

    /**
     * The CPO architecture whose hardware the market forecasts and the supply chain supplies: the
     * market section's {@code architecture}, else the scenario's CPO ({@link Interconnect#cpo()}),
     * else the catalog's default. One rule, resolved when the scenario is read.
     */
    public OpticsArchitecture cpoArchitecture() {
        return market.architecture();
    }

    /** The same scenario with another interconnect (a what-if of the dashboard or the sensitivity). */
    public Scenario with(Interconnect other) {
        return new Scenario(name, description, other, market, supply, reliability, run, tco, descriptionZhTw);
    }

    public Scenario with(TcoSettings other) {
        return new Scenario(name, description, interconnect, market, supply, reliability, run, other, descriptionZhTw);
    }

    public Scenario with(MarketSettings other) {
        return new Scenario(name, description, interconnect, other, supply, reliability, run, tco, descriptionZhTw);
    }
}
