package org.cpolens.model.market;

import java.util.List;
import org.cpolens.model.eval.OpticsLayer;

/**
 * The bottom-up arithmetic of one trial, shared by the deterministic run, the Monte Carlo and the
 * sensitivity so that a zero-variance trial is bit-for-bit the deterministic result:
 *
 * <pre>
 *   CPO units of layer L in year y = sum over platforms p of
 *       shipments(p, y) x (bill of materials per accelerator of p's reading, layer L) x adoption(L, y)
 *   engines value = CPO Gb/s x engine US$ per Gb/s(y)
 *   optics value  = engines value + laser modules x US$ per module(y)
 *   system value  = optics value / (1 - the system vendor's gross margin)
 * </pre>
 *
 * Plain loops over arrays built once; the only allocation per call is in the caller's {@link Out}.
 */
final class FleetProjector {
    static final int SCOPES = ValueScope.values().length;
    static final int LAYERS = OpticsLayer.values().length;

    /** Per-accelerator quantities of a layer, in this order. */
    static final int GBPS = 0;
    static final int PORTS = 1;
    static final int ENGINES = 2;
    static final int LASERS = 3;
    static final int MODULES = 4;
    static final int FAUS = 5;
    static final int SWITCHES = 6;
    static final int OPTICAL_GBPS = 7;
    static final int OPTICAL_PORTS = 8;
    static final int QUANTITIES = 9;

    private final int startYear;
    private final int years;
    private final int platforms;
    /** [platform][year] packages shipped, with the what-if volume scale. */
    private final double[][] shipments;
    /** [platform][reading][layer][quantity] per accelerator. */
    private final double[][][][] bom;
    /** [platform][layer][quantity] per accelerator, readings weighted. */
    private final double[][][] mean;
    /** [platform] host-side pluggables per accelerator, by reading and weighted. */
    private final double[][] host;
    private final double[] meanHost;
    /** [platform][reading] cumulative weights, for drawing a reading from one uniform. */
    private final double[][] cumulativeWeight;
    private final LayerAdoption[] layers;
    /** Each layer's last shipped year, or {@link LayerAdoption#NONE_SHIPPED}. */
    private final int[] shippedThrough;
    private final Prices prices;
    private final double laserModuleUsd;
    private final double margin;
    /** The engine price of the first modelled year at the base inputs: the laser module price's index base. */
    private final double engineFirstYear;

    FleetProjector(MarketInputs in) {
        this.startYear = in.startYear();
        this.years = in.years();
        List<PlatformDemand> ps = in.platforms();
        this.platforms = ps.size();
        this.shipments = new double[platforms][years];
        this.bom = new double[platforms][][][];
        this.mean = new double[platforms][LAYERS][QUANTITIES];
        this.host = new double[platforms][];
        this.meanHost = new double[platforms];
        this.cumulativeWeight = new double[platforms][];
        double scale = in.settings().volumeScale();
        for (int p = 0; p < platforms; p++) {
            PlatformDemand d = ps.get(p);
            for (int i = 0; i < years; i++) {
                shipments[p][i] = d.platform().shipmentsIn(startYear + i) * scale;
            }
            int readings = d.readings().size();
            bom[p] = new double[readings][LAYERS][QUANTITIES];
            host[p] = new double[readings];
            cumulativeWeight[p] = new double[readings];
            double cw = 0;
            for (int r = 0; r < readings; r++) {
                PlatformBom b = d.readings().get(r);
                double w = d.weight(r);
                for (OpticsLayer l : OpticsLayer.values()) {
                    LayerBom lb = b.layer(l);
                    double[] q = bom[p][r][l.ordinal()];
                    q[GBPS] = lb.gbps();
                    q[PORTS] = lb.ports();
                    q[ENGINES] = lb.engines();
                    q[LASERS] = lb.lasers();
                    q[MODULES] = lb.laserModules();
                    q[FAUS] = lb.faus();
                    q[SWITCHES] = lb.switches();
                    q[OPTICAL_GBPS] = lb.opticalGbps();
                    q[OPTICAL_PORTS] = lb.opticalPorts();
                    for (int k = 0; k < QUANTITIES; k++) {
                        mean[p][l.ordinal()][k] += w * q[k];
                    }
                }
                host[p][r] = b.hostPluggables();
                meanHost[p] += w * b.hostPluggables();
                cw += w;
                cumulativeWeight[p][r] = cw;
            }
            cumulativeWeight[p][readings - 1] = 1.0; // a uniform draw below 1 always lands on a reading
        }
        this.layers = new LayerAdoption[LAYERS];
        this.shippedThrough = new int[LAYERS];
        for (OpticsLayer l : OpticsLayer.values()) {
            layers[l.ordinal()] = in.settings().layer(l);
            java.util.OptionalInt t = layers[l.ordinal()].shippedThrough();
            shippedThrough[l.ordinal()] = t.isPresent() ? t.getAsInt() : LayerAdoption.NONE_SHIPPED;
        }
        this.prices = in.prices();
        this.laserModuleUsd = prices.laserModuleUsd().value();
        this.margin = prices.systemGrossMargin().value();
        this.engineFirstYear = prices.engineUsdPerGbps(startYear, 0, 1);
    }

