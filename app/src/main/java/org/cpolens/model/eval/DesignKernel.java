package org.cpolens.model.eval;

import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.units.Units;

/**
 * The arithmetic of one architecture on one fabric, on primitives only. {@link InterconnectEvaluator}
 * and the design sweep both call it, so a sweep row and {@code cpolens compare} agree to the bit.
 *
 * <p>An architecture's figures travel as {@link #PARAMS} doubles (slot 0 the port speed its
 * figures refer to, then one slot per {@link ArchitectureFigure}, see {@link #params}); results
 * come back as {@link #OUTPUTS} doubles at {@code out[outAt + ...]}. Counts (lasers, laser modules,
 * engines, FAUs, extra accelerators) are whole numbers stored exactly as doubles (below 2^53).
 * Whole engines and laser modules are counted per switch tier (a tier's last engine is bought even
 * when partly used), with the same per-line rules ({@link #engines}, {@link #laserModules}) the
 * bill of materials uses, so its lines add up to these totals. Nothing is allocated.
 */
public final class DesignKernel {
    // Architecture parameters, at the architecture's own port speed.
    public static final int P_PORT_GBPS = 0;
    public static final int P_SWITCH_PORT_W = ArchitectureFigure.SWITCH_PORT_WATTS.slot();
    public static final int P_HOST_PORT_W = ArchitectureFigure.HOST_PORT_WATTS.slot();
    public static final int P_LASERS_PER_PORT = ArchitectureFigure.LASERS_PER_PORT.slot();
    public static final int P_PORTS_PER_LASER_MODULE = ArchitectureFigure.PORTS_PER_LASER_MODULE.slot();
    public static final int P_EDGE_GBPS_PER_MM = ArchitectureFigure.EDGE_DENSITY_GBPS_PER_MM.slot();
    public static final int P_LATENCY_NS = ArchitectureFigure.ADDED_LATENCY_NS.slot();
    public static final int P_COST_PER_PORT_USD = ArchitectureFigure.COST_PER_PORT_USD.slot();
    public static final int P_LASER_W = ArchitectureFigure.LASER_WATTS_PER_PORT.slot();
    public static final int P_ENGINE_GBPS = ArchitectureFigure.ENGINE_GBPS.slot();
    public static final int P_FAUS_PER_ENGINE = ArchitectureFigure.FAUS_PER_ENGINE.slot();
    public static final int PARAMS = ArchitectureFigure.SLOTS;

    // Results.
    public static final int SWITCH_OPTICS_W = 0;
    public static final int HOST_OPTICS_W = 1;
    public static final int SWITCH_BASE_W = 2;
    public static final int NETWORK_W = 3;
    public static final int PJ_PER_BIT = 4;
    public static final int OPTICS_PJ_PER_BIT = 5;
    /** Laser diodes, both sides. */
    public static final int LASERS = 6;
    /** External laser source modules, both sides. */
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
    /** Power of the external laser sources, both sides (a part of the optics power). */
    public static final int LASER_W = 16;
    /** Optical engines, both sides (a pluggable module is one engine). */
    public static final int ENGINES = 17;
    /** Fiber array units, both sides. */
    public static final int FAUS = 18;
    /** Optical ends on switches. */
    public static final int SWITCH_PORTS = 19;
    /** Optical modules on hosts. */
    public static final int HOST_MODULES = 20;
    /** Optics power, both sides. */
    public static final int OPTICS_W = 21;
    /** Scale-up layer (the same for every compared design): optical ends, optics watts, engines, switches' power, capex. */
    public static final int SCALE_UP_ENDS = 22;
    public static final int SCALE_UP_OPTICS_W = 23;
    public static final int SCALE_UP_ENGINES = 24;
    public static final int SCALE_UP_SWITCH_W = 25;
    public static final int SCALE_UP_CAPEX_USD = 26;
    /** Every layer (switch side, NIC side, scale-up) per accelerator. */
    public static final int ENDS_PER_ACCELERATOR = 27;
    public static final int ENGINES_PER_ACCELERATOR = 28;
    public static final int LASERS_PER_ACCELERATOR = 29;
    public static final int LASER_MODULES_PER_ACCELERATOR = 30;
    public static final int OPTICS_W_PER_ACCELERATOR = 31;
    public static final int OUTPUTS = 32;

    private DesignKernel() {
    }

    /** Writes an architecture's catalog figures into {@code p[at ..< at + PARAMS]}. */
    public static void params(OpticsArchitecture a, double[] p, int at) {
        p[at + P_PORT_GBPS] = a.portGbps();
        for (ArchitectureFigure f : ArchitectureFigure.values()) {
            p[at + f.slot()] = a.value(f);
        }
    }

