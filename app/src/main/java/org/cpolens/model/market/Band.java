package org.cpolens.model.market;

/** P10, P50 and P90 of one figure across the Monte Carlo's trials. */
public record Band(double p10, double p50, double p90) {
}