    int years() {
        return years;
    }

    int platforms() {
        return platforms;
    }

    int readings(int platform) {
        return bom[platform].length;
    }

    /** The reading a uniform draw {@code u} in [0, 1) picks for {@code platform}. */
    int reading(int platform, double u) {
        double[] cw = cumulativeWeight[platform];
        for (int r = 0; r < cw.length; r++) {
            if (u < cw[r]) {
                return r;
            }
        }
        return cw.length - 1;
    }

    /**
     * One trial's inputs: multipliers (1 = base), per-layer adoption factors and launch shifts (years),
     * the risk delay (years) and the reading of each platform (null, or -1 for one platform: the
     * weighted mean of its readings).
     */
    record Draw(double volumes, double bandwidth, double asp, double rate, double margin, double[] p,
                double[] growth, double[] shift, double delay, int[] readings) {
        static Draw base() {
            return new Draw(1, 1, 1, 1, 1, ones(), ones(), new double[LAYERS], 0, null);
        }

        private static double[] ones() {
            double[] a = new double[LAYERS];
            java.util.Arrays.fill(a, 1);
            return a;
        }

        Draw withVolumes(double v) {
            return new Draw(v, bandwidth, asp, rate, margin, p, growth, shift, delay, readings);
        }

        Draw withBandwidth(double v) {
            return new Draw(volumes, v, asp, rate, margin, p, growth, shift, delay, readings);
        }

        Draw withAsp(double v) {
            return new Draw(volumes, bandwidth, v, rate, margin, p, growth, shift, delay, readings);
        }

        Draw withRate(double v) {
            return new Draw(volumes, bandwidth, asp, v, margin, p, growth, shift, delay, readings);
        }

        Draw withMargin(double v) {
            return new Draw(volumes, bandwidth, asp, rate, v, p, growth, shift, delay, readings);
        }

        Draw withDelay(double v) {
            return new Draw(volumes, bandwidth, asp, rate, margin, p, growth, shift, v, readings);
        }

        Draw withLayer(int layer, double pFactor, double growthFactor, double shiftYears) {
            double[] a = p.clone();
            double[] b = growth.clone();
            double[] c = shift.clone();
            a[layer] = pFactor;
            b[layer] = growthFactor;
            c[layer] = shiftYears;
            return new Draw(volumes, bandwidth, asp, rate, margin, a, b, c, delay, readings);
        }

        Draw withReadings(int[] r) {
            return new Draw(volumes, bandwidth, asp, rate, margin, p, growth, shift, delay, r);
        }
    }

    /** What a projection fills; the detail arrays only when {@link #detailed}. */
    static final class Out {
        final boolean detailed;
        /** [scope][year] */
        final double[][] value;
        final double[] ports;
        /** [layer][year] */
        final double[][] share;
        /** [layer][quantity][year] CPO units (optical quantities: every optical end, adopted or not) */
        final double[][][] layer;
        /** [layer][quantity][year] at full adoption of eligible ports */
        final double[][][] full;
        /** [platform][layer][quantity][year] */
        final double[][][][] platform;
        final double[] engineUsdPerGbps;
        final double[] laserModuleUsd;
        final double[] hostPluggables;
        double grossMargin;

