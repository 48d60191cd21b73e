package org.cpolens.model.eval;

import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.units.Units;

/**
 * The arithmetic of one architecture on one fabric, on primitives only. {@link InterconnectEvaluator}
 * and the design sweep both call it, so a sweep row and {@code cpolens compare} agree to the bit.
 *
 * <p>An architecture's figures travel as {@link #PARAMS} doubles (see {@link #params}); results come
 * back as {@link #OUTPUTS} doubles at {@code out[outAt + ...]}. Counts (lasers, laser modules, extra
 * accelerators) are whole numbers stored exactly as doubles (below 2^53). Nothing is allocated.
 */
public final class DesignKernel {
    // Architecture parameters, at the architecture's own port speed.
    public static final int P_PORT_GBPS = 0;
    public static final int P_SWITCH_PORT_W = 1;
    public static final int P_HOST_PORT_W = 2;
    public static final int P_LASERS_PER_PORT = 3;
    public static final int P_PORTS_PER_LASER_MODULE = 4;
    public static final int P_EDGE_GBPS_PER_MM = 5;
    public static final int P_LATENCY_NS = 6;
    public static final int P_COST_PER_PORT_USD = 7;
    public static final int PARAMS = 8;

    // Results.
    public static final int SWITCH_OPTICS_W = 0;
    public static final int HOST_OPTICS_W = 1;
    public static final int SWITCH_BASE_W = 2;
    public static final int NETWORK_W = 3;
    public static final int PJ_PER_BIT = 4;
    public static final int OPTICS_PJ_PER_BIT = 5;
    public static final int LASERS = 6;
    public static final int LASER_MODULES = 7;
    public static final int EDGE_MM = 8;
    public static final int LATENCY_NS = 9;
    public static final int CAPEX_USD = 10;
    public static final int SAVED_W = 11;
    /** Accelerators the saved power could feed; -1 when no watts per accelerator are given. */
    public static final int EXTRA_ACCELERATORS = 12;
    /** Switch-side optics capex alone: what a price break-even scales. */
    public static final int SWITCH_CAPEX_USD = 13;
    /** Optics watts of one switch-side port at the fabric's speed. */
    public static final int SWITCH_PORT_W = 14;
    /** Optics watts of one host-side module at the fabric's speed. */
    public static final int HOST_PORT_W = 15;
    public static final int OUTPUTS = 16;

    private DesignKernel() {
    }

    /** Writes an architecture's catalog figures into {@code p[at ..< at + PARAMS]}. */
    public static void params(OpticsArchitecture a, double[] p, int at) {
        p[at + P_PORT_GBPS] = a.portGbps();
        p[at + P_SWITCH_PORT_W] = a.switchPortWatts().value();
        p[at + P_HOST_PORT_W] = a.hostPortWatts().value();
        p[at + P_LASERS_PER_PORT] = a.lasersPerPort().value();
        p[at + P_PORTS_PER_LASER_MODULE] = a.portsPerLaserModule().value();
        p[at + P_EDGE_GBPS_PER_MM] = a.edgeDensityGbpsPerMm().value();
        p[at + P_LATENCY_NS] = a.addedLatencyNs().value();
        p[at + P_COST_PER_PORT_USD] = a.costPerPortUsd().value();
    }

    /**
     * One architecture on one fabric.
     *
     * @param portGbps        the fabric's port speed
     * @param tierCount       switch tiers
     * @param hostLinkOptical whether host links carry optics
     * @param switchPorts     optical ends on switches
     * @param hostModules     optical ends on hosts
     * @param switchCount     switches in the fabric
     * @param injectionGbps   endpoints x port speed
     * @param switchBaseW     one switch's power before optics
     * @param p               parameters of the architecture on the switch side, at {@code pAt}
     * @param h               parameters of the architecture on the host side (itself, or the baseline), at {@code hAt}
     * @param baselineNetworkW the baseline's network power on this fabric, or NaN for the baseline itself
     * @param wattsPerAccelerator 0 when unknown
     */
    public static void evaluate(double portGbps, int tierCount, boolean hostLinkOptical, long switchPorts,
                                long hostModules, long switchCount, double injectionGbps, double switchBaseW,
                                double[] p, int pAt, double[] h, int hAt, double baselineNetworkW,
                                double wattsPerAccelerator, double[] out, int outAt) {
        double aGbps = p[pAt + P_PORT_GBPS];
        double hGbps = h[hAt + P_PORT_GBPS];
        double speed = portGbps / aGbps;
        double hostSpeed = portGbps / hGbps;

        double switchW = Units.scaleWattsToSpeed(p[pAt + P_SWITCH_PORT_W], aGbps, portGbps);
        double hostW = Units.scaleWattsToSpeed(h[hAt + P_HOST_PORT_W], hGbps, portGbps);
        double switchCost = p[pAt + P_COST_PER_PORT_USD] * speed;
        double hostCost = h[hAt + P_COST_PER_PORT_USD] * hostSpeed;

        double switchOpticsW = switchPorts * switchW;
        double hostOpticsW = hostModules * hostW;
        double baseW = switchCount * switchBaseW;
        double networkW = switchOpticsW + hostOpticsW + baseW;

        double lasers = Math.round(switchPorts * (p[pAt + P_LASERS_PER_PORT] * speed))
                + Math.round(hostModules * (h[hAt + P_LASERS_PER_PORT] * hostSpeed));
        double perModule = p[pAt + P_PORTS_PER_LASER_MODULE];
        double laserModules = perModule > 0 ? Math.ceil(switchPorts / (perModule / speed) - 1e-9) : 0;

        // A host-to-host path through every tier crosses two host links (one host end, one switch
        // end each) and 2 x (tiers - 1) switch links (two switch ends each).
        double latencyA = p[pAt + P_LATENCY_NS];
        double hostLinkLatency = hostLinkOptical ? latencyA + h[hAt + P_LATENCY_NS] : 0;
        double switchCapex = switchPorts * switchCost;
        double saved = Double.isNaN(baselineNetworkW) ? 0 : baselineNetworkW - networkW;

        out[outAt + SWITCH_OPTICS_W] = switchOpticsW;
        out[outAt + HOST_OPTICS_W] = hostOpticsW;
        out[outAt + SWITCH_BASE_W] = baseW;
        out[outAt + NETWORK_W] = networkW;
        out[outAt + PJ_PER_BIT] = Units.picojoulesPerBit(networkW, injectionGbps);
        out[outAt + OPTICS_PJ_PER_BIT] = Units.picojoulesPerBit(switchOpticsW + hostOpticsW, injectionGbps);
        out[outAt + LASERS] = lasers;
        out[outAt + LASER_MODULES] = laserModules;
        out[outAt + EDGE_MM] = switchPorts * portGbps / p[pAt + P_EDGE_GBPS_PER_MM];
        out[outAt + LATENCY_NS] = 2 * hostLinkLatency + 2.0 * (tierCount - 1) * 2 * latencyA;
        out[outAt + CAPEX_USD] = switchCapex + hostModules * hostCost;
        out[outAt + SAVED_W] = saved;
        out[outAt + EXTRA_ACCELERATORS] = wattsPerAccelerator > 0
                ? (saved <= 0 ? 0 : Math.floor(saved / wattsPerAccelerator)) : -1;
        out[outAt + SWITCH_CAPEX_USD] = switchCapex;
        out[outAt + SWITCH_PORT_W] = switchW;
        out[outAt + HOST_PORT_W] = hostW;
    }
}
