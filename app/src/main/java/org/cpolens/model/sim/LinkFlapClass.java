package org.cpolens.model.sim;

import org.cpolens.model.catalog.ArchitectureKind;

/**
 * Optical ends of one line of the bill of materials that flap independently.
 *
 * @param id          stable key, e.g. {@code linkFlap.spine}
 * @param family      the architecture family of these ends (sets the rate)
 * @param location    leaf, spine, core, host, or the line's tier
 * @param fabricLevel above the leaf: the fabric's interruption chance applies
 * @param ends        optical ends
 * @param portGbps    speed of each end
 * @param fitPerEnd   flaps per 1e9 hours of one end
 * @param rateBasis   "upper bound (95%)" or the rate's status word
 */
public record LinkFlapClass(String id, ArchitectureKind family, String location, boolean fabricLevel, long ends,
                            double portGbps, double fitPerEnd, String rateBasis) {
    public double flapsPerHour() {
        return ends * fitPerEnd / 1.0e9;
    }
}
