package org.cpolens.model.market;

/**
 * One bar of the tornado: revenue in the focus year with one input at its low and at its high value,
 * every other input at its base.
 *
 * @param input      stable id: adoptionP, adoptionQ, asp, learningRate, deployments, riskDelay
 * @param lowInput   the input's low value (a multiplier, or delay years)
 * @param highInput  the input's high value
 */
public record SensitivityRow(String input, double lowInput, double highInput, double lowRevenueUsd,
                             double highRevenueUsd, double baseRevenueUsd) {
    public double swing() {
        return Math.abs(highRevenueUsd - lowRevenueUsd);
    }
}
