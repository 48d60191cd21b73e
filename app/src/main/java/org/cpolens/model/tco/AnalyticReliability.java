package org.cpolens.model.tco;

import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.sim.FaultKind;
import org.cpolens.model.sim.JobModel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.units.Units;
import org.hipparchus.special.Gamma;

/**
 * The reliability costs of one architecture on one fabric in closed form, without a simulation:
 * the expectations the fault simulation prints beside its means ({@code AnalyticExpectation}), on
 * primitives, so the design sweep can price reliability into millions of designs.
 *
 * <p>It counts the devices that fail as {@code model.sim.Fleet} does (the same classes from the
 * same bill-of-materials counts: pluggable modules, engines, lasers or laser source modules per
 * tier, switches, cables, NICs), gives each class its expected failures over one year, and turns
 * them into interruptions (host-level or fabric-level probability, and the drain of a CPO switch
 * replacement), the Young/Daly checkpoint interval, the first-order goodput and so the lost
 * accelerator-hours, the parts and technician hours per year, and the spares for the service level
 * (the Poisson quantile of the demand over one resupply time). A test holds it to the simulator's
 * analytic expectation, so a change to either shows.
 *
 * <p>Not thread-safe: one instance per thread (it keeps running sums, and allocates nothing).
 */
public final class AnalyticReliability {
    /** Accelerator-hours lost per year. */
    public static final int LOST_HOURS = 0;
    public static final int TECHNICIAN_HOURS = 1;
    /** Job interruptions per year. */
    public static final int INTERRUPTIONS = 2;
    /** Parts replaced per year, one slot per {@link Part}. */
    public static final int PARTS = 3;
    /** Spares for the service level, one slot per {@link Part}. */
    public static final int SPARES = PARTS + Part.values().length;
    public static final int OUTPUTS = SPARES + Part.values().length;

    /** The horizon the expectations are taken over: the simulation's default year of 365 days. */
    public static final double HORIZON_HOURS = 365 * Units.HOURS_PER_DAY;
    /** Spares demand above which the Poisson quantile is taken by the Cornish-Fisher expansion. */
    static final double EXACT_QUANTILE_BELOW = 100;

    private final double[] t;
    private final double restart;
    private final double write;
    private final double pHost;
    private final double pFabric;
    private final boolean waitForRepair;
    private final boolean drainInterrupts;
    private final double z;
    private final double level;

    // running sums of one evaluation
    private double interruptsPerHour;
    private double direct;
    private double drains;
    private double downtimeWeighted;
    private double tech;
    private final double[] parts = new double[Part.values().length];

    public AnalyticReliability(TcoParams params) {
        this.t = params.raw();
        restart = t[TcoParams.RESTART_HOURS];
        write = t[TcoParams.WRITE_HOURS];
        pHost = t[TcoParams.P_HOST];
        pFabric = t[TcoParams.P_FABRIC];
        waitForRepair = t[TcoParams.WAIT_FOR_REPAIR] != 0;
        drainInterrupts = t[TcoParams.DRAIN_INTERRUPTS] != 0;
        level = t[TcoParams.SERVICE_LEVEL];
        z = new org.hipparchus.distribution.continuous.NormalDistribution().inverseCumulativeProbability(level);
    }

