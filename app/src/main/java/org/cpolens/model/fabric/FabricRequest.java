package org.cpolens.model.fabric;

import org.cpolens.model.InputException;

/**
 * What to build.
 *
 * @param endpoints        host ports at the switch port speed
 * @param radix            switch ports
 * @param portGbps         switch port speed
 * @param tiers            1, 2 or 3; 0 chooses the fewest tiers that fit
 * @param oversubscription leaf downlink:uplink ratio, 1.0 = non-blocking
 * @param hostLink         medium of the host links
 * @param planes           identical parallel fabrics (planes, rails) the endpoints are spread over,
 *                         each taking {@code endpoints / planes} of them; 1 = one fabric
 */
public record FabricRequest(long endpoints, int radix, double portGbps, int tiers, double oversubscription,
                            HostLink hostLink, int planes) {

    /** Largest endpoint count accepted, so a typo cannot make the builder search for minutes. */
    public static final long MAX_ENDPOINTS = 100_000_000L;

    /** Largest radix accepted; today's largest switch systems have 512 ports. */
    public static final int MAX_RADIX = 1024;

    public FabricRequest {
        if (endpoints < 1 || endpoints > MAX_ENDPOINTS) {
            throw InputException.field("endpoints", endpoints, "must be between 1 and " + MAX_ENDPOINTS,
                    "count host ports at the switch port speed");
        }
        if (radix < 2 || radix > MAX_RADIX) {
            throw InputException.field("radix", radix, "must be between 2 and " + MAX_RADIX, "e.g. 64 for Tomahawk 5 64x800G");
        }
        if (!(portGbps > 0) || Double.isInfinite(portGbps)) {
            throw InputException.field("portGbps", portGbps, "must be a positive number", "e.g. 800");
        }
        if (tiers < 0 || tiers > 3) {
            throw InputException.field("tiers", tiers, "must be 1, 2 or 3", "leave it out to pick the fewest tiers that fit");
        }
        if (!(oversubscription >= 1.0) || oversubscription > radix - 1) {
            throw InputException.field("oversubscription", oversubscription,
                    "must be at least 1.0 (non-blocking) and below the radix",
                    "2.0 means 2:1 at the leaf");
        }
        if (hostLink == null) {
            hostLink = HostLink.OPTICAL;
        }
        if (planes < 1 || planes > MAX_PLANES) {
            throw InputException.field("planes", planes, "must be between 1 and " + MAX_PLANES,
                    "1 is one fabric; NVIDIA's rail-optimized designs use one plane per GPU of a node, e.g. 8");
        }
        if (endpoints % planes != 0) {
            throw InputException.field("planes", planes, "does not divide the " + endpoints + " endpoints",
                    "every plane takes the same share of every accelerator's ports: use a divisor of the endpoints");
        }
    }

    /** One fabric (no planes). */
    public FabricRequest(long endpoints, int radix, double portGbps, int tiers, double oversubscription,
                         HostLink hostLink) {
        this(endpoints, radix, portGbps, tiers, oversubscription, hostLink, 1);
    }

    /** Most planes accepted: more than a node's accelerators times their ports would be a typo. */
    public static final int MAX_PLANES = 64;

    /** Endpoints on each plane. */
    public long endpointsPerPlane() {
        return endpoints / planes;
    }

    /** The request for one plane: the builder builds it once and the fabric counts it planes times. */
    public FabricRequest onePlane() {
        return planes == 1 ? this : new FabricRequest(endpointsPerPlane(), radix, portGbps, tiers, oversubscription,
                hostLink, 1);
    }

    public static FabricRequest nonBlocking(long endpoints, int radix, double portGbps) {
        return new FabricRequest(endpoints, radix, portGbps, 0, 1.0, HostLink.OPTICAL);
    }
}
