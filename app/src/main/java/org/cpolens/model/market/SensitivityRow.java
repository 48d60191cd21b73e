package org.cpolens.model.market;

/**
 * One bar of the tornado: the headline value in the focus year with one input at its low and at its
 * high setting, every other input at its base.
 *
 * @param input      stable id, e.g. volumes, bandwidth, adoptionP, nicLaunchShift, scopeReading, reading.rubin-ultra
 * @param lowInput   the input's low value (a multiplier, years, or the index of a reading or scope)
 * @param highInput  the input's high value
 * @param lowLabel   what the low setting is, in words (a scope or reading id); empty for numbers
 * @param highLabel  likewise for the high setting
 */
public record SensitivityRow(String input, double lowInput, double highInput, String lowLabel, String highLabel,
                             double lowRevenueUsd, double highRevenueUsd, double baseRevenueUsd) {
    public SensitivityRow(String input, double lowInput, double highInput, double lowRevenueUsd, double highRevenueUsd,
                          double baseRevenueUsd) {
        this(input, lowInput, highInput, "", "", lowRevenueUsd, highRevenueUsd, baseRevenueUsd);
    }

    public double swing() {
        return Math.abs(highRevenueUsd - lowRevenueUsd);
    }
}