    /**
     * One architecture on one fabric; outputs at {@code out[outAt ..< outAt + OUTPUTS]}.
     *
     * @param tierEnds     optical switch-side ends per tier, leaf first, at {@code tierAt}
     * @param tierSwitches switches per tier, leaf first, at {@code switchesAt}
     * @param layerLinks   links per layer (host-leaf first; only the host layer can be copper), at {@code linksAt}
     * @param hostModules  optical ends on hosts
     * @param nics         NIC ports (one per endpoint)
     * @param hotSwappable the switch-side optics are field-replaceable modules
     * @param p            the architecture's figures (a {@link DesignKernel} parameter block) at {@code pAt}
     */
    public void evaluate(double portGbps, int tierCount, boolean hostOptical, long[] tierEnds, int tierAt,
                         long[] tierSwitches, int switchesAt, long[] layerLinks, int linksAt, long hostModules,
                         long nics, double accelerators, boolean hotSwappable, double[] p, int pAt,
                         double[] out, int outAt) {
        interruptsPerHour = 0;
        direct = 0;
        drains = 0;
        downtimeWeighted = 0;
        tech = 0;
        java.util.Arrays.fill(parts, 0);

        if (hotSwappable) {
            long hostFacing = hostOptical ? layerLinks[linksAt] : 0;
            long switchToSwitch = 0;
            for (int i = 1; i < tierCount; i++) {
                switchToSwitch += 2 * layerLinks[linksAt + i];
            }
            add(hostFacing, FaultKind.PLUGGABLE_MODULE, 1.0, Part.PLUGGABLE_MODULE, false, false, false);
            add(switchToSwitch, FaultKind.PLUGGABLE_MODULE, 1.0, Part.PLUGGABLE_MODULE, true, false, true);
        } else {
            double speed = portGbps / p[pAt + DesignKernel.P_PORT_GBPS];
            double engineGbps = p[pAt + DesignKernel.P_ENGINE_GBPS];
            double portsPerEngine = engineGbps / portGbps;
            double lasersPerPort = p[pAt + DesignKernel.P_LASERS_PER_PORT] * speed;
            double portsPerModule = p[pAt + DesignKernel.P_PORTS_PER_LASER_MODULE] / speed;
            boolean external = p[pAt + DesignKernel.P_PORTS_PER_LASER_MODULE] > 0;
            for (int tier = 0; tier < tierCount; tier++) {
                long ends = tierEnds[tierAt + tier];
                if (ends == 0) {
                    continue;
                }
                boolean upper = tier > 0;
                boolean faultAbove = upper || !hostOptical;
                add((long) DesignKernel.engines(ends, portGbps, engineGbps), FaultKind.OPTICAL_ENGINE, portsPerEngine,
                        Part.SWITCH, faultAbove, true, upper);
                if (external) {
                    double fit = t[TcoParams.FIT + FaultKind.LASER_SOURCE_MODULE.ordinal()]
                            + lasersPerPort * portsPerModule * t[TcoParams.FIT + FaultKind.LASER.ordinal()];
                    addFit((long) DesignKernel.laserModules(ends, portsPerModule), fit,
                            t[TcoParams.SHAPE + FaultKind.LASER_SOURCE_MODULE.ordinal()], Part.LASER_SOURCE_MODULE,
                            faultAbove, false, upper);
                } else {
                    add((long) DesignKernel.lasers(ends, lasersPerPort), FaultKind.LASER, 1.0, Part.SWITCH, faultAbove,
                            true, upper);
                }
            }
        }
        add(hostModules, FaultKind.PLUGGABLE_MODULE, 1.0, Part.PLUGGABLE_MODULE, false, false, false);
        for (int tier = 0; tier < tierCount; tier++) {
            add(tierSwitches[switchesAt + tier], FaultKind.SWITCH_SYSTEM, 1.0, Part.SWITCH, tier > 0, false, tier > 0);
        }
        for (int i = 0; i < tierCount; i++) {
            boolean fiber = i > 0 || hostOptical;
            add(layerLinks[linksAt + i], fiber ? FaultKind.FIBER_LINK : FaultKind.COPPER_CABLE, 1.0,
                    fiber ? Part.FIBER_CABLE : Part.COPPER_CABLE, i > 0, false, i > 0);
        }
        add(nics, FaultKind.NIC, 1.0, Part.NIC, false, false, false);

        double h = HORIZON_HOURS;
        double other = t[TcoParams.OTHER_PER_DAY] * 365;
        interruptsPerHour += other / h;
        double interval = t[TcoParams.INTERVAL_HOURS];
        double tau = Double.isNaN(interval) ? JobModel.youngDalyHours(write, 1 / interruptsPerHour) : interval;
        double all = direct + drains + other;
        double down = downtimeWeighted + other * restart;
        double lambda = all / h;
        double meanDown = all > 0 ? down / all : 0;
        double cycle = tau + write;
        double goodput = Double.isInfinite(tau) ? 1.0 : Math.max(0, tau / cycle * (1 - lambda * (meanDown + cycle / 2)));
        double perYear = Units.HOURS_PER_YEAR / h;
        out[outAt + LOST_HOURS] = (1 - goodput) * h * accelerators * perYear;
        out[outAt + TECHNICIAN_HOURS] = tech * perYear;
        out[outAt + INTERRUPTIONS] = (direct + drains) * perYear;
        for (Part part : Part.values()) {
            int i = part.ordinal();
            out[outAt + PARTS + i] = parts[i] * perYear;
            double demand = parts[i] / h * t[TcoParams.RESUPPLY_DAYS + i] * Units.HOURS_PER_DAY;
            out[outAt + SPARES + i] = parts[i] > 0 ? poissonQuantile(demand) : 0;
        }
    }

