package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.InputException;

/**
 * The single-fabric model the fleet model replaced, kept only as the bridge's starting point: one
 * "accelerator deployments" series (the seed's Rubin estimate, Jan 2025) x the scenario's own
 * switch-side CPO ports per accelerator x the switch layer's adoption x a price per port (Wright's law
 * on those ports). The bridge then walks, driver by driver, from its figure to the fleet's.
 *
 * @param startYear   first year of {@code deployments}
 * @param deployments accelerators per year from {@code startYear}
 * @param perPort     US$ per port; its initial price is the scenario CPO's costPerPortUsd
 */
public record LegacyModel(int startYear, double[] deployments, PriceCurve perPort) {
    public LegacyModel {
        Objects.requireNonNull(perPort, "perPort");
        deployments = deployments.clone();
        for (double d : deployments) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw InputException.field("market.bridgeFrom.deployments", d, "must not be negative", null);
            }
        }
    }

    @Override
    public double[] deployments() {
        return deployments.clone();
    }

    public int endYear() {
        return startYear + deployments.length - 1;
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear();
    }

    /** The old projection's revenue, ASP per port and ports in {@code year}. */
    public double[] project(int year, double portsPerAccelerator, LayerAdoption switchLayer) {
        double cumulative = 0;
        double[] out = new double[3];
        for (int y = startYear; y <= year; y++) {
            double ports = deployments[y - startYear] * portsPerAccelerator * switchLayer.share(y);
            double asp = perPort.usd(y - startYear, cumulative, 1);
            cumulative += ports;
            out[0] = ports * asp;
            out[1] = asp;
            out[2] = ports;
        }
        return out;
    }
}
