package org.cpolens.model.market;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpolens.model.eval.OpticsLayer;

/**
 * What the Monte Carlo varies. Spreads are multipliers on the base inputs (1.0 = the base), so they
 * stay valid when a user changes the base; launch shifts add years; risks add delay years when they
 * happen; conflicting readings of a platform are drawn by their weights.
 *
 * @param volumes      multiplier on every platform's shipments in every year
 * @param bandwidth    multiplier on the optical Gb/s per accelerator of every layer (the bandwidth mix)
 * @param asp          multiplier on the initial prices (engines and laser modules)
 * @param learningRate multiplier on the learning rate (or the annual decline)
 * @param grossMargin  multiplier on the system vendor's gross margin (the system-premium scope reading)
 * @param layers       adoption spreads per layer
 * @param readings     draw a platform's reading per trial; false uses the weighted mean, as the
 *                     deterministic projection does
 */
public record Uncertainty(Spread volumes, Spread bandwidth, Spread asp, Spread learningRate, Spread grossMargin,
                          Map<OpticsLayer, LayerSpread> layers, boolean readings, List<Risk> risks) {
    public Uncertainty {
        Objects.requireNonNull(volumes, "volumes");
        Objects.requireNonNull(bandwidth, "bandwidth");
        Objects.requireNonNull(asp, "asp");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(grossMargin, "grossMargin");
        EnumMap<OpticsLayer, LayerSpread> m = new EnumMap<>(OpticsLayer.class);
        m.putAll(layers);
        for (OpticsLayer l : OpticsLayer.values()) {
            m.putIfAbsent(l, LayerSpread.none());
        }
        layers = java.util.Collections.unmodifiableMap(m);
        risks = List.copyOf(risks);
    }

    /** No variation at all: every trial equals the deterministic projection. */
    public static Uncertainty none() {
        Spread one = Spread.constant(1.0);
        return new Uncertainty(one, one, one, one, one, Map.of(), false, List.of());
    }

    public LayerSpread layer(OpticsLayer l) {
        return layers.get(l);
    }

    /** Delay years when every risk happens. */
    public double maxDelayYears() {
        double d = 0;
        for (Risk r : risks) {
            d += r.delayYears().value();
        }
        return d;
    }
}
