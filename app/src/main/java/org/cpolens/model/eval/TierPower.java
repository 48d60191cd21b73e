package org.cpolens.model.eval;

/**
 * Where the watts go in one switch tier (or on the hosts, as tier "host").
 *
 * @param opticalPorts ends with optics in this tier
 * @param opticsW      their optics power
 * @param switchBaseW  switch power before optics (0 for the host row)
 */
public record TierPower(String tier, long opticalPorts, double opticsW, double switchBaseW) {
    public double totalW() {
        return opticsW + switchBaseW;
    }
}
