package org.cpolens.model.tco;

import java.util.Objects;
import org.cpolens.model.sim.ReliabilitySettings;

/**
 * What a sweep prices every design with: the cost settings and the reliability settings whose
 * failure rates and repairs give each design's reliability costs ({@link AnalyticReliability}).
 */
public record Pricing(TcoParams params, ReliabilitySettings reliability) {
    public Pricing {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(reliability, "reliability");
    }

    public static Pricing of(TcoSettings tco, ReliabilitySettings reliability) {
        return new Pricing(TcoParams.of(tco), reliability);
    }
}
