package org.cpolens.model.market;

import java.util.List;
import java.util.Objects;

/**
 * What the Monte Carlo varies. Spreads are multipliers on the base inputs (1.0 = the base), so they
 * stay valid when a user changes the base; risks add delay years when they happen.
 *
 * @param adoptionP    multiplier on Bass p
 * @param adoptionQ    multiplier on Bass q (on k or c for logistic or Gompertz curves)
 * @param asp          multiplier on the initial ASP
 * @param learningRate multiplier on the learning rate (or the annual decline)
 * @param deployments  multiplier on accelerator deployments in every year
 */
public record Uncertainty(Spread adoptionP, Spread adoptionQ, Spread asp, Spread learningRate, Spread deployments,
                          List<Risk> risks) {
    public Uncertainty {
        Objects.requireNonNull(adoptionP, "adoptionP");
        Objects.requireNonNull(adoptionQ, "adoptionQ");
        Objects.requireNonNull(asp, "asp");
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(deployments, "deployments");
        risks = List.copyOf(risks);
    }

    /** No variation at all: every trial equals the deterministic projection. */
    public static Uncertainty none() {
        Spread one = Spread.constant(1.0);
        return new Uncertainty(one, one, one, one, one, List.of());
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