    /** Whole optical engines behind {@code ends} ports of {@code portGbps} on engines of {@code engineGbps}. */
    public static double engines(long ends, double portGbps, double engineGbps) {
        return ends == 0 ? 0 : Math.ceil(ends / (engineGbps / portGbps) - 1e-9);
    }

    /** Whole external laser source modules for {@code ends} ports; 0 when lasers are not external. */
    public static double laserModules(long ends, double portsPerModuleAtPort) {
        return portsPerModuleAtPort > 0 ? Math.ceil(ends / portsPerModuleAtPort - 1e-9) : 0;
    }

    /** Laser diodes of {@code ends} ports. */
    public static double lasers(long ends, double lasersPerPortAtPort) {
        return Math.round(ends * lasersPerPortAtPort);
    }

    /** Whole fiber array units on {@code engines} engines. */
    public static double faus(double engines, double fausPerEngine) {
        return Math.ceil(engines * fausPerEngine - 1e-9);
    }

    /**
     * One architecture on one fabric.
     *
     * @param portGbps        the fabric's port speed
     * @param tierCount       switch tiers
     * @param hostLinkOptical whether host links carry optics
     * @param tierEnds        optical switch-side ends per tier, leaf first, at {@code tierAt}
     * @param hostModules     optical ends on hosts
     * @param switchCount     switches in the fabric
     * @param injectionGbps   endpoints x port speed
     * @param switchBaseW     one switch's power before optics
     * @param p               parameters of the architecture on the switch side, at {@code pAt}
     * @param h               parameters of the architecture on the host side (itself, or the baseline), at {@code hAt}
     * @param baselineNetworkW the baseline's network power on this fabric, or NaN for the baseline itself
     * @param accelerators    accelerators of the cluster, for the per-accelerator figures
     * @param wattsPerAccelerator 0 when unknown
     * @param su              the cluster's scale-up layer ({@link ScaleUpLayer#values}) at {@code suAt}
     */
    public static void evaluate(double portGbps, int tierCount, boolean hostLinkOptical, long[] tierEnds, int tierAt,
                                long hostModules, long switchCount, double injectionGbps, double switchBaseW,
                                double[] p, int pAt, double[] h, int hAt, double baselineNetworkW, long accelerators,
                                double wattsPerAccelerator, double[] su, int suAt, double[] out, int outAt) {
        design(portGbps, tierCount, hostLinkOptical, tierEnds, tierAt, hostModules, switchCount, injectionGbps,
                switchBaseW, p, pAt, h, hAt, accelerators, su, suAt, out, outAt);
        compare(baselineNetworkW, wattsPerAccelerator, out, outAt);
    }

    /**
     * Whether the outputs of {@link #design} read figure {@code slot} of the architecture on the
     * switch side ({@code switchSide}) or on the host side: the sweep copies a design's outputs
     * from the previous group when no figure it reads has changed.
     */
    public static boolean reads(int slot, boolean switchSide) {
        return switchSide ? slot != P_HOST_PORT_W : slot != P_SWITCH_PORT_W && slot != P_EDGE_GBPS_PER_MM;
    }