    private void add(long count, FaultKind kind, double devicesPerUnit, Part part, boolean fabricLevel, boolean drain,
                     boolean drainFabricLevel) {
        addFit(count, t[TcoParams.FIT + kind.ordinal()] * devicesPerUnit, t[TcoParams.SHAPE + kind.ordinal()], part,
                fabricLevel, drain, drainFabricLevel);
    }

    /** One class of identical devices, as the simulator's plan takes it (its expectations, not its draws). */
    private void addFit(long count, double fit, double shape, Part part, boolean fabricLevel, boolean drainOnRepair,
                        boolean drainFabricLevel) {
        if (count <= 0) {
            return;
        }
        double h = HORIZON_HOURS;
        int pi = part.ordinal();
        double wait = t[TcoParams.RESPONSE_HOURS]
                + (t[TcoParams.SPARES_ON_SITE] != 0 ? 0 : t[TcoParams.RESUPPLY_DAYS + pi] * Units.HOURS_PER_DAY);
        double dH;
        double drainFraction;
        double last = h - wait;
        if (shape == 1.0) {
            dH = h * fit / 1.0e9;
            drainFraction = last <= 0 ? 0 : last / h;
        } else {
            double meanLife = 1.0e9 / fit;
            double eta = meanLife / Gamma.gamma(1 + 1 / shape);
            double age = t[TcoParams.FLEET_AGE_HOURS];
            double hAge = Math.pow(age / eta, shape);
            dH = Math.pow((age + h) / eta, shape) - hAge;
            drainFraction = last <= 0 ? 0 : (Math.pow((age + last) / eta, shape) - hAge) / dH;
        }
        double m = count * dH;
        double p = fabricLevel ? pFabric : pHost;
        double pDrain = drainFabricLevel ? pFabric : pHost;
        boolean drain = drainOnRepair && drainInterrupts && !waitForRepair;
        double d = m * p;
        double dr = drain ? m * pDrain * drainFraction : 0;
        double downtime = restart + (waitForRepair ? wait + t[TcoParams.REPAIR_HOURS + pi] : 0);
        interruptsPerHour += (d + dr) / h;
        direct += d;
        drains += dr;
        downtimeWeighted += d * downtime + dr * restart;
        parts[pi] += m;
        tech += m * t[TcoParams.TECH_HOURS + pi];
    }

    /**
     * The smallest k with P(Poisson(mean) <= k) >= the service level: summed term by term below
     * {@link #EXACT_QUANTILE_BELOW}, above it the Cornish-Fisher expansion of the quantile
     * (mean + z sqrt(mean) + (z^2 - 1)/6, rounded to the nearest count), within one unit there.
     */
    double poissonQuantile(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= EXACT_QUANTILE_BELOW) {
            return Math.max(0, Math.floor(mean + z * Math.sqrt(mean) + (z * z - 1) / 6 + 0.5));
        }
        double term = Math.exp(-mean);
        double cdf = term;
        int k = 0;
        while (cdf < level && k < 10_000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }
}