        Out(int years, int platforms, boolean detailed) {
            this.detailed = detailed;
            value = new double[SCOPES][years];
            ports = new double[years];
            share = detailed ? new double[LAYERS][years] : null;
            layer = detailed ? new double[LAYERS][QUANTITIES][years] : null;
            full = detailed ? new double[LAYERS][QUANTITIES][years] : null;
            platform = detailed ? new double[platforms][LAYERS][QUANTITIES][years] : null;
            engineUsdPerGbps = new double[years];
            laserModuleUsd = new double[years];
            hostPluggables = detailed ? new double[years] : null;
        }
    }

    Out out(boolean detailed) {
        return new Out(years, platforms, detailed);
    }

    void project(Draw d, Out out) {
        double cumulativeGbps = 0;
        double[] shares = new double[LAYERS];
        double m = Math.min(margin * d.margin(), Prices.MAX_MARGIN);
        out.grossMargin = m;
        for (int i = 0; i < years; i++) {
            int year = startYear + i;
            for (int l = 0; l < LAYERS; l++) {
                shares[l] = layers[l].share(year, d.p()[l], d.growth()[l], d.shift()[l], d.delay(), shippedThrough[l]);
            }
            double curve = prices.engineUsdPerGbps(year, cumulativeGbps, d.rate());
            double e = curve * d.asp();
            double moduleUsd = laserModuleUsd * d.asp() * curve / engineFirstYear;
            double gbps = 0;
            double ports = 0;
            double modules = 0;
            double hostModules = 0;
            for (int p = 0; p < platforms; p++) {
                double s = shipments[p][i] * d.volumes();
                if (s == 0) {
                    continue;
                }
                int r = d.readings() == null ? -1 : d.readings()[p];
                double[][] b = r < 0 ? mean[p] : bom[p][r];
                double perAccelerator = s * d.bandwidth();
                for (int l = 0; l < LAYERS; l++) {
                    double u = perAccelerator * shares[l];
                    double[] q = b[l];
                    gbps += u * q[GBPS];
                    ports += u * q[PORTS];
                    modules += u * q[MODULES];
                    if (out.detailed) {
                        double[][] lq = out.layer[l];
                        double[][] pq = out.platform[p][l];
                        for (int k = 0; k < QUANTITIES; k++) {
                            double full = perAccelerator * q[k];
                            double adopted = k >= OPTICAL_GBPS ? full : u * q[k];
                            lq[k][i] += adopted;
                            pq[k][i] += adopted;
                            out.full[l][k][i] += full;
                        }
                    }
                }
                if (out.detailed) {
                    double h = r < 0 ? meanHost[p] : host[p][r];
                    // host-side modules stay pluggable beside CPO switches, unless the NIC is CPO too
                    hostModules += perAccelerator * h * shares[OpticsLayer.SWITCH.ordinal()];
                }
            }
            double engines = gbps * e;
            double optics = engines + modules * moduleUsd;
            out.value[ValueScope.ENGINES.ordinal()][i] = engines;
            out.value[ValueScope.OPTICS.ordinal()][i] = optics;
            out.value[ValueScope.SYSTEM.ordinal()][i] = Prices.systemValue(optics, m);
            out.ports[i] = ports;
            out.engineUsdPerGbps[i] = e;
            out.laserModuleUsd[i] = moduleUsd;
            if (out.detailed) {
                for (int l = 0; l < LAYERS; l++) {
                    out.share[l][i] = shares[l];
                }
                out.hostPluggables[i] = hostModules;
            }
            cumulativeGbps += gbps;
        }
    }

    /** The value of every scope of CPO Gb/s and laser modules at a year's prices. */
    static double[] values(double gbps, double modules, double engineUsdPerGbps, double moduleUsd, double margin) {
        double engines = gbps * engineUsdPerGbps;
        double optics = engines + modules * moduleUsd;
        return new double[] {engines, optics, Prices.systemValue(optics, margin)};
    }
}
