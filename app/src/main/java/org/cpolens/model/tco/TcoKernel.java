package org.cpolens.model.tco;

import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.sim.Part;
import org.cpolens.model.units.Units;

/**
 * The cost of ownership of one design, on primitives: {@link TcoModel} (a scenario) and the design
 * sweep both call it, so a sweep row and {@code cpolens tco} agree to the bit.
 *
 * <p>Year 0 buys the optics (the bill of materials' modules or engines at their price per port,
 * plus external laser source modules, FAUs and one fiber cable per optical link), a CPO switch's
 * premium over a pluggable box, and the spares shelf; a scale-up layer's optics (the same for every
 * design) are bought and powered too, its cables and failures are not counted. Every year after, until the lifetime ends,
 * pays the energy of the network (its power x PUE x the electricity price), the reliability costs
 * (lost accelerator-hours at the value of an accelerator-hour, technician hours at their rate, and
 * every replaced part at its price) and, when freed power feeds accelerators, earns their net value
 * for each watt saved against the baseline. The present value of it all, at the discount rate, is
 * the TCO; spread over the lifetime as an annuity and over the accelerators it is the TCO per
 * accelerator-year.
 *
 * <p>A replaced part costs its price times the share the owner pays ({@code replacementCostShare}: 1
 * when bought new, less under repair or warranty exchange): a pluggable module at its architecture's
 * price; a switch at its box price plus, when its optics are co-packaged, its share of the
 * switch-side optics and the CPO premium; an NPO/OBO engine module at its ports' optics price; an
 * accelerator carrying scale-up optics is not priced. Spares are bought at full price. The TCO is affine in a CPO's price per port and in its
 * switch-side watts per port, so the break-even of either against the best non-CPO design is
 * exact: {@code x* = x (part + rival - total) / part}, with {@code part} the share of the TCO that
 * is proportional to the figure ({@link #PRICE_PART}, {@link #WATTS_PART}).
 */
public final class TcoKernel {
    /** Year-0 spend: optics, CPO premium, spares. */
    public static final int CAPEX_USD = 0;
    /** Modules or engines, laser source modules, FAUs, fiber cables. */
    public static final int OPTICS_CAPEX_USD = 1;
    public static final int SWITCH_PREMIUM_USD = 2;
    public static final int SPARES_USD = 3;
    public static final int ENERGY_USD_PER_YEAR = 4;
    /** Lost accelerator-hours, technician hours and replaced parts, in USD per year. */
    public static final int RELIABILITY_USD_PER_YEAR = 5;
    public static final int LOST_HOURS_USD_PER_YEAR = 6;
    public static final int LABOR_USD_PER_YEAR = 7;
    public static final int PARTS_USD_PER_YEAR = 8;
    /** Value of the accelerators freed power feeds (0 unless freed power is valued that way). */
    public static final int FREED_POWER_USD_PER_YEAR = 9;
    /** Energy + reliability - freed power. */
    public static final int OPEX_USD_PER_YEAR = 10;
    /** Present value over the lifetime: the TCO. */
    public static final int TCO_USD = 11;
    public static final int USD_PER_ACCELERATOR_YEAR = 12;
    /** The part of {@link #TCO_USD} proportional to the switch-side price per port. */
    public static final int PRICE_PART = 13;
    /** The part of {@link #TCO_USD} proportional to the switch-side watts per port. */
    public static final int WATTS_PART = 14;
    /** Baseline TCO minus this one (positive: this design saves). */
    public static final int NPV_VS_BASELINE_USD = 15;
    /** Best non-CPO TCO minus this one; NaN for non-CPO designs. */
    public static final int NPV_VS_BEST_OTHER_USD = 16;
    /** The switch-side price per port (at the architecture's own speed) that ties the best non-CPO design; NaN otherwise. */
    public static final int BREAK_EVEN_USD_PER_PORT = 17;
    /** The switch-side watts per port (at the architecture's own speed) that tie the best non-CPO design; NaN otherwise. */
    public static final int BREAK_EVEN_WATTS_PER_PORT = 18;
    /** Share of the switch-side optics' price that replacements spend each year (through the part prices). */
    public static final int REPLACED_SHARE_PER_YEAR = 19;
    /** Share of the switch-side optics' price held as spares. */
    public static final int SPARES_SHARE = 20;
    public static final int OUTPUTS = 21;