    /**
     * Every output but the two measured against the baseline ({@link #SAVED_W},
     * {@link #EXTRA_ACCELERATORS}, see {@link #compare}); parameters as {@link #evaluate}. It reads
     * of {@code p} and {@code h} only the slots {@link #reads} names.
     */
    public static void design(double portGbps, int tierCount, boolean hostLinkOptical, long[] tierEnds, int tierAt,
                              long hostModules, long switchCount, double injectionGbps, double switchBaseW,
                              double[] p, int pAt, double[] h, int hAt, long accelerators,
                              double[] su, int suAt, double[] out, int outAt) {
        double aGbps = p[pAt + P_PORT_GBPS];
        double hGbps = h[hAt + P_PORT_GBPS];
        double speed = portGbps / aGbps;
        double hostSpeed = portGbps / hGbps;

        double switchW = Units.scaleWattsToSpeed(p[pAt + P_SWITCH_PORT_W], aGbps, portGbps);
        double hostW = Units.scaleWattsToSpeed(h[hAt + P_HOST_PORT_W], hGbps, portGbps);
        double switchCost = p[pAt + P_COST_PER_PORT_USD] * speed;
        double hostCost = h[hAt + P_COST_PER_PORT_USD] * hostSpeed;
        double switchLasersPerPort = p[pAt + P_LASERS_PER_PORT] * speed;
        double switchPortsPerModule = p[pAt + P_PORTS_PER_LASER_MODULE] / speed;
        double switchEngineGbps = p[pAt + P_ENGINE_GBPS];
        double switchFaus = p[pAt + P_FAUS_PER_ENGINE];

        long switchPorts = 0;
        double lasers = 0;
        double laserModules = 0;
        double engines = 0;
        double faus = 0;
        for (int t = 0; t < tierCount; t++) {
            long ends = tierEnds[tierAt + t];
            switchPorts += ends;
            lasers += lasers(ends, switchLasersPerPort);
            laserModules += laserModules(ends, switchPortsPerModule);
            double e = engines(ends, portGbps, switchEngineGbps);
            engines += e;
            faus += faus(e, switchFaus);
        }
        lasers += lasers(hostModules, h[hAt + P_LASERS_PER_PORT] * hostSpeed);
        laserModules += laserModules(hostModules, h[hAt + P_PORTS_PER_LASER_MODULE] / hostSpeed);
        double hostEngines = engines(hostModules, portGbps, h[hAt + P_ENGINE_GBPS]);
        engines += hostEngines;
        faus += faus(hostEngines, h[hAt + P_FAUS_PER_ENGINE]);

        double switchOpticsW = switchPorts * switchW;
        double hostOpticsW = hostModules * hostW;
        double baseW = switchCount * switchBaseW;
        double networkW = switchOpticsW + hostOpticsW + baseW;
        double laserW = switchPorts * Units.scaleWattsToSpeed(p[pAt + P_LASER_W], aGbps, portGbps)
                + hostModules * Units.scaleWattsToSpeed(h[hAt + P_LASER_W], hGbps, portGbps);

        // A host-to-host path through every tier crosses two host links (one host end, one switch
        // end each) and 2 x (tiers - 1) switch links (two switch ends each).
        double latencyA = p[pAt + P_LATENCY_NS];
        double hostLinkLatency = hostLinkOptical ? latencyA + h[hAt + P_LATENCY_NS] : 0;
        double switchCapex = switchPorts * switchCost;

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
        out[outAt + SWITCH_CAPEX_USD] = switchCapex;
        out[outAt + SWITCH_PORT_W] = switchW;
        out[outAt + HOST_PORT_W] = hostW;
        out[outAt + LASER_W] = laserW;
        out[outAt + ENGINES] = engines;
        out[outAt + FAUS] = faus;
        out[outAt + SWITCH_PORTS] = switchPorts;
        out[outAt + HOST_MODULES] = hostModules;
        out[outAt + OPTICS_W] = switchOpticsW + hostOpticsW;
        out[outAt + SCALE_UP_ENDS] = su[suAt + ScaleUpLayer.ENDS];
        out[outAt + SCALE_UP_OPTICS_W] = su[suAt + ScaleUpLayer.OPTICS_W];
        out[outAt + SCALE_UP_ENGINES] = su[suAt + ScaleUpLayer.ENGINES];
        out[outAt + SCALE_UP_SWITCH_W] = su[suAt + ScaleUpLayer.SWITCH_W];
        out[outAt + SCALE_UP_CAPEX_USD] = su[suAt + ScaleUpLayer.CAPEX_USD];
        double n = accelerators;
        out[outAt + ENDS_PER_ACCELERATOR] = (switchPorts + hostModules + su[suAt + ScaleUpLayer.ENDS]) / n;
        out[outAt + ENGINES_PER_ACCELERATOR] = (engines + su[suAt + ScaleUpLayer.ENGINES]) / n;
        out[outAt + LASERS_PER_ACCELERATOR] = (lasers + su[suAt + ScaleUpLayer.LASERS]) / n;
        out[outAt + LASER_MODULES_PER_ACCELERATOR] = (laserModules + su[suAt + ScaleUpLayer.LASER_MODULES]) / n;
        out[outAt + OPTICS_W_PER_ACCELERATOR] = (switchOpticsW + hostOpticsW + su[suAt + ScaleUpLayer.OPTICS_W]) / n;
    }

    /**
     * Writes {@link #SAVED_W} and {@link #EXTRA_ACCELERATORS} of the design at {@code outAt}, whose
     * other outputs {@link #design} wrote, against the baseline's network power (NaN for the baseline itself).
     */
    public static void compare(double baselineNetworkW, double wattsPerAccelerator, double[] out, int outAt) {
        double saved = Double.isNaN(baselineNetworkW) ? 0 : baselineNetworkW - out[outAt + NETWORK_W];
        out[outAt + SAVED_W] = saved;
        out[outAt + EXTRA_ACCELERATORS] = wattsPerAccelerator > 0
                ? (saved <= 0 ? 0 : Math.floor(saved / wattsPerAccelerator)) : -1;
    }
}
