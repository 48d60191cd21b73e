package org.cpolens.model.fabric;

/**
 * The cluster being connected.
 *
 * @param endpoints           host ports at {@code endpointGbps}
 * @param endpointGbps        speed of one host port
 * @param accelerators        GPUs or other accelerators behind those ports
 * @param wattsPerAccelerator power of one accelerator with its share of the server; 0 when not given
 */
public record ClusterSpec(long endpoints, double endpointGbps, long accelerators, double wattsPerAccelerator) {
    public boolean hasAcceleratorPower() {
        return wattsPerAccelerator > 0;
    }

    /** Scale-out bandwidth each accelerator injects: endpoints x their speed / accelerators. */
    public double scaleOutGbpsPerAccelerator() {
        return endpoints * endpointGbps / accelerators;
    }
}