    private TcoKernel() {
    }

    /**
     * One design's costs from its kernel outputs and its reliability quantities.
     *
     * @param d                 the design's {@link DesignKernel} outputs at {@code dAt}
     * @param r                 per-year reliability quantities ({@link AnalyticReliability} layout) at {@code rAt}
     * @param switches          switches in the fabric
     * @param switchTbps        one switch's capacity
     * @param fibers            optical links (one fiber cable each)
     * @param accelerators      accelerators of the cluster
     * @param cpo               a co-packaged architecture (pays the switch premium; a switch replacement
     *                          replaces its engines too)
     * @param hotSwappable      its switch-side optics are field-replaceable modules
     * @param portsPerEngine    switch-side ports one optical engine serves (prices an NPO/OBO engine module)
     * @param baselineNetworkW  the baseline's network power (for freed power), or NaN for the baseline
     * @param wattsPerAccelerator for freed power valued as accelerators; 0 when unknown
     */
    public static void evaluate(TcoParams params, double[] d, int dAt, double[] r, int rAt, double switches,
                                double switchTbps, double fibers, double accelerators, boolean cpo, boolean hotSwappable,
                                double portsPerEngine, double baselineNetworkW, double wattsPerAccelerator, double[] out, int outAt) {
        double[] t = params.raw();
        double annuity = t[TcoParams.ANNUITY];
        double scale = t[TcoParams.RELIABILITY_SCALE];
        double switchCapex = d[dAt + DesignKernel.SWITCH_CAPEX_USD];
        double hostCapex = d[dAt + DesignKernel.CAPEX_USD] - switchCapex;
        double opticsCapex = d[dAt + DesignKernel.CAPEX_USD] + d[dAt + DesignKernel.SCALE_UP_CAPEX_USD]
                + d[dAt + DesignKernel.LASER_MODULES] * t[TcoParams.LASER_MODULE_USD]
                + d[dAt + DesignKernel.FAUS] * t[TcoParams.FAU_USD] + fibers * t[TcoParams.FIBER_USD];
        double premiumPerSwitch = cpo ? switchTbps * t[TcoParams.PREMIUM_USD_PER_TBPS] : 0;
        double premium = switches * premiumPerSwitch;

        // prices of the parts a repair consumes
        double pluggableEnds = (hotSwappable ? d[dAt + DesignKernel.SWITCH_PORTS] : 0) + d[dAt + DesignKernel.HOST_MODULES];
        double pluggableCapex = (hotSwappable ? switchCapex : 0) + hostCapex;
        double modulePrice = pluggableEnds > 0 ? pluggableCapex / pluggableEnds : 0;
        double opticsPerSwitch = cpo && switches > 0 ? switchCapex / switches : 0;
        double switchPrice = switchTbps * t[TcoParams.SWITCH_USD_PER_TBPS] + premiumPerSwitch + opticsPerSwitch;
        double switchPorts = d[dAt + DesignKernel.SWITCH_PORTS];
        double engineShare = !hotSwappable && !cpo && switchPorts > 0 ? portsPerEngine / switchPorts : 0;
        double engineModulePrice = switchCapex * engineShare;
        int pm = Part.PLUGGABLE_MODULE.ordinal();
        int ls = Part.LASER_SOURCE_MODULE.ordinal();
        int sw = Part.SWITCH.ordinal();
        int em = Part.ENGINE_MODULE.ordinal();
        int fc = Part.FIBER_CABLE.ordinal();
        int cc = Part.COPPER_CABLE.ordinal();
        int ni = Part.NIC.ordinal();
        int parts = rAt + AnalyticReliability.PARTS;
        int spares = rAt + AnalyticReliability.SPARES;
        // an accelerator board (scale-up optics on the package) has no price here: its replacements cost
        // technician and lost hours only
        double partsUsd = r[parts + pm] * modulePrice + r[parts + ls] * t[TcoParams.LASER_MODULE_USD]
                + r[parts + sw] * switchPrice + r[parts + em] * engineModulePrice + r[parts + fc] * t[TcoParams.FIBER_USD]
                + r[parts + cc] * t[TcoParams.COPPER_USD] + r[parts + ni] * t[TcoParams.NIC_USD];
        double sparesUsd = r[spares + pm] * modulePrice + r[spares + ls] * t[TcoParams.LASER_MODULE_USD]
                + r[spares + sw] * switchPrice + r[spares + em] * engineModulePrice + r[spares + fc] * t[TcoParams.FIBER_USD]
                + r[spares + cc] * t[TcoParams.COPPER_USD] + r[spares + ni] * t[TcoParams.NIC_USD];
        double paid = t[TcoParams.REPLACEMENT_SHARE];
        partsUsd *= scale * paid;
        sparesUsd *= scale;
        double lostUsd = r[rAt + AnalyticReliability.LOST_HOURS] * t[TcoParams.ACCELERATOR_HOUR] * scale;
        double laborUsd = r[rAt + AnalyticReliability.TECHNICIAN_HOURS] * t[TcoParams.TECHNICIAN_RATE] * scale;
        double reliabilityUsd = lostUsd + laborUsd + partsUsd;

        double energyPerWatt = t[TcoParams.PUE] * t[TcoParams.ELECTRICITY] * Units.HOURS_PER_YEAR / 1000.0;
        double energyUsd = (d[dAt + DesignKernel.NETWORK_W] + d[dAt + DesignKernel.SCALE_UP_OPTICS_W]
                + d[dAt + DesignKernel.SCALE_UP_SWITCH_W]) * energyPerWatt;
        boolean freed = t[TcoParams.FREED_ACCELERATORS] != 0 && wattsPerAccelerator > 0;
        double freedPerWatt = freed ? t[TcoParams.ACCELERATOR_HOUR] * t[TcoParams.FREED_NET_SHARE]
                * Units.HOURS_PER_YEAR / wattsPerAccelerator : 0;
        double freedUsd = Double.isNaN(baselineNetworkW) ? 0
                : (baselineNetworkW - d[dAt + DesignKernel.NETWORK_W]) * freedPerWatt;

        double capex = opticsCapex + premium + sparesUsd;
        double opex = energyUsd + reliabilityUsd - freedUsd;
        double tco = capex + opex * annuity;

        // what scales with the switch-side price: its optics, and through the part prices its replacements and spares
        double replaced;
        double held;
        if (hotSwappable) {
            replaced = pluggableEnds > 0 ? r[parts + pm] * paid / pluggableEnds : 0;
            held = pluggableEnds > 0 ? r[spares + pm] / pluggableEnds : 0;
        } else if (cpo) {
            replaced = switches > 0 ? r[parts + sw] * paid / switches : 0;
            held = switches > 0 ? r[spares + sw] / switches : 0;
        } else {
            replaced = engineShare * r[parts + em] * paid;
            held = engineShare * r[spares + em];
        }
        double pricePart = switchCapex * (1 + scale * (replaced * annuity + held));
        out[outAt + CAPEX_USD] = capex;
        out[outAt + OPTICS_CAPEX_USD] = opticsCapex;
        out[outAt + SWITCH_PREMIUM_USD] = premium;
        out[outAt + SPARES_USD] = sparesUsd;
        out[outAt + ENERGY_USD_PER_YEAR] = energyUsd;
        out[outAt + RELIABILITY_USD_PER_YEAR] = reliabilityUsd;
        out[outAt + LOST_HOURS_USD_PER_YEAR] = lostUsd;
        out[outAt + LABOR_USD_PER_YEAR] = laborUsd;
        out[outAt + PARTS_USD_PER_YEAR] = partsUsd;
        out[outAt + FREED_POWER_USD_PER_YEAR] = freedUsd;
        out[outAt + OPEX_USD_PER_YEAR] = opex;
        out[outAt + TCO_USD] = tco;
        out[outAt + USD_PER_ACCELERATOR_YEAR] = tco / annuity / accelerators;
        out[outAt + PRICE_PART] = pricePart;
        out[outAt + WATTS_PART] = d[dAt + DesignKernel.SWITCH_OPTICS_W] * annuity * (energyPerWatt + freedPerWatt);
        out[outAt + REPLACED_SHARE_PER_YEAR] = scale * replaced;
        out[outAt + SPARES_SHARE] = scale * held;
        out[outAt + NPV_VS_BASELINE_USD] = 0;
        out[outAt + NPV_VS_BEST_OTHER_USD] = Double.NaN;
        out[outAt + BREAK_EVEN_USD_PER_PORT] = Double.NaN;
        out[outAt + BREAK_EVEN_WATTS_PER_PORT] = Double.NaN;
    }

    /**
     * The comparisons within one group (one fabric, one set of figures, every architecture): each
     * design's NPV against the baseline (row 0) and, for CPO designs, against the best non-CPO one
     * and the price and watts per port that tie it.
     *
     * @param cpo      which architectures are CPO
     * @param p        the architectures' figures (a {@link DesignKernel} parameter block each) from {@code pAt}
     * @param out      TCO outputs of the group's architectures, from {@code outAt}, {@link #OUTPUTS} apart
     */
    public static void compare(int architectures, boolean[] cpo, double[] p, int pAt, double[] out, int outAt) {
        double base = out[outAt + TCO_USD];
        double bestOther = Double.NaN;
        for (int a = 0; a < architectures; a++) {
            int at = outAt + a * OUTPUTS;
            out[at + NPV_VS_BASELINE_USD] = base - out[at + TCO_USD];
            if (!cpo[a] && !(out[at + TCO_USD] >= bestOther)) {
                bestOther = out[at + TCO_USD];
            }
        }
        if (Double.isNaN(bestOther)) {
            return;
        }
        for (int a = 0; a < architectures; a++) {
            if (!cpo[a]) {
                continue;
            }
            int at = outAt + a * OUTPUTS;
            int pa = pAt + a * DesignKernel.PARAMS;
            double tco = out[at + TCO_USD];
            out[at + NPV_VS_BEST_OTHER_USD] = bestOther - tco;
            out[at + BREAK_EVEN_USD_PER_PORT] = breakEven(p[pa + DesignKernel.P_COST_PER_PORT_USD], out[at + PRICE_PART],
                    tco, bestOther);
            out[at + BREAK_EVEN_WATTS_PER_PORT] = breakEven(p[pa + DesignKernel.P_SWITCH_PORT_W], out[at + WATTS_PART],
                    tco, bestOther);
        }
    }

    /**
     * The value of a figure at which a total that is affine in it ties a rival: {@code figure x
     * (part + rival - total) / part}; NaN when no part of the total moves with the figure.
     */
    public static double breakEven(double figure, double part, double total, double rival) {
        return part > 0 ? figure * (part + rival - total) / part : Double.NaN;
    }

    /**
     * Years until the savings repay the extra year-0 spend, discounted: the t with
     * {@code dOpex x annuity(rate, t) = dCapex}. 0 when there is no extra spend and the savings are
     * not negative; NaN when it never pays back (no saving, or not within any time at this rate).
     */
    public static double payback(double extraCapex, double yearlySaving, double rate) {
        if (extraCapex <= 0) {
            return yearlySaving >= 0 ? 0 : Double.NaN;
        }
        if (!(yearlySaving > 0)) {
            return Double.NaN;
        }
        if (rate == 0) {
            return extraCapex / yearlySaving;
        }
        double x = 1 - extraCapex * rate / yearlySaving;
        return x > 0 ? -Math.log(x) / Math.log(1 + rate) : Double.NaN;
    }
}
